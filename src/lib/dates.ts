/**
 * Dates for a shop that lives in one time zone. "Today", a cut-off time and a delivery day are
 * wall-clock notions of the shop's zone, not of the server (UTC in a container) or the
 * shopper's browser, so everything here takes the zone explicitly and uses Intl only: no date
 * library in the islands' JavaScript budget.
 *
 * Two kinds of value:
 * - an instant (Date): a moment, e.g. "now" or when an order was paid;
 * - a CalendarDate ('YYYY-MM-DD'): a day on the shop's calendar, e.g. a delivery date. It has no
 *   time and no zone, so it is formatted as-is and never shifts a day when crossing zones.
 */
import { localeTags, type Locale } from './i18n/locales.ts';

/** 'YYYY-MM-DD', a day on the shop's calendar. */
export type CalendarDate = string;
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type DateStyle = 'short' | 'medium' | 'long' | 'full';
export type TimeZoneOption = { timeZone?: string };

/**
 * The zone of src/config/shop.ts (shop.shipping.timeZone). A literal here because this module
 * runs in islands, which must not pull in the zod-validated config; server code of a shop in
 * another zone passes { timeZone: shop.shipping.timeZone }.
 */
export const defaultTimeZone = 'Europe/Amsterdam';

const dayMs = 86_400_000;
// Date#getUTCDay order.
const weekdays: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const shortWeekdays: Readonly<Record<string, Weekday>> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

export type ZonedParts = {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
  weekday: Weekday;
};

// Formatters are costly to build and these helpers run in loops (ship-day searches, lists).
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    // en-US with h23 gives ASCII digits and 0-23 hours (hour12: false can say "24" at midnight).
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

function assertValidInstant(instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
}

/** The wall-clock reading of an instant in a time zone. */
export function zonedParts(instant: Date, timeZone: string = defaultTimeZone): ZonedParts {
  assertValidInstant(instant);
  const parts: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const weekday = shortWeekdays[parts['weekday'] ?? ''];
  if (!weekday) throw new RangeError(`Unexpected weekday from Intl: ${String(parts['weekday'])}`);
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
    weekday,
  };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function calendarDateFromUtc(ms: number): CalendarDate {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The shop-calendar day an instant falls on: 2026-10-24T22:30Z is '2026-10-25' in Amsterdam. */
export function toCalendarDate(instant: Date, timeZone: string = defaultTimeZone): CalendarDate {
  const { year, month, day } = zonedParts(instant, timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a calendar date, as a day number to do calendar arithmetic on. */
function utcMidnight(date: CalendarDate): number {
  const match = calendarDatePattern.exec(date);
  if (match) {
    const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    // Date.UTC rolls 2026-02-30 over into March; a real date survives the round trip.
    if (calendarDateFromUtc(ms) === date) return ms;
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  try {
    utcMidnight(value);
    return true;
  } catch {
    return false;
  }
}

/** Calendar arithmetic: always whole days, whatever the clocks do (DST has no say here). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Days must be a whole number, got ${String(days)}`);
  return calendarDateFromUtc(utcMidnight(date) + days * dayMs);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / dayMs);
}

export function weekdayOf(date: CalendarDate): Weekday {
  const weekday = weekdays[new Date(utcMidnight(date)).getUTCDay()];
  if (!weekday) throw new RangeError(`No weekday for ${date}`);
  return weekday;
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant (+2 h in Amsterdam summer). */
function offsetMs(instantMs: number, timeZone: string): number {
  const p = zonedParts(new Date(instantMs), timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (instantMs - (((instantMs % 1000) + 1000) % 1000));
}

/**
 * The instant the zone's clock shows `time` ('HH:MM') on `date`, e.g. a cut-off moment.
 * Around DST it follows the usual "compatible" rule: a time skipped in spring (02:30 on the
 * last Sunday of March) moves forward to the same clock distance after the jump (03:30), and a
 * time that occurs twice in autumn is its first occurrence.
 */
export function zonedTimeToInstant(date: CalendarDate, time: string, timeZone: string = defaultTimeZone): Date {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`Not a time (HH:MM): ${time}`);
  const wall = utcMidnight(date) + (Number(match[1]) * 60 + Number(match[2])) * 60_000;
  // A zone changes offset at most once around a given day: try the offsets on either side.
  const before = offsetMs(wall - dayMs, timeZone);
  const after = offsetMs(wall + dayMs, timeZone);
  const valid = [wall - before, wall - after].filter((candidate) => candidate + offsetMs(candidate, timeZone) === wall);
  if (valid.length === 0) return new Date(wall - before); // in the spring gap
  return new Date(Math.min(...valid));
}

// One formatter per (locale, zone, pattern); see partsFormatters.
const displayFormatters = new Map<string, Intl.DateTimeFormat>();

function displayFormatter(locale: Locale, timeZone: string, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${name}`;
  let formatter = displayFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeTags[locale], { ...options, timeZone });
    displayFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A calendar date is formatted at its own noon in UTC, so it is the same day everywhere; an
 * instant is formatted in the shop's zone.
 */
function formatIn(date: Date | CalendarDate, locale: Locale, timeZone: string, name: string, options: Intl.DateTimeFormatOptions): string {
  if (typeof date === 'string') {
    return displayFormatter(locale, 'UTC', name, options).format(new Date(utcMidnight(date) + dayMs / 2));
  }
  assertValidInstant(date);
  return displayFormatter(locale, timeZone, name, options).format(date);
}

/**
 * short "24-11-2026" / "24/11/2026", medium "24 nov 2026" / "24 Nov 2026",
 * long "24 november 2026" / "24 November 2026", full "dinsdag 24 november 2026" / "Tuesday, 24 November 2026".
 */
export function formatDate(date: Date | CalendarDate, locale: Locale, style: DateStyle = 'long', options: TimeZoneOption = {}): string {
  return formatIn(date, locale, options.timeZone ?? defaultTimeZone, `date-${style}`, { dateStyle: style });
}

/** "dinsdag 24 november" / "Tuesday 24 November": a day this year, as a delivery promise says it. */
export function formatDayMonth(date: Date | CalendarDate, locale: Locale, options: TimeZoneOption = {}): string {
  return formatIn(date, locale, options.timeZone ?? defaultTimeZone, 'day-month', { weekday: 'long', day: 'numeric', month: 'long' });
}

/** "21:05" in both locales (24-hour clock), in the shop's zone. */
export function formatTime(instant: Date, locale: Locale, options: TimeZoneOption = {}): string {
  return formatIn(instant, locale, options.timeZone ?? defaultTimeZone, 'time-short', { timeStyle: 'short' });
}

function toCalendar(date: Date | CalendarDate, timeZone: string): CalendarDate {
  if (typeof date === 'string') {
    utcMidnight(date); // validates
    return date;
  }
  return toCalendarDate(date, timeZone);
}

const relativeFormatters = new Map<Locale, Intl.RelativeTimeFormat>();

/**
 * "gisteren" / "vandaag" / "morgen" ("yesterday" / "today" / "tomorrow") when `date` is within a
 * day of `now` on the shop's calendar, otherwise undefined. Further out a date reads better
 * than "in 3 dagen", and English has no word for "overmorgen".
 */
export function relativeDayName(date: Date | CalendarDate, locale: Locale, now: Date, options: TimeZoneOption = {}): string | undefined {
  const timeZone = options.timeZone ?? defaultTimeZone;
  const days = daysBetween(toCalendarDate(now, timeZone), toCalendar(date, timeZone));
  if (Math.abs(days) > 1) return undefined;
  let formatter = relativeFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(localeTags[locale], { numeric: 'auto' });
    relativeFormatters.set(locale, formatter);
  }
  return formatter.format(days, 'day');
}

/** "morgen" / "tomorrow" when near, else "dinsdag 24 november" / "Tuesday 24 November". */
export function formatRelativeDay(date: Date | CalendarDate, locale: Locale, now: Date, options: TimeZoneOption = {}): string {
  return relativeDayName(date, locale, now, options) ?? formatDayMonth(toCalendar(date, options.timeZone ?? defaultTimeZone), locale);
}
