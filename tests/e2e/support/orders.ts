/**
 * Orders for the order status and payment tests, made the way the checkout makes them
 * (POST /api/checkout/payment from the shop's origin), and the Stripe side driven the way a
 * bank or Stripe's dashboard would: through the local emulator the test server runs in-process
 * (its address is in .tmp/test-server-<port>.json, written by scripts/test-server.ts). The
 * database lives inside the server process, so effects are checked through pages, not SQL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';
import Stripe from 'stripe';

export type TestOrder = Readonly<{
  orderNumber: string;
  clientSecret: string;
  paymentIntentId: string;
  publishableKey: string;
  statusPath: string;
  total: { amount: number; currency: string };
}>;

export type TestServerInfo = Readonly<{ dataDir: string; stripeEmulatorUrl: string }>;

type ContentProduct = { slug: string; name: { nl: string; en: string }; variants: { sku: string; initialStock: number }[] };

const productsDir = path.resolve(process.env['CATALOG_DIR'] ?? 'content', 'products');
const products: ContentProduct[] = readdirSync(productsDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(path.join(productsDir, name), 'utf8')) as ContentProduct);

/** The two best-stocked variants: a few held units change no stock message another test looks at. */
export const orderSkus = products
  .flatMap((product) => product.variants.map((variant) => ({ ...variant, product })))
  .sort((a, b) => b.initialStock - a.initialStock || a.sku.localeCompare(b.sku))
  .slice(0, 2);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function testServerInfo(baseURL: string): Promise<TestServerInfo> {
  const file = path.resolve('.tmp', `test-server-${new URL(baseURL).port}.json`);
  for (let attempt = 0; ; attempt++) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as TestServerInfo;
    } catch (error) {
      if (attempt > 50) throw error;
      await sleep(200);
    }
  }
}

/**
 * Places an order for both test SKUs and answers what the checkout gets back. The endpoint
 * allows 10 orders a minute per client and every test shares one client address: on a 429
 * this waits as told and tries again.
 */
export async function createOrder(request: APIRequestContext, baseURL: string, locale: 'nl' | 'en' = 'nl'): Promise<TestOrder> {
  const data = {
    checkoutId: randomUUID(),
    locale,
    lines: orderSkus.map(({ sku }, index) => ({ sku, quantity: index + 1 })),
    contact: { email: 'anna@example.nl', name: 'Anna de Vries', phone: '' },
    shippingAddress: { country: 'NL', postcode: '1017SG', houseNumber: '12a', addition: '', street: 'Weteringschans', city: 'Amsterdam' },
    shippingMethodId: 'standard',
    discountCode: '',
    consent: { marketing: false },
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    const response = await request.post('/api/checkout/payment', { headers: { origin: baseURL }, data });
    if (response.status() === 429) {
      await sleep(Number(response.headers()['retry-after'] ?? '10') * 1000 + 250);
      continue;
    }
    expect(response.status(), await response.text()).toBe(200);
    const body = (await response.json()) as Omit<TestOrder, 'paymentIntentId' | 'total'> & { totals: { total: TestOrder['total'] } };
    return { ...body, total: body.totals.total, paymentIntentId: body.clientSecret.split('_secret_')[0]! };
  }
  throw new Error('POST /api/checkout/payment stayed rate limited');
}

/** The status page as Stripe returns the shopper to it after a redirect. */
export function returnPath(order: TestOrder, redirectStatus: 'succeeded' | 'processing' | 'failed'): string {
  const url = new URL(order.statusPath, 'http://shop.test');
  url.searchParams.set('payment_intent', order.paymentIntentId);
  url.searchParams.set('payment_intent_client_secret', order.clientSecret);
  url.searchParams.set('redirect_status', redirectStatus);
  return `${url.pathname}${url.search}`;
}

/** Stripe's server API on the emulator, with the emulator's own key. */
export function emulatorStripe(info: TestServerInfo): Stripe {
  const url = new URL(info.stripeEmulatorUrl);
  return new Stripe('sk_test_emulator', { host: url.hostname, port: Number(url.port), protocol: 'http', maxNetworkRetries: 0 });
}

/** A declined card on the order's PaymentIntent, as if the shopper had tried one. */
export async function declineCard(info: TestServerInfo, order: TestOrder, baseURL: string): Promise<void> {
  const stripe = emulatorStripe(info);
  const error = await stripe.paymentIntents
    .confirm(order.paymentIntentId, { payment_method: 'pm_card_chargeDeclined', return_url: new URL(order.statusPath, baseURL).href })
    .then(
      () => undefined,
      (caught: unknown) => caught,
    );
  expect((error as { code?: string } | undefined)?.code).toBe('card_declined');
}

/** The bank confirms a processing payment (the emulator then sends payment_intent.succeeded). */
export async function bankConfirms(info: TestServerInfo, paymentIntentId: string): Promise<void> {
  const response = await fetch(`${info.stripeEmulatorUrl}/_emulator/payment_intents/${paymentIntentId}/succeed`, { method: 'POST' });
  expect(response.status).toBe(200);
}
