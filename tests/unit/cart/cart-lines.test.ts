import { describe, expect, it } from 'vitest';
import {
  addToCart,
  cartItemCount,
  cartQuantityOf,
  clearCart,
  emptyCart,
  maxCartLines,
  maxQuantityPerLine,
  normalizeLines,
  removeLine,
  restoreLine,
  setLineQuantity,
  type Cart,
} from '../../../src/features/cart/cart-lines.ts';

const T0 = Date.UTC(2026, 2, 1, 12);

function cartOf(...lines: [sku: string, quantity: number][]): Cart {
  return { version: 1, lines: lines.map(([sku, quantity], i) => ({ sku, quantity, addedAt: T0 + i })) };
}

const skus = (cart: Cart) => cart.lines.map((line) => `${line.sku}x${line.quantity}`);

describe('addToCart', () => {
  it('adds a new SKU as a line at the end, with the time it was added', () => {
    const { cart, added, limitedBy } = addToCart(cartOf(['A', 1]), 'B', 2, T0 + 100);
    expect(skus(cart)).toEqual(['Ax1', 'Bx2']);
    expect(cart.lines[1]?.addedAt).toBe(T0 + 100);
    expect(added).toBe(2);
    expect(limitedBy).toBeUndefined();
  });

  it('merges the same SKU into its line, keeping place and first addedAt', () => {
    const { cart } = addToCart(cartOf(['A', 1], ['B', 1]), 'A', 3, T0 + 999);
    expect(skus(cart)).toEqual(['Ax4', 'Bx1']);
    expect(cart.lines[0]?.addedAt).toBe(T0);
  });

  it(`caps a line at ${maxQuantityPerLine} units and says how many fitted`, () => {
    const { cart, added, limitedBy } = addToCart(cartOf(['A', 8]), 'A', 5, T0);
    expect(skus(cart)).toEqual([`Ax${maxQuantityPerLine}`]);
    expect(added).toBe(2);
    expect(limitedBy).toBe('perLine');

    const full = addToCart(cart, 'A', 1, T0);
    expect(full.added).toBe(0);
    expect(full.limitedBy).toBe('perLine');
    expect(full.cart).toBe(cart);

    const fresh = addToCart(emptyCart(), 'B', 25, T0);
    expect(skus(fresh.cart)).toEqual([`Bx${maxQuantityPerLine}`]);
    expect(fresh).toMatchObject({ added: maxQuantityPerLine, limitedBy: 'perLine' });
  });

  it(`refuses a new line once the cart holds ${maxCartLines} SKUs, but still tops up an existing one`, () => {
    let cart = emptyCart();
    for (let i = 0; i < maxCartLines; i += 1) cart = addToCart(cart, `SKU-${i}`, 1, T0).cart;
    const refused = addToCart(cart, 'ONE-TOO-MANY', 1, T0);
    expect(refused).toEqual({ cart, added: 0, limitedBy: 'lines' });
    expect(cartQuantityOf(addToCart(cart, 'SKU-3', 1, T0).cart, 'SKU-3')).toBe(2);
  });

  it('ignores zero or negative quantities and rejects fractions', () => {
    const cart = cartOf(['A', 1]);
    expect(addToCart(cart, 'A', 0, T0)).toEqual({ cart, added: 0 });
    expect(addToCart(cart, 'A', -2, T0).cart).toBe(cart);
    expect(() => addToCart(cart, 'A', 1.5, T0)).toThrow(RangeError);
    expect(() => addToCart(cart, 'A', Number.NaN, T0)).toThrow(RangeError);
  });

  it('never changes the cart it was given', () => {
    const cart = cartOf(['A', 1]);
    const before = structuredClone(cart);
    addToCart(cart, 'A', 2, T0);
    addToCart(cart, 'B', 2, T0);
    expect(cart).toEqual(before);
  });
});

describe('setLineQuantity', () => {
  it('sets, clamps to the cap, and removes at 0 or below', () => {
    const cart = cartOf(['A', 1], ['B', 2]);
    expect(skus(setLineQuantity(cart, 'B', 5))).toEqual(['Ax1', 'Bx5']);
    expect(skus(setLineQuantity(cart, 'B', 99))).toEqual(['Ax1', `Bx${maxQuantityPerLine}`]);
    expect(skus(setLineQuantity(cart, 'A', 0))).toEqual(['Bx2']);
    expect(skus(setLineQuantity(cart, 'A', -1))).toEqual(['Bx2']);
  });

  it('does not revive a SKU that is no longer in the cart, and returns the same cart when nothing changes', () => {
    const cart = cartOf(['A', 1]);
    expect(setLineQuantity(cart, 'GONE', 3)).toBe(cart);
    expect(setLineQuantity(cart, 'A', 1)).toBe(cart);
    expect(() => setLineQuantity(cart, 'A', 2.5)).toThrow(RangeError);
  });
});

describe('removeLine and restoreLine (undo)', () => {
  it('hands back the removed line and its index, and the undo puts it back in place', () => {
    const cart = cartOf(['A', 1], ['B', 2], ['C', 3]);
    const { cart: without, removed } = removeLine(cart, 'B');
    expect(skus(without)).toEqual(['Ax1', 'Cx3']);
    expect(removed).toEqual({ line: cart.lines[1], index: 1 });
    expect(restoreLine(without, removed!)).toEqual(cart);
  });

  it('reports nothing removed for an unknown SKU', () => {
    const cart = cartOf(['A', 1]);
    expect(removeLine(cart, 'X')).toEqual({ cart });
  });

  it('merges into a line the shopper re-added in the meantime instead of duplicating it', () => {
    const { cart: without, removed } = removeLine(cartOf(['A', 4], ['B', 1]), 'A');
    const readded = addToCart(without, 'A', 1, T0 + 5).cart;
    expect(skus(restoreLine(readded, removed!))).toEqual(['Bx1', 'Ax5']);
    const nearlyFull = setLineQuantity(readded, 'A', 9);
    expect(skus(restoreLine(nearlyFull, removed!))).toEqual(['Bx1', `Ax${maxQuantityPerLine}`]);
  });

  it('restores at the end when the cart shrank below the old index, and at the start for a negative one', () => {
    const { cart: without, removed } = removeLine(cartOf(['A', 1], ['B', 1], ['C', 1]), 'C');
    const shrunk = removeLine(removeLine(without, 'A').cart, 'B').cart;
    expect(skus(restoreLine(shrunk, removed!))).toEqual(['Cx1']);
    expect(skus(restoreLine(cartOf(['A', 1]), { line: removed!.line, index: -3 }))).toEqual(['Cx1', 'Ax1']);
  });
});

describe('clearCart, counts', () => {
  it('empties the cart and counts units, not lines', () => {
    const cart = cartOf(['A', 2], ['B', 3]);
    expect(cartItemCount(cart)).toBe(5);
    expect(cartQuantityOf(cart, 'B')).toBe(3);
    expect(cartQuantityOf(cart, 'Z')).toBe(0);
    expect(clearCart()).toEqual({ version: 1, lines: [] });
    expect(cartItemCount(clearCart())).toBe(0);
  });
});

describe('normalizeLines', () => {
  it('merges repeated SKUs, caps them, drops empty lines and keeps first-seen order and fields', () => {
    const lines = [
      { sku: 'A', quantity: 4, note: 'first' },
      { sku: 'B', quantity: 0, note: 'zero' },
      { sku: 'A', quantity: 9, note: 'second' },
      { sku: 'C', quantity: 11, note: 'big' },
    ];
    expect(normalizeLines(lines)).toEqual([
      { sku: 'A', quantity: maxQuantityPerLine, note: 'first' },
      { sku: 'C', quantity: maxQuantityPerLine, note: 'big' },
    ]);
  });

  it(`keeps at most ${maxCartLines} distinct lines`, () => {
    const many = Array.from({ length: maxCartLines + 5 }, (_, i) => ({ sku: `S${i}`, quantity: 1 }));
    expect(normalizeLines(many)).toHaveLength(maxCartLines);
  });
});
