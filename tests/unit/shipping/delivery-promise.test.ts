import { describe, expect, it } from 'vitest';
import { shop } from '../../../src/config/shop.ts';
import type { ShippingMethod } from '../../../src/config/shop.schema.ts';
import { weekdayOf } from '../../../src/lib/dates.ts';
import { deliveryPromise, type DeliveryRules } from '../../../src/features/shipping/delivery-promise.ts';
import { holidays } from '../../../src/features/shipping/holidays.ts';

function method(id: string): ShippingMethod {
  const found = shop.shipping.methods.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no method ${id} in the shop config`);
  return found;
}

const standard = method('standard'); // 22:00, 1 day, Mon-Sat
const evening = method('evening'); // 16:00, same evening, Mon-Fri
const pickup = method('pickup'); // 22:00, 2 days, Mon-Sat
const germany = method('standard-de'); // 18:00, 3 days, Mon-Fri
const everyDay: DeliveryRules = { cutoff: '22:00', transitDays: 1, shipsOn: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] };
const at = (iso: string): Date => new Date(iso);

// November 2026 is winter time (UTC+1): Tuesday 24th, Friday 27th, Saturday 28th, Sunday 29th.
describe('cut-off', () => {
  it('dispatches today before the cut-off and says how long is left', () => {
    expect(deliveryPromise(standard, at('2026-11-24T19:00:00Z'), { holidays })).toEqual({
      dispatchDate: '2026-11-24',
      deliveryDate: '2026-11-25',
      orderWithin: 120,
    });
  });

  it('rounds the time left down to whole minutes', () => {
    expect(deliveryPromise(standard, at('2026-11-24T19:58:59.999Z')).orderWithin).toBe(61);
    expect(deliveryPromise(standard, at('2026-11-24T19:59:00.001Z')).orderWithin).toBe(60);
    expect(deliveryPromise(standard, at('2026-11-24T20:59:30Z')).orderWithin).toBe(0);
  });

  it('dispatches the next ship day at and after the cut-off', () => {
    const atCutoff = deliveryPromise(standard, at('2026-11-24T21:00:00Z'), { holidays });
    expect(atCutoff).toEqual({ dispatchDate: '2026-11-25', deliveryDate: '2026-11-26' });
    expect('orderWithin' in atCutoff).toBe(false);
    expect(deliveryPromise(standard, at('2026-11-24T22:30:00Z'))).toEqual({ dispatchDate: '2026-11-25', deliveryDate: '2026-11-26' });
  });

  it('treats just after midnight in Amsterdam as the new day', () => {
    // 23:30 UTC on Monday is 00:30 on Tuesday: a full day to order.
    expect(deliveryPromise(standard, at('2026-11-23T23:30:00Z'))).toEqual({
      dispatchDate: '2026-11-24',
      deliveryDate: '2026-11-25',
      orderWithin: 21 * 60 + 30,
    });
  });

  it('delivers the same evening when transit is 0 days', () => {
    expect(deliveryPromise(evening, at('2026-11-24T14:00:00Z'))).toEqual({
      dispatchDate: '2026-11-24',
      deliveryDate: '2026-11-24',
      orderWithin: 60,
    });
    expect(deliveryPromise(evening, at('2026-11-24T15:00:00Z'))).toEqual({ dispatchDate: '2026-11-25', deliveryDate: '2026-11-25' });
  });

  it('counts several transit days', () => {
    expect(deliveryPromise(pickup, at('2026-11-24T09:00:00Z')).deliveryDate).toBe('2026-11-26');
  });
});

describe('weekends', () => {
  it('ships on Saturday for Saturday methods and delivers on Monday, never on Sunday', () => {
    expect(deliveryPromise(standard, at('2026-11-28T14:00:00Z'), { holidays })).toEqual({
      dispatchDate: '2026-11-28',
      deliveryDate: '2026-11-30',
      orderWithin: 420,
    });
  });

  it('moves a Friday-night order to Saturday dispatch and Monday delivery', () => {
    expect(deliveryPromise(standard, at('2026-11-27T22:00:00Z'))).toEqual({ dispatchDate: '2026-11-28', deliveryDate: '2026-11-30' });
  });

  it('holds a weekday-only method over the weekend', () => {
    expect(deliveryPromise(evening, at('2026-11-28T09:00:00Z'))).toEqual({ dispatchDate: '2026-11-30', deliveryDate: '2026-11-30' });
    expect(deliveryPromise(germany, at('2026-11-28T09:00:00Z'))).toEqual({ dispatchDate: '2026-11-30', deliveryDate: '2026-12-03' });
  });

  it('delivers on Saturday but skips Sunday within transit', () => {
    // Friday dispatch, 3 delivery days: Saturday, (Sunday skipped) Monday, Tuesday.
    expect(deliveryPromise(germany, at('2026-11-27T11:00:00Z'))).toEqual({
      dispatchDate: '2026-11-27',
      deliveryDate: '2026-12-01',
      orderWithin: 360,
    });
  });

  it('dispatches on Monday for an order on Sunday', () => {
    expect(deliveryPromise(standard, at('2026-11-29T11:00:00Z'))).toEqual({ dispatchDate: '2026-11-30', deliveryDate: '2026-12-01' });
  });

  it('lets a shop whose carrier delivers on other days say so', () => {
    expect(deliveryPromise(standard, at('2026-11-27T11:00:00Z'), { deliveryDays: ['mon', 'tue', 'wed', 'thu', 'fri'] }).deliveryDate).toBe(
      '2026-11-30',
    );
  });
});

describe('holidays', () => {
  it('lists Dutch holidays for 2026 and 2027, none of them on a Sunday by accident', () => {
    expect(holidays).toHaveLength(14);
    expect(holidays).toContain('2026-04-27'); // Koningsdag
    expect(holidays).toContain('2027-05-06'); // Hemelvaartsdag
    const sundays = holidays.filter((day) => weekdayOf(day) === 'sun');
    expect(sundays).toEqual(['2027-12-26']); // Tweede Kerstdag 2027 falls on a Sunday
    expect(holidays.filter((day) => weekdayOf(day) === 'mon')).toEqual(
      expect.arrayContaining(['2026-04-06', '2026-05-25', '2027-03-29', '2027-05-17']), // Easter and Whit Mondays
    );
  });

  it('neither dispatches nor delivers on a holiday', () => {
    // Koningsdag 2026 is Monday 27 April (summer time, UTC+2).
    expect(deliveryPromise(standard, at('2026-04-25T12:00:00Z'), { holidays })).toEqual({
      dispatchDate: '2026-04-25',
      deliveryDate: '2026-04-28',
      orderWithin: 480,
    });
    expect(deliveryPromise(standard, at('2026-04-27T08:00:00Z'), { holidays })).toEqual({
      dispatchDate: '2026-04-28',
      deliveryDate: '2026-04-29',
    });
    expect(deliveryPromise(standard, at('2026-04-26T12:00:00Z'), { holidays })).toEqual({
      dispatchDate: '2026-04-28',
      deliveryDate: '2026-04-29',
    });
  });

  it('ignores holidays it is not given', () => {
    expect(deliveryPromise(standard, at('2026-04-27T08:00:00Z'))).toMatchObject({ dispatchDate: '2026-04-27', deliveryDate: '2026-04-28' });
  });

  it('carries a Christmas Eve order over both Christmas days and the Sunday', () => {
    expect(deliveryPromise(standard, at('2026-12-24T10:00:00Z'), { holidays })).toMatchObject({
      dispatchDate: '2026-12-24',
      deliveryDate: '2026-12-28',
    });
    expect(deliveryPromise(standard, at('2026-12-24T22:00:00Z'), { holidays })).toEqual({
      dispatchDate: '2026-12-28',
      deliveryDate: '2026-12-29',
    });
  });
});

describe('daylight saving time', () => {
  it('uses the summer offset on the last Sunday of March', () => {
    // 19:30 UTC is 21:30 CEST: half an hour before the cut-off (on winter time it would be 20:30).
    expect(deliveryPromise(everyDay, at('2026-03-29T19:30:00Z'))).toEqual({
      dispatchDate: '2026-03-29',
      deliveryDate: '2026-03-30',
      orderWithin: 30,
    });
  });

  it('uses the winter offset on the last Sunday of October', () => {
    // 20:30 UTC is 21:30 CET: still before the cut-off (on summer time it would be 22:30, too late).
    expect(deliveryPromise(everyDay, at('2026-10-25T20:30:00Z'))).toEqual({
      dispatchDate: '2026-10-25',
      deliveryDate: '2026-10-26',
      orderWithin: 30,
    });
    expect(deliveryPromise(everyDay, at('2026-10-25T21:00:00Z'))).toEqual({ dispatchDate: '2026-10-26', deliveryDate: '2026-10-27' });
  });

  it('counts the 25-hour night in the time left', () => {
    // From 00:30 CEST on the autumn Sunday to 22:00 CET the clock moves 21.5 hours; 22.5 pass.
    expect(deliveryPromise(everyDay, at('2026-10-24T22:30:00Z')).orderWithin).toBe(22 * 60 + 30);
  });

  it('puts a Saturday-night order in the autumn DST weekend on Monday', () => {
    expect(deliveryPromise(standard, at('2026-10-24T19:30:00Z'), { holidays })).toEqual({
      dispatchDate: '2026-10-24',
      deliveryDate: '2026-10-26',
      orderWithin: 30,
    });
    expect(deliveryPromise(standard, at('2026-10-24T21:00:00Z'), { holidays })).toEqual({
      dispatchDate: '2026-10-26',
      deliveryDate: '2026-10-27',
    });
  });
});

describe('guards', () => {
  it('rejects an invalid now', () => {
    expect(() => deliveryPromise(standard, new Date(Number.NaN))).toThrow(RangeError);
  });

  it('stops when no day ever qualifies instead of looping', () => {
    expect(() => deliveryPromise(standard, at('2026-11-24T09:00:00Z'), { deliveryDays: [] })).toThrow(RangeError);
  });

  it('reads the clock in the zone it is given', () => {
    expect(deliveryPromise(standard, at('2026-11-24T21:30:00Z'), { timeZone: 'UTC' })).toMatchObject({
      dispatchDate: '2026-11-24',
      orderWithin: 30,
    });
  });
});
