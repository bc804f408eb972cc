import { describe, expect, it } from 'vitest';
import { variantSchema } from '../../../src/features/catalog/catalog.schema.ts';
import { emptyCart, maxQuantityPerLine, type Cart } from '../../../src/features/cart/cart-lines.ts';
import { parseStoredCart, serializeCart, storedSkuPattern } from '../../../src/features/cart/stored-cart.ts';

const cartOf = (...lines: [sku: string, quantity: number][]): Cart => ({
  version: 1,
  lines: lines.map(([sku, quantity], i) => ({ sku, quantity, addedAt: 1_700_000_000_000 + i })),
});

describe('stored carts', () => {
  it('round-trips through storage, and an empty cart stores nothing', () => {
    const cart = cartOf(['JAS-GEEL-M', 2], ['BAND-OR', 1]);
    const raw = serializeCart(cart);
    expect(JSON.parse(raw!)).toEqual({ version: 1, lines: cart.lines });
    expect(parseStoredCart(raw)).toEqual(cart);
    expect(serializeCart(emptyCart())).toBeUndefined();
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['empty string', ''],
    ['not JSON', '{"version":1,"lines":[{"sku"'],
    ['a JSON string', '"hello"'],
    ['JSON null', 'null'],
    ['an array (an old format)', '[{"sku":"A","quantity":1}]'],
    ['another version', '{"version":2,"lines":[{"sku":"JAS-GEEL-M","quantity":1,"addedAt":1}]}'],
    ['lines not an array', '{"version":1,"lines":{"sku":"JAS-GEEL-M"}}'],
  ])('discards a stored value that is %s', (_, raw) => {
    expect(parseStoredCart(raw)).toEqual(emptyCart());
  });

  it('keeps the good lines of a cart with a few bad ones, merged and capped', () => {
    const raw = JSON.stringify({
      version: 1,
      lines: [
        { sku: 'JAS-GEEL-M', quantity: 2, addedAt: 10 },
        { sku: 'lower-case', quantity: 1, addedAt: 11 },
        { sku: 'BAND-OR', quantity: 1.5, addedAt: 12 },
        { sku: 'BAND-OR', quantity: '2', addedAt: 12 },
        { sku: 'BAND-OR', quantity: 0, addedAt: 12 },
        { sku: 'HOES-GEEL', quantity: 3 },
        null,
        'JAS-GEEL-L',
        { sku: 'JAS-GEEL-M', quantity: 9, addedAt: 20 },
        { sku: 'BROEK-ZW-M', quantity: 500, addedAt: 30 },
        { sku: 'JAS-NAVY-M', quantity: 1e9, addedAt: 31 },
      ],
    });
    expect(parseStoredCart(raw).lines).toEqual([
      { sku: 'JAS-GEEL-M', quantity: maxQuantityPerLine, addedAt: 10 },
      { sku: 'BROEK-ZW-M', quantity: maxQuantityPerLine, addedAt: 30 },
    ]);
  });

  it('accepts exactly the SKUs the catalog accepts', () => {
    for (const sku of ['JAS-GEEL-M', 'PB-BRBND-OR', 'A', '123', '-', 'jas-geel-m', 'JAS GEEL', 'JAS_GEEL', '', 'ÄBC', 'JAS-GEEL-M\n']) {
      expect(storedSkuPattern.test(sku), sku).toBe(variantSchema.shape.sku.safeParse(sku).success);
    }
  });

  it('drops unknown fields and gives the empty cart when no line survives', () => {
    const raw = JSON.stringify({ version: 1, lines: [{ sku: 'A', quantity: 1, addedAt: 1, priceCents: 1 }], total: 1 });
    expect(parseStoredCart(raw).lines).toEqual([{ sku: 'A', quantity: 1, addedAt: 1 }]);
    expect(parseStoredCart('{"version":1,"lines":[{"sku":"?"}]}')).toBe(emptyCart());
  });
});
