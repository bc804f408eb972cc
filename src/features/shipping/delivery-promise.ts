/**
 * When an order leaves the warehouse and when it arrives, and what shipping costs: the pure
 * rules behind "Voor 22:00 besteld, morgen in huis" on a product page and the shipping choice
 * in cart and checkout. No clock, no config import: the caller passes `now`, the method(s) and
 * the holidays, so the same code runs in a server island, an island and a test.
 */
import type { ShippingMethod } from '../../config/shop.schema.ts';
import {
  addDays,
  defaultTimeZone,
  toCalendarDate,
  weekdayOf,
  zonedTimeToInstant,
  type CalendarDate,
  type Weekday,
} from '../../lib/dates.ts';
import { money, zero, type Money } from '../../lib/money.ts';

export type ShippingCountry = ShippingMethod['countries'][number];

/** The parts of a method that decide its dates; a full ShippingMethod fits. */
export type DeliveryRules = Pick<ShippingMethod, 'cutoff' | 'transitDays' | 'shipsOn'>;

export type DeliveryPromiseOptions = {
  /** Days without dispatch or delivery, 'YYYY-MM-DD' (see holidays.ts). */
  holidays?: readonly CalendarDate[];
  /** The shop's zone (shop.shipping.timeZone); cut-offs and days are read on its clock. */
  timeZone?: string;
  /** Days carriers deliver. Dutch carriers deliver Monday to Saturday, never on Sunday. */
  deliveryDays?: readonly Weekday[];
};

export type DeliveryPromise = {
  /** The day the parcel leaves the warehouse, on the shop's calendar. */
  dispatchDate: CalendarDate;
  /** The day it arrives (or is ready for pickup), on the shop's calendar. */
  deliveryDate: CalendarDate;
  /**
   * Whole minutes left to order for dispatch today; only present when that is still possible.
   * Rounded down, so the page never promises a minute that is not there.
   */
  orderWithin?: number;
};

const carrierDeliveryDays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

// Any real schedule finds a ship day within a few days; a year guards against a list of
// holidays (or a shipsOn) that would otherwise loop forever.
const searchLimitDays = 366;

export function deliveryPromise(method: DeliveryRules, now: Date, options: DeliveryPromiseOptions = {}): DeliveryPromise {
  if (Number.isNaN(now.getTime())) throw new RangeError('Invalid Date for now');
  const timeZone = options.timeZone ?? defaultTimeZone;
  const closed = new Set(options.holidays ?? []);
  const deliversOn = new Set(options.deliveryDays ?? carrierDeliveryDays);
  const shipsOn = new Set<Weekday>(method.shipsOn);
  const isShipDay = (day: CalendarDate): boolean => shipsOn.has(weekdayOf(day)) && !closed.has(day);
  const isDeliveryDay = (day: CalendarDate): boolean => deliversOn.has(weekdayOf(day)) && !closed.has(day);

  const today = toCalendarDate(now, timeZone);
  // The cut-off is a wall-clock time: on the last Sundays of March and October the instant
  // it maps to moves by an hour, which is why it is resolved per day and not as an offset.
  const cutoff = zonedTimeToInstant(today, method.cutoff, timeZone);
  const msLeft = cutoff.getTime() - now.getTime();
  const shipsToday = isShipDay(today) && msLeft > 0;

  let dispatchDate = today;
  if (!shipsToday) {
    dispatchDate = nextDay(today, isShipDay, 'ship');
  }

  let deliveryDate = dispatchDate;
  for (let i = 0; i < method.transitDays; i += 1) {
    deliveryDate = nextDay(deliveryDate, isDeliveryDay, 'delivery');
  }

  return shipsToday ? { dispatchDate, deliveryDate, orderWithin: Math.floor(msLeft / 60_000) } : { dispatchDate, deliveryDate };
}

function nextDay(from: CalendarDate, accept: (day: CalendarDate) => boolean, kind: string): CalendarDate {
  for (let offset = 1; offset <= searchLimitDays; offset += 1) {
    const day = addDays(from, offset);
    if (accept(day)) return day;
  }
  throw new RangeError(`No ${kind} day within a year after ${from}: check shipsOn and holidays`);
}

export type ShippingQuote = {
  method: ShippingMethod;
  /** What the shopper pays for this method: zero once the subtotal reaches the threshold. */
  price: Money;
  /** The price before the free-shipping rule, to show struck through when price is zero. */
  regularPrice: Money;
  free: boolean;
};

/**
 * The methods that ship to a country, in configuration order, with their cost for this
 * subtotal (VAT-inclusive cents, before shipping). Free shipping starts at the threshold itself:
 * "gratis vanaf € 50" means € 50,00 qualifies.
 */
export function quoteShipping(
  methods: readonly ShippingMethod[],
  country: ShippingCountry,
  subtotalCents: number,
  freeThresholdCents: number,
): ShippingQuote[] {
  const free = money(subtotalCents).amount >= money(freeThresholdCents).amount;
  return methods
    .filter((method) => method.countries.includes(country))
    .map((method) => {
      const regularPrice = money(method.priceCents);
      return { method, price: free ? zero() : regularPrice, regularPrice, free: free || method.priceCents === 0 };
    });
}

/** What is still missing for free shipping ("Nog € 5,05 tot gratis verzending"); zero once reached. */
export function amountUntilFreeShipping(subtotalCents: number, freeThresholdCents: number): Money {
  return money(Math.max(0, money(freeThresholdCents).amount - money(subtotalCents).amount));
}
