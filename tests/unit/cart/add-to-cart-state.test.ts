import { describe, expect, it } from 'vitest';
import { addBlockReason, roomToAdd } from '../../../src/features/cart/add-to-cart-state.ts';
import { maxQuantityPerLine } from '../../../src/features/cart/cart-lines.ts';

describe('when the add-to-cart button can add', () => {
  it('asks for a size first', () => {
    expect(addBlockReason({ needsSize: true, sku: undefined, available: undefined, inCart: 0 })).toBe('chooseSize');
  });

  it('says sold out per size, or per colour for one-size products', () => {
    expect(addBlockReason({ needsSize: true, sku: 'A', available: 0, inCart: 0 })).toBe('variantSoldOut');
    expect(addBlockReason({ needsSize: false, sku: 'A', available: 0, inCart: 0 })).toBe('colorSoldOut');
  });

  it('does not wait for stock: a slow stock call must not cost a sale', () => {
    expect(addBlockReason({ needsSize: true, sku: 'A', available: undefined, inCart: 0 })).toBeUndefined();
    expect(roomToAdd({ available: undefined, inCart: 3 })).toBe(maxQuantityPerLine - 3);
  });

  it('stops at the stock and at the per-line cap, counting what is in the cart', () => {
    expect(addBlockReason({ needsSize: false, sku: 'A', available: 2, inCart: 2 })).toBe('allInCart');
    expect(addBlockReason({ needsSize: false, sku: 'A', available: 50, inCart: maxQuantityPerLine })).toBe('maxInCart');
    expect(roomToAdd({ available: 5, inCart: 2 })).toBe(3);
    expect(roomToAdd({ available: 50, inCart: 8 })).toBe(maxQuantityPerLine - 8);
    expect(roomToAdd({ available: 1, inCart: 4 })).toBe(0);
  });
});
