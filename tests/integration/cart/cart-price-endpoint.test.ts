/**
 * POST /api/cart/price end to end on both databases: live stock, the cheapest method by
 * default, delivery dates as of the request, photos and suggestions, a discount judged on the
 * server, and the guards (origin, input, rate limit).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { catalogLookupFromProducts, type CatalogLookup, type PricedProduct } from '../../../src/features/cart/cart-catalog.ts';
import { cartProductIndex } from '../../../src/features/cart/cart-display.ts';
import { cartPriceRateLimit, handleCartPrice } from '../../../src/features/cart/cart-price-endpoint.server.ts';
import type { CartPriceResponse } from '../../../src/features/cart/cart-price-client.ts';
import { inventory } from '../../../src/lib/db/schema.ts';
import { createMemoryRateLimiter, type RateLimiter } from '../../../src/lib/http/rate-limit.ts';
import { money } from '../../../src/lib/money.ts';
import { forEachDatabase } from '../../helpers/database.ts';

const origin = 'https://shop.example';
// Tuesday 16 June 2026, 10:00 in Amsterdam.
const now = new Date('2026-06-16T08:00:00Z');
let catalog: CatalogLookup;
let products: PricedProduct[];

beforeAll(async () => {
  const file = path.join(import.meta.dirname, 'fixtures', 'products.json');
  products = JSON.parse(await readFile(file, 'utf8')) as PricedProduct[];
  catalog = catalogLookupFromProducts(products);
});

const index = () =>
  cartProductIndex(
    products.map((product) => ({
      slug: product.slug,
      name: product.name,
      complementary: product.slug === 'regenjas-polder' ? ['broekbanden', 'helmhoes'] : [],
      imagesByColor: new Map(
        product.colors.map((color) => [color.id, { src: `/${product.slug}-${color.id}.svg`, width: 800, height: 800 }]),
      ),
      variants: product.variants,
    })),
  );

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${origin}/api/cart/price?locale=nl`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, ...headers },
    body: JSON.stringify(body),
  });
}

forEachDatabase((t) => {
  let limiter: RateLimiter;
  const deps = () => ({ clientAddress: '198.51.100.4', limiter, db: t.db, catalog, products: index(), now: () => now });

  beforeAll(async () => {
    limiter = createMemoryRateLimiter(cartPriceRateLimit);
    await t.db.insert(inventory).values([
      { sku: 'JAS-GEEL-M', productSlug: 'regenjas-polder', onHand: 5, reserved: 3 },
      { sku: 'BAND-OR', productSlug: 'broekbanden', onHand: 40, reserved: 0 },
    ]);
  });

  it('prices a small Dutch cart with the cheapest method and dated delivery options', async () => {
    const response = await handleCartPrice(post({ lines: [{ sku: 'BAND-OR', quantity: 2 }] }), deps());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as CartPriceResponse;
    expect(body.cart.subtotal).toEqual(money(1990));
    expect(body.cart.shipping?.methodId).toBe('pickup');
    expect(body.cart.total).toEqual(money(1990 + 395));
    expect(body.cart.freeShipping).toEqual({ reached: false, remaining: money(5000 - 1990) });
    expect(body.pricedAt).toBe(now.toISOString());
    expect(body.shippingOptions.map((option) => [option.methodId, option.price.amount])).toEqual([
      ['standard', 495],
      ['evening', 695],
      ['pickup', 395],
    ]);
    expect(body.shippingOptions[0]).toMatchObject({ dispatchDate: '2026-06-16', deliveryDate: '2026-06-17' });
    expect(body.images['BAND-OR']).toEqual({ src: '/broekbanden-oranje.svg', width: 800, height: 800 });
  });

  it('keeps a chosen method, explains stock shortages and suggests what completes the set', async () => {
    const response = await handleCartPrice(
      post({ lines: [{ sku: 'JAS-GEEL-M', quantity: 3, seenUnitPriceCents: 7995 }], shippingMethodId: 'evening' }),
      deps(),
    );
    const body = (await response.json()) as CartPriceResponse;
    expect(body.cart.lines[0]).toMatchObject({ quantity: 2, stockIssue: { kind: 'insufficient', available: 2 } });
    expect(body.cart.changes.map((change) => change.kind)).toEqual(['quantityReduced', 'priceChanged']);
    expect(body.cart.shipping).toMatchObject({ methodId: 'evening', free: true });
    expect(body.suggestions.map((suggestion) => suggestion.slug)).toEqual(['broekbanden', 'helmhoes']);
    expect(body.suggestions[0]?.name).toBe('Broekbanden');
  });

  it('prices Belgium with its own methods and judges a discount code on the server', async () => {
    const body = (await (
      await handleCartPrice(post({ lines: [{ sku: 'BAND-OR', quantity: 1 }], country: 'BE', discountCode: 'GEENCODE' }), deps())
    ).json()) as CartPriceResponse;
    expect(body.shippingOptions.map((option) => option.methodId)).toEqual(['pickup', 'standard-be']);
    expect(body.cart.discount).toMatchObject({ status: 'rejected', error: { code: 'unknown' } });
  });

  it('answers an empty cart without shipping', async () => {
    const body = (await (await handleCartPrice(post({ lines: [] }), deps())).json()) as CartPriceResponse;
    expect(body.cart.shipping).toBeUndefined();
    expect(body.shippingOptions).toEqual([]);
    expect(body.cart.canCheckout).toBe(false);
  });

  it('refuses a foreign origin, amounts it does not know and too many requests', async () => {
    expect((await handleCartPrice(post({ lines: [] }, { origin: 'https://evil.example' }), deps())).status).toBe(403);
    const tampered = await handleCartPrice(post({ lines: [{ sku: 'BAND-OR', quantity: 0 }] }), deps());
    expect(tampered.status).toBe(400);
    expect(((await tampered.json()) as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty(['lines.0.quantity']);

    const strict = { ...deps(), limiter: createMemoryRateLimiter({ limit: 1, windowMs: 60_000 }) };
    expect((await handleCartPrice(post({ lines: [] }), strict)).status).toBe(200);
    expect((await handleCartPrice(post({ lines: [] }), strict)).status).toBe(429);
  });
});
