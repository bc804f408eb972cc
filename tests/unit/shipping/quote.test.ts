import { describe, expect, it } from 'vitest';
import { shop } from '../../../src/config/shop.ts';
import { amountUntilFreeShipping, quoteShipping } from '../../../src/features/shipping/delivery-promise.ts';
import { money, zero } from '../../../src/lib/money.ts';

const { methods, freeShippingThresholdCents } = shop.shipping;

describe('quoteShipping', () => {
  it('offers the methods for a country in configuration order, at their price below the threshold', () => {
    const quotes = quoteShipping(methods, 'NL', 4999, freeShippingThresholdCents);
    expect(quotes.map((quote) => [quote.method.id, quote.price.amount, quote.free])).toEqual([
      ['standard', 495, false],
      ['evening', 695, false],
      ['pickup', 395, false],
    ]);
  });

  it('makes shipping free at exactly the threshold', () => {
    const quotes = quoteShipping(methods, 'NL', 5000, 5000);
    expect(quotes.every((quote) => quote.free && quote.price.amount === 0)).toBe(true);
    expect(quotes.map((quote) => quote.regularPrice.amount)).toEqual([495, 695, 395]);
    expect(quotes[0]?.price).toEqual(zero());
  });

  it('makes shipping free above the threshold too', () => {
    expect(quoteShipping(methods, 'BE', 12000, 5000).map((quote) => quote.price.amount)).toEqual([0, 0]);
  });

  it('filters by country', () => {
    expect(quoteShipping(methods, 'BE', 100, 5000).map((quote) => quote.method.id)).toEqual(['pickup', 'standard-be']);
    expect(quoteShipping(methods, 'DE', 100, 5000).map((quote) => [quote.method.id, quote.price])).toEqual([['standard-de', money(795)]]);
    expect(quoteShipping([], 'NL', 100, 5000)).toEqual([]);
  });

  it('treats a method that costs nothing as free', () => {
    const freePickup = { ...methods[0]!, id: 'store', priceCents: 0 };
    expect(quoteShipping([freePickup], 'NL', 100, 5000)[0]).toMatchObject({ free: true, price: zero() });
  });

  it('rejects amounts that are not whole cents', () => {
    expect(() => quoteShipping(methods, 'NL', 49.99, 5000)).toThrow(RangeError);
  });
});

describe('amountUntilFreeShipping', () => {
  it('says what is missing, and nothing once the threshold is reached', () => {
    expect(amountUntilFreeShipping(4495, 5000)).toEqual(money(505));
    expect(amountUntilFreeShipping(4999, 5000)).toEqual(money(1));
    expect(amountUntilFreeShipping(5000, 5000)).toEqual(zero());
    expect(amountUntilFreeShipping(7000, 5000)).toEqual(zero());
  });
});
