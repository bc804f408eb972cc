import { describe, expect, it } from 'vitest';
import { expectedArrival, type ArrivalRules } from '../../../src/features/orders/order-arrival.ts';

const rules: ArrivalRules = {
  methods: [{ id: 'standard', cutoff: '22:00', transitDays: 1, shipsOn: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }],
  holidays: [],
  timeZone: 'Europe/Amsterdam',
};
// Tuesday 2 June 2026, 10:00 in Amsterdam.
const tuesdayMorning = new Date('2026-06-02T08:00:00Z');

describe('expectedArrival', () => {
  it('promises the method’s day, counted from the payment', () => {
    const order = { status: 'paid' as const, shippingMethodId: 'standard', paidAt: tuesdayMorning };
    expect(expectedArrival(order, rules, 'nl', tuesdayMorning)).toBe('morgen in huis');
    expect(expectedArrival(order, rules, 'en', tuesdayMorning)).toBe('delivered tomorrow');
  });

  it('says nothing before payment, after shipping, for an unknown method or a day gone by', () => {
    expect(expectedArrival({ status: 'pending_payment', shippingMethodId: 'standard' }, rules, 'nl', tuesdayMorning)).toBeUndefined();
    expect(
      expectedArrival({ status: 'shipped', shippingMethodId: 'standard', paidAt: tuesdayMorning }, rules, 'nl', tuesdayMorning),
    ).toBeUndefined();
    expect(
      expectedArrival({ status: 'paid', shippingMethodId: 'drone', paidAt: tuesdayMorning }, rules, 'nl', tuesdayMorning),
    ).toBeUndefined();
    const weekLater = new Date('2026-06-09T08:00:00Z');
    expect(
      expectedArrival({ status: 'paid', shippingMethodId: 'standard', paidAt: tuesdayMorning }, rules, 'nl', weekLater),
    ).toBeUndefined();
  });
});
