/**
 * The embedded stand-ins `npm start` and `npm run dev` run next to the shop when no real
 * service is configured: the local Stripe emulator when STRIPE_SECRET_KEY is unset. Never in
 * production (APP_ENV=production requires real keys, so this starts nothing there).
 * They run in this process and hand their addresses to the app through the environment.
 */
import type { Env } from '../../src/lib/env.server.ts';
import { startStripeEmulator } from '../stripe-emulator/emulator.ts';

export type LocalServices = { lines: string[]; close(): Promise<void> };

export async function startLocalServices(env: Env): Promise<LocalServices> {
  const lines: string[] = [];
  const closers: (() => Promise<void>)[] = [];

  if (!env.STRIPE_SECRET_KEY && env.APP_ENV !== 'production') {
    const emulator = await startStripeEmulator({
      port: Number(process.env.STRIPE_EMULATOR_PORT ?? 0),
      webhookEndpoints: [`http://localhost:${env.PORT}/api/stripe/webhook`],
      log: (line) => console.warn(`stripe-emulator: ${line}`),
    });
    process.env.STRIPE_EMULATOR_URL = emulator.url;
    process.env.STRIPE_PUBLISHABLE_KEY = emulator.publishableKey;
    process.env.STRIPE_WEBHOOK_SECRET = emulator.webhookSecret;
    closers.push(() => emulator.close());
    lines.push(`test payments through the local Stripe emulator at ${emulator.url} (no STRIPE_SECRET_KEY set)`);
  }

  return { lines, close: async () => void (await Promise.all(closers.map((close) => close()))) };
}
