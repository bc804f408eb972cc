import { describe, expect, it } from 'vitest';
import {
  add,
  allocate,
  compare,
  equals,
  excludingVat,
  formatMoney,
  isMoney,
  isNegative,
  isPositive,
  isZero,
  max,
  min,
  money,
  multiply,
  negate,
  percentOf,
  subtract,
  sum,
  toDecimalString,
  vatIncluded,
  zero,
  type Money,
} from '../../src/lib/money.ts';

const amounts = (items: readonly Money[]): number[] => items.map((item) => item.amount);
// Intl separates the euro sign from the amount with a no-break space in Dutch.
const nbsp = '\u00a0';

describe('money()', () => {
  it('holds whole cents with a currency', () => {
    expect(money(1295)).toEqual({ amount: 1295, currency: 'EUR' });
    expect(money(-500)).toEqual({ amount: -500, currency: 'EUR' });
    expect(zero()).toEqual({ amount: 0, currency: 'EUR' });
  });

  it('rejects fractions, NaN, Infinity and unsafe integers', () => {
    expect(() => money(12.5)).toThrow(RangeError);
    expect(() => money(0.1 + 0.2)).toThrow(RangeError);
    expect(() => money(Number.NaN)).toThrow(RangeError);
    expect(() => money(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => money(2 ** 53)).toThrow(RangeError);
  });

  it('turns -0 into 0', () => {
    expect(Object.is(money(-0).amount, 0)).toBe(true);
    expect(Object.is(negate(zero()).amount, 0)).toBe(true);
  });

  it('recognises money that crossed a boundary', () => {
    expect(isMoney({ amount: 100, currency: 'EUR' })).toBe(true);
    expect(isMoney({ amount: 1.5, currency: 'EUR' })).toBe(false);
    expect(isMoney({ amount: 100, currency: 'USD' })).toBe(false);
    expect(isMoney({ amount: 100, currency: 'toString' })).toBe(false);
    expect(isMoney(null)).toBe(false);
    expect(isMoney(100)).toBe(false);
  });
});

describe('arithmetic', () => {
  it('adds, subtracts and negates', () => {
    expect(add(money(1295), money(495))).toEqual(money(1790));
    expect(subtract(money(495), money(1295))).toEqual(money(-800));
    expect(negate(money(1295))).toEqual(money(-1295));
  });

  it('multiplies by whole quantities only', () => {
    expect(multiply(money(1295), 3)).toEqual(money(3885));
    expect(multiply(money(1295), 0)).toEqual(money(0));
    expect(multiply(money(1295), -2)).toEqual(money(-2590));
    expect(() => multiply(money(1295), 1.5)).toThrow(RangeError);
    expect(() => multiply(money(1295), Number.NaN)).toThrow(RangeError);
  });

  it('sums a list, including the empty one', () => {
    expect(sum([money(100), money(250), money(-50)])).toEqual(money(300));
    expect(sum([])).toEqual(zero());
  });

  it('refuses to mix currencies', () => {
    const foreign = { amount: 100, currency: 'USD' } as unknown as Money;
    expect(() => add(money(100), foreign)).toThrow(TypeError);
    expect(() => compare(money(100), foreign)).toThrow(TypeError);
    expect(equals(money(100), foreign)).toBe(false);
  });
});

describe('percentOf (half-up, away from zero)', () => {
  it('rounds exact halves away from zero', () => {
    expect(percentOf(money(250), 21)).toEqual(money(53)); // 52.5
    expect(percentOf(money(-250), 21)).toEqual(money(-53));
    expect(percentOf(money(150), 1)).toEqual(money(2)); // 1.5
    expect(percentOf(money(50), 1)).toEqual(money(1)); // 0.5
    expect(percentOf(money(-50), 1)).toEqual(money(-1));
  });

  it('rounds just below a half down', () => {
    expect(percentOf(money(149), 1)).toEqual(money(1)); // 1.49
    expect(percentOf(money(1005), 21)).toEqual(money(211)); // 211.05
    expect(percentOf(money(1999), 15)).toEqual(money(300)); // 299.85
  });

  it('is exact where binary floats are not', () => {
    // In floating point 1500 * 2.3 / 100 is 34.49999999999999 and 500 * 0.007 is 3.4999999999999996.
    expect(percentOf(money(1500), 2.3)).toEqual(money(35));
    expect(percentOf(money(500), 0.7)).toEqual(money(4));
    expect(percentOf(money(201), 50)).toEqual(money(101)); // 100.5
    expect(percentOf(money(10), 5.5)).toEqual(money(1)); // 0.55
    expect(percentOf(money(1000), 12.5)).toEqual(money(125));
    expect(percentOf(money(1), 50)).toEqual(money(1)); // 0.5
    expect(percentOf(money(3), 50)).toEqual(money(2)); // 1.5, half-up not half-even
  });

  it('handles 0 and 100 percent', () => {
    expect(percentOf(money(1295), 0)).toEqual(zero());
    expect(percentOf(money(1295), 100)).toEqual(money(1295));
  });

  it('rejects percentages that are not plain numbers', () => {
    expect(() => percentOf(money(100), Number.NaN)).toThrow(RangeError);
    expect(() => percentOf(money(100), Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('VAT included in a consumer price', () => {
  it('finds the VAT part of a gross price', () => {
    expect(vatIncluded(money(1210), 21)).toEqual(money(210));
    expect(vatIncluded(money(12100), 21)).toEqual(money(2100));
    expect(vatIncluded(money(109), 9)).toEqual(money(9));
    expect(vatIncluded(money(1295), 0)).toEqual(zero());
  });

  it('rounds the VAT part half-up', () => {
    expect(vatIncluded(money(1295), 21)).toEqual(money(225)); // 224.75
    expect(vatIncluded(money(1000), 21)).toEqual(money(174)); // 173.55
    expect(vatIncluded(money(100), 21)).toEqual(money(17)); // 17.36
    expect(vatIncluded(money(1), 21)).toEqual(money(0)); // 0.17
    expect(vatIncluded(money(3), 21)).toEqual(money(1)); // 0.52
    // 121 * 21 / 121 = 21 exactly, 605 at 21% is 105 exactly: no drift on round prices.
    expect(vatIncluded(money(605), 21)).toEqual(money(105));
  });

  it('mirrors refunds exactly', () => {
    for (const cents of [1, 3, 1295, 4999, 5000, 12345]) {
      expect(vatIncluded(money(-cents), 21)).toEqual(negate(vatIncluded(money(cents), 21)));
    }
  });

  it('splits gross into net and VAT without losing a cent', () => {
    for (const cents of [1, 99, 1295, 4995, 100001]) {
      const gross = money(cents);
      expect(add(excludingVat(gross, 21), vatIncluded(gross, 21))).toEqual(gross);
    }
    expect(excludingVat(money(1210), 21)).toEqual(money(1000));
  });

  it('rejects negative rates', () => {
    expect(() => vatIncluded(money(100), -21)).toThrow(RangeError);
  });
});

describe('allocate (largest remainder)', () => {
  it('spreads a discount proportionally and sums exactly', () => {
    const parts = allocate(money(1000), [1295, 2995, 4995]);
    expect(amounts(parts)).toEqual([139, 323, 538]);
    expect(sum(parts)).toEqual(money(1000));
  });

  it('gives the leftover cents to the largest remainders, ties to the earlier line', () => {
    expect(amounts(allocate(money(100), [1, 1, 1]))).toEqual([34, 33, 33]);
    expect(amounts(allocate(money(2), [1, 1, 1]))).toEqual([1, 1, 0]);
    expect(amounts(allocate(money(5), [3, 7]))).toEqual([2, 3]); // 1.5 / 3.5: the tie goes first
    expect(amounts(allocate(money(10), [1, 2, 3]))).toEqual([2, 3, 5]); // 1.67 / 3.33 / 5
  });

  it('never gives a cent to a zero weight nor more than a weight', () => {
    const weights = [0, 333, 0, 667, 1];
    const parts = allocate(money(1001), weights);
    expect(amounts(parts)).toEqual([0, 333, 0, 667, 1]);
    const lineAmounts = [1, 1, 1, 997];
    const discount = allocate(money(999), lineAmounts);
    discount.forEach((part, index) => expect(part.amount).toBeLessThanOrEqual(lineAmounts[index] ?? 0));
    expect(sum(discount)).toEqual(money(999));
  });

  it('allocates negative totals (refunds) symmetrically', () => {
    const parts = allocate(money(-1000), [1295, 2995, 4995]);
    expect(amounts(parts)).toEqual([-139, -323, -538]);
    expect(sum(parts)).toEqual(money(-1000));
  });

  it('sums exactly over many awkward splits', () => {
    for (let total = -37; total <= 1013; total += 7) {
      for (const weights of [[1], [1, 1], [3, 3, 3], [1, 2, 3, 4, 5, 6, 7], [999, 1], [0, 5, 0]]) {
        expect(sum(allocate(money(total), weights)).amount).toBe(total);
      }
    }
  });

  it('returns zeros for a zero total and rejects meaningless weights', () => {
    expect(amounts(allocate(zero(), [5, 10]))).toEqual([0, 0]);
    expect(() => allocate(money(100), [])).toThrow(RangeError);
    expect(() => allocate(money(100), [0, 0])).toThrow(RangeError);
    expect(() => allocate(money(100), [-1, 2])).toThrow(RangeError);
    expect(() => allocate(money(100), [1.5, 2])).toThrow(RangeError);
  });
});

describe('comparison', () => {
  it('compares and tests signs', () => {
    expect(compare(money(100), money(200))).toBe(-1);
    expect(compare(money(200), money(200))).toBe(0);
    expect(compare(money(300), money(200))).toBe(1);
    expect(equals(money(5), money(5))).toBe(true);
    expect(equals(money(5), money(6))).toBe(false);
    expect(isZero(zero())).toBe(true);
    expect(isPositive(money(1))).toBe(true);
    expect(isNegative(money(-1))).toBe(true);
    expect(isPositive(zero()) || isNegative(zero())).toBe(false);
    expect(min(money(5), money(-5))).toEqual(money(-5));
    expect(max(money(5), money(-5))).toEqual(money(5));
  });
});

describe('formatting', () => {
  it('formats Dutch with a no-break space and a decimal comma', () => {
    expect(formatMoney(money(1295), 'nl')).toBe(`€${nbsp}12,95`);
    expect(formatMoney(money(123450), 'nl')).toBe(`€${nbsp}1.234,50`);
    expect(formatMoney(zero(), 'nl')).toBe(`€${nbsp}0,00`);
    expect(formatMoney(money(-1295), 'nl')).toBe(`€${nbsp}-12,95`);
    expect(formatMoney(money(5), 'nl')).toBe(`€${nbsp}0,05`);
  });

  it('formats British English with the sign attached', () => {
    expect(formatMoney(money(1295), 'en')).toBe('€12.95');
    expect(formatMoney(money(123450), 'en')).toBe('€1,234.50');
    expect(formatMoney(zero(), 'en')).toBe('€0.00');
    expect(formatMoney(money(-1295), 'en')).toBe('-€12.95');
  });

  it('formats large amounts exactly', () => {
    expect(formatMoney(money(9_007_199_254_740_991), 'en')).toBe('€90,071,992,547,409.91');
  });

  it('drops ",00" on request only', () => {
    expect(formatMoney(money(5000), 'nl', { stripZeroCents: true })).toBe(`€${nbsp}50`);
    expect(formatMoney(money(5000), 'en', { stripZeroCents: true })).toBe('€50');
    expect(formatMoney(money(5050), 'nl', { stripZeroCents: true })).toBe(`€${nbsp}50,50`);
    expect(formatMoney(money(5000), 'nl')).toBe(`€${nbsp}50,00`);
  });

  it('gives a plain decimal string for structured data', () => {
    expect(toDecimalString(money(1295))).toBe('12.95');
    expect(toDecimalString(money(5))).toBe('0.05');
    expect(toDecimalString(money(-50))).toBe('-0.50');
    expect(toDecimalString(zero())).toBe('0.00');
    expect(toDecimalString(money(100000))).toBe('1000.00');
  });
});
