/**
 * A guest order placed the way the checkout places it (POST /api/checkout/payment from the
 * shop's own origin), for the end-to-end tests and for the Lighthouse run of the order page,
 * which needs a real order and its signed link.
 *
 * It buys the catalog's two best-stocked variants: the few units it holds change no stock
 * message another test looks at.
 */
import { randomUUID } from 'node:crypto';
import { readContentProducts } from './content-products.ts';

export type SampleSku = Readonly<{
  sku: string;
  initialStock: number;
  product: { slug: string; name: { nl: string; en: string } };
}>;

export type SampleOrder = Readonly<{
  orderNumber: string;
  clientSecret: string;
  paymentIntentId: string;
  publishableKey: string;
  /** The signed order status link, relative to the shop. */
  statusPath: string;
  total: { amount: number; currency: string };
}>;

/** The catalog's best-stocked variants, best first (ties by SKU, so every run picks the same). */
export function bestStockedSkus(count = 2, catalogDir?: string): SampleSku[] {
  return readContentProducts(catalogDir)
    .flatMap(({ slug, name, variants }) => variants.map(({ sku, initialStock }) => ({ sku, initialStock, product: { slug, name } })))
    .sort((a, b) => b.initialStock - a.initialStock || a.sku.localeCompare(b.sku))
    .slice(0, count);
}

/** What the checkout sends: the first SKU once, the second twice, to an Amsterdam address. */
export function sampleCheckoutRequest(skus: readonly SampleSku[], locale: 'nl' | 'en' = 'nl') {
  return {
    checkoutId: randomUUID(),
    locale,
    lines: skus.map(({ sku }, index) => ({ sku, quantity: index + 1 })),
    contact: { email: 'anna@example.nl', name: 'Anna de Vries', phone: '' },
    shippingAddress: { country: 'NL', postcode: '1017SG', houseNumber: '12a', addition: '', street: 'Weteringschans', city: 'Amsterdam' },
    shippingMethodId: 'standard',
    discountCode: '',
    consent: { marketing: false },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Places the order and answers what the checkout gets back. The endpoint allows 10 orders a
 * minute per client, and test runs share one client address: on a 429 this waits as told
 * (Retry-After) and tries again, up to five times.
 */
export async function placeSampleOrder(baseUrl: string, skus: readonly SampleSku[], locale: 'nl' | 'en' = 'nl'): Promise<SampleOrder> {
  const body = JSON.stringify(sampleCheckoutRequest(skus, locale));
  const origin = new URL(baseUrl).origin;
  for (let attempt = 0; attempt < 5; attempt++) {
    const response = await fetch(new URL('/api/checkout/payment', baseUrl), {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body,
    });
    if (response.status === 429) {
      await sleep(Number(response.headers.get('retry-after') ?? '10') * 1000 + 250);
      continue;
    }
    if (response.status !== 200) throw new Error(`POST /api/checkout/payment answered ${response.status}: ${await response.text()}`);
    const placed = (await response.json()) as Omit<SampleOrder, 'paymentIntentId' | 'total'> & { totals: { total: SampleOrder['total'] } };
    const paymentIntentId = placed.clientSecret.split('_secret_')[0] ?? '';
    return {
      orderNumber: placed.orderNumber,
      clientSecret: placed.clientSecret,
      publishableKey: placed.publishableKey,
      statusPath: placed.statusPath,
      total: placed.totals.total,
      paymentIntentId,
    };
  }
  throw new Error('POST /api/checkout/payment stayed rate limited');
}
