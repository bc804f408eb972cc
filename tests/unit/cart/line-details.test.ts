import { describe, expect, it } from 'vitest';
import type { CartPriceResponse } from '../../../src/features/cart/cart-price-client.ts';
import { priceCart } from '../../../src/features/cart/cart-pricing.ts';
import {
  detailsAfterPricing,
  parseLineDetails,
  previewCatalog,
  serializeLineDetails,
  withLineDetails,
  type LineDetails,
} from '../../../src/features/cart/line-details.ts';
import { catalog, rules } from './fixtures.ts';

const jacket: LineDetails = { ...catalog.get('JAS-GEEL-M')!, image: { src: '/jas.svg', width: 800, height: 800 } };

describe('line details the browser remembers', () => {
  it('round-trips through storage', () => {
    const details = withLineDetails({}, jacket);
    expect(parseLineDetails(serializeLineDetails(details))).toEqual(details);
    expect(serializeLineDetails({})).toBeUndefined();
  });

  it('drops what does not look like an entry, never throws', () => {
    for (const raw of [null, '', '{', '[]', '"x"']) expect(parseLineDetails(raw)).toEqual({});
    const stored = JSON.stringify({
      'JAS-GEEL-M': jacket,
      'OTHER-SKU': jacket,
      'NO-PRICE': { ...jacket, sku: 'NO-PRICE', priceCents: -1 },
      'BAD-IMAGE': { ...jacket, sku: 'BAD-IMAGE', image: { src: 'javascript:alert(1)', width: 1, height: 1 } },
    });
    const parsed = parseLineDetails(stored);
    expect(Object.keys(parsed)).toEqual(['JAS-GEEL-M', 'BAD-IMAGE']);
    expect(parsed['BAD-IMAGE']?.image).toBeUndefined();
  });

  it('prices a preview exactly as shown', () => {
    const preview = priceCart({
      lines: [{ sku: 'JAS-GEEL-M', quantity: 2 }],
      catalog: previewCatalog({ 'JAS-GEEL-M': jacket }),
      country: 'NL',
      rules,
    });
    expect(preview.subtotal.amount).toBe(2 * jacket.priceCents);
  });

  it('takes the server word after pricing and forgets SKUs that left the cart', () => {
    const cart = priceCart({
      lines: [{ sku: 'JAS-GEEL-M', quantity: 1 }],
      catalog: new Map([['JAS-GEEL-M', { ...jacket, priceCents: 7995 }]]),
      country: 'NL',
      rules,
    });
    const response = { cart, pricedAt: '', shippingOptions: [], images: {}, suggestions: [] } satisfies CartPriceResponse;
    const details = withLineDetails({ 'JAS-GEEL-M': jacket }, { ...catalog.get('BAND-OR')! });
    const next = detailsAfterPricing(details, response, ['JAS-GEEL-M']);
    expect(Object.keys(next)).toEqual(['JAS-GEEL-M']);
    expect(next['JAS-GEEL-M']).toMatchObject({ priceCents: 7995, image: jacket.image });
  });
});
