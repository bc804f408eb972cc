import { describe, expect, it } from 'vitest';
import { catalogItemsFromProducts } from '../../../src/features/cart/cart-catalog.ts';
import { priceCart, pricingRulesFromShop } from '../../../src/features/cart/cart-pricing.ts';
import { insufficientStockError } from '../../../src/features/orders/checkout-errors.ts';
import { judgeCheckout, orderLinesFromCart, orderTotalsFromCart, unitsToReserve } from '../../../src/features/orders/order-draft.ts';
import { shop } from '../../../src/config/shop.ts';

const catalog = catalogItemsFromProducts([
  {
    slug: 'regenjas',
    name: { nl: 'Regenjas', en: 'Rain jacket' },
    colors: [{ id: 'geel', name: { nl: 'Geel', en: 'Yellow' } }],
    variants: [{ sku: 'JAS-M', color: 'geel', size: 'M', priceCents: 8995 }],
  },
  {
    slug: 'band',
    name: { nl: 'Band', en: 'Band' },
    colors: [{ id: 'oranje', name: { nl: 'Oranje', en: 'Orange' } }],
    variants: [{ sku: 'BAND', color: 'oranje', priceCents: 995 }],
  },
]);
const rules = pricingRulesFromShop(shop);
const asked = (lines: { sku: string; quantity: number }[], shippingMethodId = 'standard') => ({ lines, shippingMethodId, country: 'NL' });

describe('judging a priced cart for an order', () => {
  it('accepts a cart that can be ordered exactly as asked, and snapshots it', () => {
    const lines = [
      { sku: 'JAS-M', quantity: 1 },
      { sku: 'BAND', quantity: 2 },
    ];
    const cart = priceCart({
      lines,
      catalog,
      stock: new Map([
        ['JAS-M', 5],
        ['BAND', 5],
      ]),
      country: 'NL',
      shippingMethodId: 'standard',
      rules,
    });
    expect(judgeCheckout(cart, asked(lines))).toBeUndefined();
    expect(orderTotalsFromCart(cart)).toEqual({
      currency: 'EUR',
      vatRate: 21,
      subtotalCents: 10985,
      discountCents: 0,
      shippingCents: 0,
      vatCents: 1906,
      totalCents: 10985,
      discountCode: null,
      shippingMethodId: 'standard',
    });
    expect(orderLinesFromCart(cart).map((line) => [line.position, line.sku, line.quantity, line.totalCents, line.size])).toEqual([
      [0, 'JAS-M', 1, 8995, 'M'],
      [1, 'BAND', 2, 1990, null],
    ]);
  });

  it('refuses short stock and unknown SKUs with what is left', () => {
    const lines = [
      { sku: 'JAS-M', quantity: 3 },
      { sku: 'GONE', quantity: 1 },
    ];
    const cart = priceCart({ lines, catalog, stock: new Map([['JAS-M', 2]]), country: 'NL', rules });
    const refusal = judgeCheckout(cart, asked(lines));
    expect(refusal).toMatchObject({
      kind: 'insufficientStock',
      lines: [
        { sku: 'JAS-M', requested: 3, available: 2 },
        { sku: 'GONE', requested: 1, available: 0 },
      ],
    });
    const error = insufficientStockError(refusal?.kind === 'insufficientStock' ? refusal.lines : [], ['JAS-M', 'GONE'], 'nl');
    expect(error.fields).toEqual({ 'lines.0.quantity': 'Nog 2 op voorraad', 'lines.1.quantity': 'Uitverkocht' });
    expect(error.message).toContain('Regenjas (Geel, M): nog 2; GONE: uitverkocht');
  });

  it('refuses a delivery method that does not serve the address instead of silently picking another', () => {
    const lines = [{ sku: 'BAND', quantity: 1 }];
    const cart = priceCart({ lines, catalog, country: 'BE', shippingMethodId: 'evening', rules });
    expect(judgeCheckout(cart, { ...asked(lines, 'evening'), country: 'BE' })).toEqual({
      kind: 'shippingMethodUnavailable',
      country: 'BE',
    });
  });

  it('holds units per SKU in SKU order, so concurrent orders lock rows in the same order', () => {
    expect(
      unitsToReserve([
        { sku: 'ZZ', quantity: 1 },
        { sku: 'AA', quantity: 2 },
        { sku: 'ZZ', quantity: 3 },
      ]),
    ).toEqual([
      { sku: 'AA', quantity: 2 },
      { sku: 'ZZ', quantity: 4 },
    ]);
  });
});
