/**
 * The delivery line of a product page. The page is prerendered, so the HTML carries a sentence
 * that is true on any day ("Voor 22:00 besteld, volgende werkdag in huis"); the picker island
 * swaps in the dated promise ("..., morgen in huis") computed in the browser from the same
 * rules, so it never goes stale between builds.
 */
import type { ShippingMethod } from '../../config/shop.schema.ts';
import type { CalendarDate } from '../../lib/dates.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { fill } from '../../lib/i18n/messages.ts';
import { deliveryPromise } from '../shipping/delivery-promise.ts';
import { describeDeliveryPromise, shippingMessages, shippingMethodText } from '../shipping/messages.ts';
import { productMessages } from './messages.ts';

export type DeliveryMethod = Pick<ShippingMethod, 'id' | 'cutoff' | 'transitDays' | 'shipsOn'>;

/** What the island needs to compute the promise: the island must not import the shop config. */
export type DeliveryRulesProps = {
  method: DeliveryMethod;
  holidays: CalendarDate[];
  timeZone: string;
};

/** In the shipping feature's own words, with "volgende werkdag" where the dated line says "morgen". */
export function timelessDeliveryLine(method: Pick<ShippingMethod, 'id' | 'cutoff' | 'transitDays'>, locale: Locale): string {
  const t = productMessages[locale].delivery;
  const day =
    method.transitDays === 0
      ? t.sameDay
      : method.transitDays === 1
        ? t.nextWorkingDay
        : fill(t.withinWorkingDays, { days: method.transitDays });
  const arrival = fill(shippingMethodText(method.id, locale).arrival, { day });
  return fill(shippingMessages[locale].promiseBeforeCutoff, { time: method.cutoff, arrival });
}

export function liveDeliveryLine(rules: DeliveryRulesProps, locale: Locale, now: Date): string {
  const { method, holidays, timeZone } = rules;
  const promise = deliveryPromise(method, now, { holidays, timeZone });
  return describeDeliveryPromise(promise, method, locale, now, { timeZone });
}

/** Holidays before `today` can never matter again; leaving them out keeps the island's props small. */
export function upcomingHolidays(holidays: readonly CalendarDate[], today: CalendarDate): CalendarDate[] {
  return holidays.filter((day) => day >= today);
}
