import { describe, expect, it } from 'vitest';
import { discountPercent, productPrice } from '../../../src/features/catalog/product-price.ts';
import { noRatings, summarizeRatings } from '../../../src/features/catalog/rating.ts';
import { money } from '../../../src/lib/money.ts';

describe('summarizeRatings', () => {
  it('has no average without reviews', () => {
    expect(summarizeRatings([])).toEqual(noRatings);
  });

  it('counts per star and rounds the mean to one decimal', () => {
    const summary = summarizeRatings([{ rating: 5 }, { rating: 4 }, { rating: 4 }, { rating: 1 }]);
    expect(summary).toEqual({ count: 4, average: 3.5, distribution: [1, 0, 0, 2, 1] });
    expect(summarizeRatings([{ rating: 5 }, { rating: 4 }, { rating: 4 }]).average).toBe(4.3);
  });
});

describe('productPrice', () => {
  it('shows the cheapest variant and whether prices vary', () => {
    const price = productPrice([{ priceCents: 8995 }, { priceCents: 7995 }, { priceCents: 8995 }]);
    expect(price.price).toEqual(money(7995));
    expect(price.highest).toEqual(money(8995));
    expect(price.varies).toBe(true);
    expect(price.compareAt).toBeUndefined();
  });

  it('carries the former price of the cheapest variant only when it is higher', () => {
    expect(productPrice([{ priceCents: 5995, compareAtPriceCents: 7495 }]).compareAt).toEqual(money(7495));
    expect(productPrice([{ priceCents: 5995, compareAtPriceCents: 5995 }]).compareAt).toBeUndefined();
    expect(productPrice([{ priceCents: 5995 }, { priceCents: 4995, compareAtPriceCents: 6995 }]).compareAt).toEqual(money(6995));
  });

  it('refuses a product without variants', () => {
    expect(() => productPrice([])).toThrow(/at least one variant/);
  });
});

describe('discountPercent', () => {
  it('rounds down so a badge never overstates the discount', () => {
    expect(discountPercent(money(7995), money(9995))).toBe(20);
    expect(discountPercent(money(6667), money(10000))).toBe(33);
    expect(discountPercent(money(100), money(100))).toBe(0);
  });
});
