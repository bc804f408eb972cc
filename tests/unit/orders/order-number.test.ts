import { describe, expect, it } from 'vitest';
import { generateOrderNumber, normalizeOrderNumber, orderNumberAlphabet } from '../../../src/features/orders/order-number.ts';

describe('order numbers', () => {
  it('look like PB-7K3M9Q and use no look-alike characters', () => {
    for (let i = 0; i < 200; i++) expect(generateOrderNumber()).toMatch(/^PB-[34679ACDEFGHJKMNPQRTWXY]{6}$/);
    for (const lookAlike of ['0', 'O', '1', 'I', 'L', '5', 'S', '2', 'Z', '8', 'B', 'U', 'V']) {
      expect(orderNumberAlphabet).not.toContain(lookAlike);
    }
    expect(generateOrderNumber('KS', () => 0)).toBe('KS-333333');
  });

  it('are random enough not to repeat in a day of orders', () => {
    const numbers = new Set(Array.from({ length: 5000 }, () => generateOrderNumber()));
    expect(numbers.size).toBeGreaterThan(4990);
  });

  it('normalise what a shopper types, and refuse what cannot be one', () => {
    expect(normalizeOrderNumber(' pb-7k3m9q ')).toBe('PB-7K3M9Q');
    expect(normalizeOrderNumber('PB-7K3M9')).toBeUndefined();
    expect(normalizeOrderNumber('PB-0K3M9Q')).toBeUndefined();
    expect(normalizeOrderNumber("PB-7K3M9Q' or 1=1")).toBeUndefined();
  });
});
