import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  defaultTimeZone,
  formatDate,
  formatDayMonth,
  formatRelativeDay,
  formatTime,
  isCalendarDate,
  relativeDayName,
  toCalendarDate,
  weekdayOf,
  zonedParts,
  zonedTimeToInstant,
} from '../../src/lib/dates.ts';
import { shop } from '../../src/config/shop.ts';

const at = (iso: string): Date => new Date(iso);

describe('time zone', () => {
  // The default is a literal so islands need not import the config; a shop in another zone
  // passes { timeZone: shop.shipping.timeZone }, and this test says so when they differ.
  it('defaults to the zone of the shop configuration', () => {
    expect(defaultTimeZone).toBe(shop.shipping.timeZone);
  });
});

describe('zonedParts', () => {
  it('reads the Amsterdam wall clock in winter (UTC+1) and summer (UTC+2)', () => {
    expect(zonedParts(at('2026-01-15T12:34:56Z'))).toEqual({
      year: 2026,
      month: 1,
      day: 15,
      hour: 13,
      minute: 34,
      second: 56,
      weekday: 'thu',
    });
    expect(zonedParts(at('2026-07-15T12:00:00Z'))).toEqual({
      year: 2026,
      month: 7,
      day: 15,
      hour: 14,
      minute: 0,
      second: 0,
      weekday: 'wed',
    });
  });

  it('says 0, not 24, at midnight', () => {
    expect(zonedParts(at('2026-01-14T23:00:00Z')).hour).toBe(0);
  });

  it('jumps from 01:59:59 to 03:00 on the last Sunday of March', () => {
    expect(zonedParts(at('2026-03-29T00:59:59Z'))).toMatchObject({ day: 29, hour: 1, minute: 59, second: 59 });
    expect(zonedParts(at('2026-03-29T01:00:00Z'))).toMatchObject({ day: 29, hour: 3, minute: 0 });
  });

  it('repeats 02:00-03:00 on the last Sunday of October', () => {
    expect(zonedParts(at('2026-10-25T00:30:00Z'))).toMatchObject({ day: 25, hour: 2, minute: 30 });
    expect(zonedParts(at('2026-10-25T01:30:00Z'))).toMatchObject({ day: 25, hour: 2, minute: 30 });
  });

  it('works in another zone', () => {
    expect(zonedParts(at('2026-01-15T12:00:00Z'), 'America/New_York')).toMatchObject({ hour: 7, day: 15 });
  });

  it('rejects an invalid Date', () => {
    expect(() => zonedParts(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('calendar dates', () => {
  it('puts an instant on the shop calendar, not the UTC one', () => {
    expect(toCalendarDate(at('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    expect(toCalendarDate(at('2026-11-23T22:59:59Z'))).toBe('2026-11-23');
    // Saturday 23:30 UTC in summer time is already Sunday in Amsterdam.
    expect(toCalendarDate(at('2026-10-24T22:30:00Z'))).toBe('2026-10-25');
    expect(toCalendarDate(at('2026-11-23T23:30:00Z'), 'UTC')).toBe('2026-11-23');
  });

  it('validates YYYY-MM-DD and real days', () => {
    expect(isCalendarDate('2026-11-24')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-5')).toBe(false);
    expect(isCalendarDate('2026-11-24T00:00:00Z')).toBe(false);
    expect(isCalendarDate(20261124)).toBe(false);
  });

  it('adds calendar days across month, year and DST boundaries', () => {
    expect(addDays('2026-11-24', 1)).toBe('2026-11-25');
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-10-26', -2)).toBe('2026-10-24');
    expect(addDays('2026-11-24', 0)).toBe('2026-11-24');
    expect(() => addDays('2026-11-24', 0.5)).toThrow(RangeError);
    expect(() => addDays('24-11-2026', 1)).toThrow(RangeError);
  });

  it('counts days between dates, over DST changes too', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-11-24', '2026-11-20')).toBe(-4);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('knows the weekday', () => {
    expect(weekdayOf('2026-11-24')).toBe('tue');
    expect(weekdayOf('2026-03-29')).toBe('sun');
    expect(weekdayOf('2026-10-24')).toBe('sat');
  });
});

describe('zonedTimeToInstant', () => {
  it('maps a wall-clock time to the right instant in winter and summer', () => {
    expect(zonedTimeToInstant('2026-01-15', '22:00').toISOString()).toBe('2026-01-15T21:00:00.000Z');
    expect(zonedTimeToInstant('2026-07-15', '22:00').toISOString()).toBe('2026-07-15T20:00:00.000Z');
    expect(zonedTimeToInstant('2026-07-15', '00:00').toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('uses the new offset later on the DST days themselves', () => {
    expect(zonedTimeToInstant('2026-03-29', '01:00').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(zonedTimeToInstant('2026-03-29', '22:00').toISOString()).toBe('2026-03-29T20:00:00.000Z');
    expect(zonedTimeToInstant('2026-10-25', '01:00').toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(zonedTimeToInstant('2026-10-25', '22:00').toISOString()).toBe('2026-10-25T21:00:00.000Z');
  });

  it('moves a skipped time forward and takes the first of a repeated time', () => {
    // 02:30 does not exist on 29 March 2026: the clock reads 03:30 an hour after 01:30.
    expect(zonedTimeToInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on 25 October 2026: first in summer time.
    expect(zonedTimeToInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('rejects malformed times', () => {
    expect(() => zonedTimeToInstant('2026-01-15', '24:00')).toThrow(RangeError);
    expect(() => zonedTimeToInstant('2026-01-15', '9:00')).toThrow(RangeError);
  });
});

describe('formatting', () => {
  const tuesdayMorning = at('2026-11-24T09:00:00Z');

  it('formats dates in every style and both locales', () => {
    expect(formatDate('2026-11-24', 'nl', 'short')).toBe('24-11-2026');
    expect(formatDate('2026-11-24', 'en', 'short')).toBe('24/11/2026');
    expect(formatDate('2026-11-24', 'nl', 'medium')).toBe('24 nov 2026');
    expect(formatDate('2026-11-24', 'en', 'medium')).toBe('24 Nov 2026');
    expect(formatDate('2026-11-24', 'nl')).toBe('24 november 2026');
    expect(formatDate('2026-11-24', 'en')).toBe('24 November 2026');
    expect(formatDate('2026-11-24', 'nl', 'full')).toBe('dinsdag 24 november 2026');
    expect(formatDate('2026-11-24', 'en', 'full')).toBe('Tuesday, 24 November 2026');
  });

  it('formats an instant on the shop calendar, whatever the server zone', () => {
    // 23:30 UTC on the 23rd is already the 24th in Amsterdam.
    expect(formatDate(at('2026-11-23T23:30:00Z'), 'nl')).toBe('24 november 2026');
    expect(formatDate(at('2026-11-23T23:30:00Z'), 'en', 'long', { timeZone: 'UTC' })).toBe('23 November 2026');
  });

  it('formats a day and month the way a delivery promise says it', () => {
    expect(formatDayMonth('2026-11-24', 'nl')).toBe('dinsdag 24 november');
    expect(formatDayMonth('2026-11-24', 'en')).toBe('Tuesday 24 November');
    expect(formatDayMonth(at('2026-10-24T22:30:00Z'), 'nl')).toBe('zondag 25 oktober');
  });

  it('formats times on a 24-hour clock in the shop zone', () => {
    expect(formatTime(at('2026-11-24T20:05:00Z'), 'nl')).toBe('21:05');
    expect(formatTime(at('2026-11-24T20:05:00Z'), 'en')).toBe('21:05');
    expect(formatTime(at('2026-07-24T20:05:00Z'), 'en')).toBe('22:05');
  });

  it('names today and tomorrow, and leaves further days to a date', () => {
    expect(relativeDayName('2026-11-24', 'nl', tuesdayMorning)).toBe('vandaag');
    expect(relativeDayName('2026-11-25', 'nl', tuesdayMorning)).toBe('morgen');
    expect(relativeDayName('2026-11-23', 'nl', tuesdayMorning)).toBe('gisteren');
    expect(relativeDayName('2026-11-24', 'en', tuesdayMorning)).toBe('today');
    expect(relativeDayName('2026-11-25', 'en', tuesdayMorning)).toBe('tomorrow');
    expect(relativeDayName('2026-11-26', 'en', tuesdayMorning)).toBeUndefined();
    expect(formatRelativeDay('2026-11-25', 'nl', tuesdayMorning)).toBe('morgen');
    expect(formatRelativeDay('2026-11-26', 'nl', tuesdayMorning)).toBe('donderdag 26 november');
    expect(formatRelativeDay('2026-11-26', 'en', tuesdayMorning)).toBe('Thursday 26 November');
  });

  it('decides "today" on the shop clock, also just after midnight there', () => {
    const justAfterMidnight = at('2026-11-23T23:15:00Z'); // 00:15 on Tuesday in Amsterdam
    expect(relativeDayName('2026-11-24', 'nl', justAfterMidnight)).toBe('vandaag');
    expect(relativeDayName(at('2026-11-25T10:00:00Z'), 'en', justAfterMidnight)).toBe('tomorrow');
  });
});
