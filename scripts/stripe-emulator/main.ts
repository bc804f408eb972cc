/**
 * CLI: `node scripts/stripe-emulator/main.ts [--webhook URL ...]` (through npm, for Node 24).
 *
 *   STRIPE_EMULATOR_PORT            port, default 12111
 *   STRIPE_EMULATOR_HOST            default 127.0.0.1
 *   STRIPE_EMULATOR_WEBHOOK_URL     webhook endpoint(s), comma-separated; or --webhook URL
 *   STRIPE_EMULATOR_WEBHOOK_SECRET  signing secret; default whsec_kassaemulator so an app's
 *                                   local .env can name it without coordination
 *
 * Prints one ready line (JSON after the prefix, for scripts to parse) and runs until stopped.
 */
import { startStripeEmulator } from './emulator.ts';

function webhookUrls(argv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const urls: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--webhook' && argv[i + 1]) urls.push(argv[++i]!);
    else if (arg.startsWith('--webhook=')) urls.push(arg.slice('--webhook='.length));
    else if (/^https?:\/\//.test(arg)) urls.push(arg);
  }
  for (const url of (env.STRIPE_EMULATOR_WEBHOOK_URL ?? '').split(',')) if (url.trim()) urls.push(url.trim());
  return urls;
}

const port = Number(process.env.STRIPE_EMULATOR_PORT ?? 12111);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(
    `Invalid STRIPE_EMULATOR_PORT: must be a port number such as 12111 (got ${JSON.stringify(process.env.STRIPE_EMULATOR_PORT)}).`,
  );
  process.exit(1);
}

const emulator = await startStripeEmulator({
  port,
  host: process.env.STRIPE_EMULATOR_HOST ?? '127.0.0.1',
  webhookEndpoints: webhookUrls(process.argv.slice(2), process.env),
  webhookSecret: process.env.STRIPE_EMULATOR_WEBHOOK_SECRET ?? 'whsec_kassaemulator',
  log: (line) => console.error(line),
});

console.log(
  `stripe-emulator ready ${JSON.stringify({
    url: emulator.url,
    stripeJsUrl: emulator.stripeJsUrl,
    secretKey: emulator.secretKey,
    publishableKey: emulator.publishableKey,
    webhookSecret: emulator.webhookSecret,
    webhookEndpoints: webhookUrls(process.argv.slice(2), process.env),
  })}`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
