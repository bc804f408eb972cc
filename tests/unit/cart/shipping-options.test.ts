import { describe, expect, it } from 'vitest';
import { defaultShippingMethodId, shippingCountries, shippingOptions } from '../../../src/features/cart/shipping-options.ts';
import { money } from '../../../src/lib/money.ts';
import { rules } from './fixtures.ts';

// Tuesday 10:00 in Amsterdam: before every cut-off (22:00).
const now = new Date('2026-06-16T08:00:00Z');

describe('shipping options of a cart', () => {
  it('lists the countries the methods ship to, in configuration order', () => {
    expect(shippingCountries(rules)).toEqual(['NL', 'BE']);
  });

  it('defaults to the cheapest method, and to the first one once shipping is free', () => {
    expect(defaultShippingMethodId(rules, 'NL', 2000)).toBe('pickup');
    expect(defaultShippingMethodId(rules, 'NL', 5000)).toBe('standard');
    expect(defaultShippingMethodId(rules, 'BE', 2000)).toBe('pickup');
    expect(defaultShippingMethodId(rules, 'DE', 2000)).toBeUndefined();
  });

  it('prices each method for the goods and dates its delivery from now', () => {
    const options = shippingOptions(rules, 'NL', 2000, now, { timeZone: 'Europe/Amsterdam' });
    expect(options.map((option) => [option.methodId, option.price, option.free])).toEqual([
      ['standard', money(495), false],
      ['pickup', money(395), false],
    ]);
    expect(options[0]).toMatchObject({ dispatchDate: '2026-06-16', deliveryDate: '2026-06-17', cutoff: '22:00', orderWithin: 720 });
  });

  it('makes every method free from the threshold, keeping the regular price to strike through', () => {
    const options = shippingOptions(rules, 'NL', 5000, now);
    expect(options.every((option) => option.free && option.price.amount === 0)).toBe(true);
    expect(options[0]?.regularPrice).toEqual(money(495));
  });

  it('skips days off when dating a delivery', () => {
    const [standard] = shippingOptions(rules, 'NL', 0, now, { holidays: ['2026-06-17'] });
    expect(standard?.deliveryDate).toBe('2026-06-18');
  });
});
