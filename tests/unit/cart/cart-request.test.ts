import { describe, expect, it } from 'vitest';
import { maxCartLines, maxQuantityPerLine } from '../../../src/features/cart/cart-lines.ts';
import { cartPricingRequestSchema } from '../../../src/features/cart/cart-request.ts';

describe('cartPricingRequestSchema', () => {
  it('accepts SKUs, quantities and choices, defaults the country and drops amounts it does not know', () => {
    const parsed = cartPricingRequestSchema.parse({
      lines: [{ sku: 'BAND-OR', quantity: 2, seenUnitPriceCents: 995, priceCents: 1, total: 1 }],
      discountCode: ' welkom10 ',
      total: 1,
    });
    expect(parsed).toEqual({ lines: [{ sku: 'BAND-OR', quantity: 2, seenUnitPriceCents: 995 }], country: 'NL', discountCode: 'welkom10' });
  });

  it.each([
    ['a quantity of 0', { lines: [{ sku: 'A', quantity: 0 }] }],
    ['a quantity above the cap', { lines: [{ sku: 'A', quantity: maxQuantityPerLine + 1 }] }],
    ['a fractional quantity', { lines: [{ sku: 'A', quantity: 1.5 }] }],
    ['a lower-case SKU', { lines: [{ sku: 'a', quantity: 1 }] }],
    ['too many lines', { lines: Array.from({ length: maxCartLines + 1 }, (_, i) => ({ sku: `S${i}`, quantity: 1 })) }],
    ['a country the shop does not ship to', { lines: [], country: 'FR' }],
    ['a negative seen price', { lines: [{ sku: 'A', quantity: 1, seenUnitPriceCents: -1 }] }],
    ['an empty discount code', { lines: [], discountCode: '   ' }],
    ['a method id with odd characters', { lines: [], shippingMethodId: 'standard; drop' }],
  ])('refuses %s', (_, input) => {
    expect(cartPricingRequestSchema.safeParse(input).success).toBe(false);
  });
});
