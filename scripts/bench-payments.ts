/**
 * Payments benchmark: loopback load on the two endpoints that take money, through the same
 * handlers the Astro routes call, on embedded PGlite (a data directory, as `npm start` uses)
 * and on a throw-away Postgres server.
 *
 * - payment start: POST /api/checkout/payment with a fresh checkoutId per request (a new order:
 *   pricing, expiry sweep, order + lines + stock hold in one transaction, a PaymentIntent at
 *   the Stripe emulator, which runs in a child process so it does not share this event loop);
 * - webhook: POST /api/stripe/webhook with signed payment_intent.succeeded events, each for its
 *   own pending order (signature check, exactly-once record, order paid, stock taken).
 *
 * Each run is bounded (10 s by default). Prints a Markdown table and writes
 * .tmp/bench-payments.json.
 *
 *   npm exec -- node scripts/bench-payments.ts
 *   npm exec -- node scripts/bench-payments.ts -- --seconds 5 --connections 10 --drivers pglite
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { eq, sql } from 'drizzle-orm';
import Stripe from 'stripe';
import { catalogLookupFromProducts, type PricedProduct } from '../src/features/cart/cart-catalog.ts';
import { handleCheckoutPayment } from '../src/features/orders/checkout-payment-endpoint.server.ts';
import { handleStripeWebhook } from '../src/features/payments/stripe-webhook.server.ts';
import { openDatabase, type Database, type DatabaseDriver, type Db } from '../src/lib/db/client.server.ts';
import { migrateDatabase } from '../src/lib/db/migrate.server.ts';
import { inventory, orderLines, orders, stockReservations } from '../src/lib/db/schema.ts';
import { createMemoryRateLimiter } from '../src/lib/http/rate-limit.ts';
import { startPostgresCluster } from '../tests/helpers/postgres-server.ts';

// autocannon ships no types; this is the part of its API used here.
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p97_5: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
interface AutocannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  setupRequest?: (request: { body?: string; headers?: Record<string, string> }) => unknown;
}
interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
}
/** Without a callback, the returned instance is also a promise of the result. */
type Autocannon = (options: Record<string, unknown>) => AutocannonInstance & PromiseLike<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const seconds = Number(option('seconds', '10'));
const connections = Number(option('connections', '10'));
const drivers = option('drivers', 'pglite,postgres').split(',') as DatabaseDriver[];
const webhookEvents = Number(option('events', '30000'));

const root = process.cwd();
const webhookSecret = 'whsec_benchpayments';
const tokenSecret = 'bench-token-secret-of-more-than-32-chars';
const origin = 'http://127.0.0.1';

/** The demo catalog from content/, as the checkout prices it. */
function readProducts(): PricedProduct[] {
  const dir = path.join(root, 'content', 'products');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as PricedProduct);
}

async function startEmulator(): Promise<{ url: URL; process: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'stripe-emulator', 'main.ts')], {
    env: { ...process.env, STRIPE_EMULATOR_PORT: '0', STRIPE_EMULATOR_WEBHOOK_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    const ready = /^stripe-emulator ready (.*)$/.exec(line);
    if (ready) return { url: new URL((JSON.parse(ready[1]!) as { url: string }).url), process: child };
  }
  throw new Error('The Stripe emulator exited before it was ready.');
}

async function toRequest(message: IncomingMessage, url: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) if (typeof value === 'string') headers.set(name, value);
  return new Request(url, { method: message.method ?? 'GET', headers, body: Buffer.concat(chunks) });
}

async function send(response: Response, res: ServerResponse): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

function startServer(db: Db, stripe: Stripe, products: PricedProduct[]): Promise<Server> {
  const catalog = catalogLookupFromProducts(products);
  const limiter = createMemoryRateLimiter({ limit: 1e9, windowMs: 60_000 });
  const quiet = () => {};
  const server = createServer((req, res) => {
    void (async () => {
      const request = await toRequest(req, `${origin}${req.url ?? '/'}`);
      if (req.url === '/api/checkout/payment') {
        const deps = {
          db,
          stripe,
          catalog,
          publishableKey: 'pk_test_emulator',
          tokenSecret,
          clientAddress: '127.0.0.1',
          limiter,
          log: quiet,
        };
        await send(await handleCheckoutPayment(request, deps), res);
      } else if (req.url === '/api/stripe/webhook') {
        await send(await handleStripeWebhook(request, { db, stripe, webhookSecret, log: quiet }), res);
      } else {
        res.writeHead(404).end();
      }
    })().catch((error: unknown) => {
      console.error(error);
      res.writeHead(500).end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface Figures {
  driver: DatabaseDriver;
  endpoint: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failed: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function load(driver: DatabaseDriver, endpoint: string, url: string, request: AutocannonRequest): Promise<Figures> {
  const times: number[] = [];
  let failed = 0;
  const instance = autocannon({ url, connections, duration: seconds, requests: [request] });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    times.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) failed++;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    driver,
    endpoint,
    requests: times.length,
    perSecond: times.length / result.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    failed: failed + result.errors + result.timeouts,
  };
}

/** A checkout request body with a fresh checkoutId: every request is a new order. */
function checkoutBody(skus: readonly string[]): string {
  const pick = () => skus[Math.floor(Math.random() * skus.length)]!;
  const first = pick();
  let second = pick();
  while (second === first) second = pick();
  return JSON.stringify({
    checkoutId: randomUUID(),
    locale: 'nl',
    lines: [
      { sku: first, quantity: 1 },
      { sku: second, quantity: 2 },
    ],
    contact: { email: 'bench@example.nl', name: 'Bench Mark' },
    shippingAddress: { country: 'NL', postcode: '1017 SG', houseNumber: '12', street: 'Weteringschans', city: 'Amsterdam' },
    shippingMethodId: 'standard',
    consent: { marketing: false },
  });
}

/**
 * Pending orders to pay by webhook, written straight into the database (the payment start run
 * cannot make tens of thousands in its ten seconds), each holding one unit of a SKU.
 */
async function seedPendingOrders(db: Db, skus: readonly string[], count: number): Promise<{ orderId: string; intentId: string }[]> {
  const made = Array.from({ length: count }, (_, i) => ({
    orderId: randomUUID(),
    intentId: `pi_bench${i}x${randomUUID().slice(0, 8)}`,
    sku: skus[i % skus.length]!,
  }));
  const now = new Date();
  const batch = 500;
  for (let start = 0; start < made.length; start += batch) {
    const slice = made.slice(start, start + batch);
    await db.transaction(async (tx) => {
      await tx.insert(orders).values(
        slice.map((order, i) => ({
          id: order.orderId,
          number: `BN-${start + i}`,
          checkoutId: randomUUID(),
          requestFingerprint: 'bench',
          locale: 'nl',
          email: 'bench@example.nl',
          customerName: 'Bench',
          shippingAddress: {},
          billingAddress: {},
          country: 'NL',
          shippingMethodId: 'standard',
          currency: 'EUR',
          vatRate: 21,
          subtotalCents: 1000,
          discountCents: 0,
          shippingCents: 495,
          vatCents: 260,
          totalCents: 1495,
          marketingOptIn: false,
          consentRecordedAt: now,
          paymentIntentId: order.intentId,
          reservationExpiresAt: new Date(now.getTime() + 24 * 60 * 60 * 1000),
        })),
      );
      await tx.insert(orderLines).values(
        slice.map((order) => ({
          orderId: order.orderId,
          position: 0,
          sku: order.sku,
          productSlug: 'bench',
          name: { nl: 'x', en: 'x' },
          color: { id: 'x', name: { nl: 'x', en: 'x' } },
          unitPriceCents: 1000,
          quantity: 1,
          subtotalCents: 1000,
          discountCents: 0,
          totalCents: 1000,
          vatCents: 174,
        })),
      );
      await tx.insert(stockReservations).values(slice.map((order) => ({ orderId: order.orderId, sku: order.sku, quantity: 1 })));
      const perSku = new Map<string, number>();
      for (const order of slice) perSku.set(order.sku, (perSku.get(order.sku) ?? 0) + 1);
      for (const [sku, units] of perSku) {
        await tx
          .update(inventory)
          .set({ reserved: sql`${inventory.reserved} + ${units}` })
          .where(eq(inventory.sku, sku));
      }
    });
  }
  return made;
}

function signedSucceededEvent(stripe: Stripe, order: { orderId: string; intentId: string }): { body: string; signature: string } {
  const body = JSON.stringify({
    id: `evt_${randomUUID().replaceAll('-', '')}`,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: 'payment_intent.succeeded',
    data: {
      object: {
        id: order.intentId,
        object: 'payment_intent',
        amount: 1495,
        amount_received: 1495,
        currency: 'eur',
        status: 'succeeded',
        metadata: { order_id: order.orderId },
        last_payment_error: null,
      },
    },
  });
  return { body, signature: stripe.webhooks.generateTestHeaderString({ payload: body, secret: webhookSecret }) };
}

async function openFor(driver: DatabaseDriver): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (driver === 'pglite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kassa-bench-pglite-'));
    const database = await openDatabase({ dataDir: dir });
    return { database, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const cluster = await startPostgresCluster();
  const database = await openDatabase({ databaseUrl: cluster.url });
  return { database, cleanup: cluster.stop };
}

async function benchDriver(driver: DatabaseDriver, stripe: Stripe, products: PricedProduct[]): Promise<Figures[]> {
  const { database, cleanup } = await openFor(driver);
  let server: Server | undefined;
  try {
    await migrateDatabase(database);
    const skus = products.flatMap((product) => product.variants.map((variant) => variant.sku));
    await database.db.insert(inventory).values(skus.map((sku) => ({ sku, productSlug: 'bench', onHand: 10_000_000 })));
    server = await startServer(database.db, stripe, products);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    console.error(`bench-payments: ${driver}: payment start, ${seconds} s x ${connections} connections…`);
    const start = await load(driver, 'payment start', base, {
      method: 'POST',
      path: '/api/checkout/payment',
      headers: { 'content-type': 'application/json', origin },
      setupRequest: (request) => ({ ...request, body: checkoutBody(skus) }),
    });

    console.error(`bench-payments: ${driver}: seeding ${webhookEvents} pending orders for the webhook run…`);
    const pending = await seedPendingOrders(database.db, skus, webhookEvents);
    const events = pending.map((order) => signedSucceededEvent(stripe, order));
    let next = 0;
    console.error(`bench-payments: ${driver}: webhook, ${seconds} s x ${connections} connections…`);
    const webhook = await load(driver, 'webhook (succeeded)', base, {
      method: 'POST',
      path: '/api/stripe/webhook',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request) => {
        // Past the end the same events come again: cheap duplicates, which would flatter the figure.
        const event = events[next++ % events.length]!;
        return { ...request, body: event.body, headers: { ...request.headers, 'stripe-signature': event.signature } };
      },
    });
    if (next > events.length) console.error(`bench-payments: ${driver}: ran out of fresh events; raise --events.`);
    const result: unknown = await database.db.execute(sql`select count(*)::int as n from orders where status = 'paid'`);
    // PGlite answers { rows }, postgres.js an array of rows.
    const [paid] = (typeof result === 'object' && result !== null && 'rows' in result ? result.rows : result) as { n: number }[];
    console.error(`bench-payments: ${driver}: ${paid?.n ?? 0} orders paid by webhook.`);
    return [start, webhook];
  } finally {
    await new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await database.close();
    await cleanup();
  }
}

const products = readProducts();
// Other work on the machine skews every figure; say how busy it was.
const loadBefore = os
  .loadavg()
  .map((n) => n.toFixed(1))
  .join(' / ');
const emulator = await startEmulator();
const stripe = new Stripe('sk_test_emulator', {
  host: emulator.url.hostname,
  port: emulator.url.port,
  protocol: 'http',
  maxNetworkRetries: 0,
  telemetry: false,
});
const figures: Figures[] = [];
try {
  for (const driver of drivers) figures.push(...(await benchDriver(driver, stripe, products)));
} finally {
  emulator.process.kill('SIGTERM');
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const table = [
  `Loopback, ${connections} connections, ${seconds} s per row, ${os.cpus().length} CPU cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.versions.node}; load average before: ${loadBefore}.`,
  '',
  '| database | endpoint | requests | req/s | p50 | p95 | p99 | non-2xx/errors |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...figures.map(
    (f) =>
      `| ${f.driver} | ${f.endpoint} | ${f.requests} | ${f.perSecond.toFixed(0)} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${f.failed} |`,
  ),
].join('\n');
console.log(table);
mkdirSync(path.join(root, '.tmp'), { recursive: true });
writeFileSync(path.join(root, '.tmp', 'bench-payments.json'), JSON.stringify({ seconds, connections, figures }, null, 2));
