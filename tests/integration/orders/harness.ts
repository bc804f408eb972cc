/**
 * The payments test bench: a Stripe emulator started in-process, the real `stripe` SDK pointed
 * at it, and a loopback HTTP server that wraps the real webhook handler, so every event travels
 * the production path (signed by the emulator, verified over the raw body, recorded once).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import Stripe from 'stripe';
import { startStripeEmulator, type StripeEmulator } from '../../../scripts/stripe-emulator/emulator.ts';
import type { CartCatalogItem, CatalogLookup } from '../../../src/features/cart/cart-catalog.ts';
import type { CheckoutPaymentRequest } from '../../../src/features/orders/checkout-request.ts';
import { startPayment, type StartPaymentDeps, type StartPaymentResponse } from '../../../src/features/orders/start-payment.server.ts';
import { handleStripeWebhook } from '../../../src/features/payments/stripe-webhook.server.ts';
import type { Db } from '../../../src/lib/db/client.server.ts';
import { inventory, orders, stockReservations } from '../../../src/lib/db/schema.ts';

export const webhookSecret = 'whsec_kassatestsecret';
export const testTokenSecret = 'test-token-secret-of-at-least-32-chars';
export const returnUrl = 'http://127.0.0.1:4321/bestelling/return';

/** Prices by SKU prefix, so each test can use SKUs of its own (stock is per SKU). */
const products: Record<string, { slug: string; name: string; priceCents: number }> = {
  JAS: { slug: 'regenjas-polder', name: 'Regenjas Polder', priceCents: 8995 },
  BAND: { slug: 'broekbanden', name: 'Broekbanden', priceCents: 995 },
  KLEP: { slug: 'reflectieklep', name: 'Reflectieklep', priceCents: 25 },
};

/** A catalog that knows every SKU starting with a known prefix ("JAS-T1-M" is a jacket in M). */
export const testCatalog: CatalogLookup = async (skus) => {
  const found = new Map<string, CartCatalogItem>();
  for (const sku of skus) {
    const product = products[sku.split('-')[0]!];
    if (!product) continue;
    found.set(sku, {
      sku,
      productSlug: product.slug,
      name: { nl: product.name, en: product.name },
      color: { id: 'geel', name: { nl: 'Geel', en: 'Yellow' } },
      size: sku.endsWith('-M') ? 'M' : undefined,
      priceCents: product.priceCents,
    });
  }
  return found;
};

export interface PaymentsHarness {
  emulator: StripeEmulator;
  stripe: Stripe;
  webhookUrl: string;
  /** startPayment deps for the current database. */
  deps(overrides?: Partial<StartPaymentDeps>): StartPaymentDeps;
  close(): Promise<void>;
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

/** `db` is read per request: forEachDatabase swaps databases between suites. */
export async function startPaymentsHarness(db: () => Db): Promise<PaymentsHarness> {
  // The handler needs the client, the client needs the emulator, the emulator needs the handler's URL.
  const late: { stripe?: Stripe } = {};
  const server = createServer((req, res) => {
    void (async () => {
      const request = await toRequest(req, `http://127.0.0.1${req.url ?? '/'}`);
      await send(
        await handleStripeWebhook(request, {
          db: db(),
          stripe: late.stripe!,
          webhookSecret,
          log: process.env.KASSA_TEST_LOG ? console.error : () => {},
        }),
        res,
      );
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/stripe/webhook`;
  const emulator = await startStripeEmulator({
    webhookEndpoints: [webhookUrl],
    webhookSecret,
    retry: { attempts: 8, initialDelayMs: 10, maxDelayMs: 100, timeoutMs: 10_000 },
  });
  const client = new Stripe(emulator.secretKey, { ...emulator.stripeConfig, maxNetworkRetries: 0 });
  late.stripe = client;
  return {
    emulator,
    stripe: client,
    webhookUrl,
    deps: (overrides = {}) => ({
      db: db(),
      stripe: client,
      catalog: testCatalog,
      publishableKey: emulator.publishableKey,
      tokenSecret: testTokenSecret,
      log: () => {},
      ...overrides,
    }),
    close: async () => {
      await emulator.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** A valid, parsed checkout request for some lines; override anything. */
export function checkoutRequest(
  lines: CheckoutPaymentRequest['lines'],
  overrides: Partial<CheckoutPaymentRequest> = {},
): CheckoutPaymentRequest {
  return {
    checkoutId: randomUUID(),
    locale: 'nl',
    lines,
    contact: { email: 'anna@example.nl', name: 'Anna de Vries', phone: '06 12345678' },
    shippingAddress: { country: 'NL', postcode: '1017 SG', houseNumber: 12, street: 'Weteringschans', city: 'Amsterdam' },
    shippingMethodId: 'standard',
    consent: { marketing: false },
    ...overrides,
  };
}

export async function stock(db: Db, sku: string, onHand: number): Promise<void> {
  await db
    .insert(inventory)
    .values({ sku, productSlug: 'test', onHand })
    .onConflictDoUpdate({ target: inventory.sku, set: { onHand, reserved: 0 } });
}

export async function inventoryOf(db: Db, sku: string): Promise<{ onHand: number; reserved: number }> {
  const [row] = await db.select({ onHand: inventory.onHand, reserved: inventory.reserved }).from(inventory).where(eq(inventory.sku, sku));
  if (!row) throw new Error(`no inventory row for ${sku}`);
  return row;
}

export async function orderByNumber(db: Db, number: string) {
  const [row] = await db.select().from(orders).where(eq(orders.number, number));
  if (!row) throw new Error(`no order ${number}`);
  return row;
}

export async function reservationsOf(db: Db, orderId: string) {
  return db.select().from(stockReservations).where(eq(stockReservations.orderId, orderId));
}

/** inventory.reserved equals the held reservations, per SKU: the invariant every change keeps. */
export async function heldMatchesReserved(db: Db, sku: string): Promise<boolean> {
  const result: unknown = await db.execute(
    sql`select (select reserved from inventory where sku = ${sku}) = coalesce((select sum(quantity) from stock_reservations where sku = ${sku} and status = 'held'), 0) as ok`,
  );
  // PGlite answers { rows }, postgres.js an array of rows.
  const [row] = (typeof result === 'object' && result !== null && 'rows' in result ? result.rows : result) as { ok: boolean }[];
  return row?.ok === true;
}

/** Pays an order's PaymentIntent the way the Payment Element would, with a test card. */
export async function pay(stripe: Stripe, clientSecret: string, paymentMethod = 'pm_card_visa'): Promise<Stripe.PaymentIntent> {
  const id = clientSecret.split('_secret_')[0]!;
  return stripe.paymentIntents.confirm(id, { payment_method: paymentMethod, return_url: returnUrl });
}

export async function placeAndPay(harness: PaymentsHarness, request: CheckoutPaymentRequest): Promise<StartPaymentResponse> {
  const answer = await startPayment(request, harness.deps());
  await pay(harness.stripe, answer.clientSecret);
  return answer;
}
