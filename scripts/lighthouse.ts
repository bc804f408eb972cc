/**
 * Lighthouse CI against the production build, with the budgets in lighthouserc.json.
 *
 * lighthouserc.json lists the pages anyone can open. Two kinds of page need state first, so
 * this script starts the shop itself (scripts/test-server.ts, a fresh data directory) and:
 * - places a real order through the checkout's endpoint and adds its signed order status link
 *   (a link no static config can hold: the token is made per order);
 * - has lighthouse-state.cjs put a cart in the browser's storage before the cart and checkout
 *   pages, as a shopper arriving there has one (an empty cart page measures nothing).
 * Then it runs `lhci autorun` on a generated copy of the config (.tmp/lighthouserc.json).
 *
 *   npm run test:lighthouse [-- --only winkelwagen,afrekenen]
 *
 * `--only` audits just the URLs containing one of the words (the order page is `bestelling`):
 * a quick look at one page type while working on it; CI always runs them all.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumArgs, findChromium } from './lib/browser.ts';
import { binPath, runNodeScript } from './lib/run.ts';
import { bestStockedSkus, placeSampleOrder } from './lib/sample-order.ts';

const port = 4320;
const origin = `http://localhost:${port}`;
/** Pages that show the shopper's cart: Lighthouse opens them with one in storage. */
const cartPages = ['/winkelwagen', '/en/cart', '/afrekenen', '/en/checkout'];

const { values: args } = parseArgs({ options: { only: { type: 'string' } } });
const only = args.only?.split(',').filter(Boolean);

const chrome = findChromium();
if (!chrome) {
  console.error('lighthouse: no Chromium found; run `npm run test:e2e` once (it installs one on Debian) or set CHROME_PATH.');
  process.exit(1);
}

/** Starts the shop and resolves once it listens; its output goes to this terminal, prefixed. */
function startShop(): Promise<() => void> {
  const child = spawn(process.execPath, ['scripts/test-server.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: '.tmp/lighthouse-data' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => void child.kill('SIGTERM');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('lighthouse: the shop did not start within 180 s')), 180_000);
    const forward = (chunk: Buffer) => {
      const text = chunk.toString();
      process.stdout.write(text.replace(/^(?=.)/gm, '[shop] '));
      if (text.includes('shop running at')) {
        clearTimeout(timer);
        resolve(stop);
      }
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`lighthouse: the shop exited (code ${code}) before it listened`));
    });
  });
}

type LighthouseConfig = { ci: { collect: { url: string[]; settings: Record<string, unknown> } & Record<string, unknown> } };

let stopShop: (() => void) | undefined;
let code = 1;
try {
  stopShop = await startShop();
  const skus = bestStockedSkus(2);
  const order = await placeSampleOrder(origin, skus);

  const config = JSON.parse(readFileSync('lighthouserc.json', 'utf8')) as LighthouseConfig;
  const { collect } = config.ci;
  collect.url = [...collect.url, new URL(order.statusPath, origin).href].filter((url) => !only || only.some((word) => url.includes(word)));
  // A puppeteer script needs lhci to start Chrome through puppeteer; chromeFlags then no longer apply.
  collect['puppeteerScript'] = 'scripts/lighthouse-state.cjs';
  collect['puppeteerLaunchOptions'] = { args: chromiumArgs };
  collect['chromePath'] = chrome;
  const generated = path.resolve('.tmp', 'lighthouserc.json');
  mkdirSync(path.dirname(generated), { recursive: true });
  writeFileSync(generated, JSON.stringify(config, null, 2));

  const cart = JSON.stringify({ version: 1, lines: skus.map(({ sku }, index) => ({ sku, quantity: index + 1, addedAt: Date.now() })) });
  const env = {
    ...process.env,
    // lhci expects Chrome through CHROME_PATH; Lighthouse runs are never run two at a time.
    CHROME_PATH: chrome,
    KASSA_LIGHTHOUSE_CART: cart,
    KASSA_LIGHTHOUSE_CART_PAGES: cartPages.join(','),
  };
  code = runNodeScript(binPath('@lhci/cli', 'src/cli.js'), ['autorun', `--config=${generated}`], { env });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  stopShop?.();
}
process.exit(code);
