/**
 * The shipping feature's words: method names and descriptions (keyed by the method id in
 * src/config/shop.ts) and the delivery-promise sentences a product page, the cart and the
 * checkout show. A fork that adds a method adds its id under `methods` in both languages;
 * until then the generic texts stand in, so a new method never renders a bare key.
 */
import type { ShippingMethod } from '../../config/shop.schema.ts';
import { relativeDayName, formatDayMonth, type TimeZoneOption } from '../../lib/dates.ts';
import { localeTags, type Locale } from '../../lib/i18n/locales.ts';
import { defineMessages, fill } from '../../lib/i18n/messages.ts';
import type { DeliveryPromise } from './delivery-promise.ts';

export const shippingMessages = defineMessages({
  nl: {
    methods: {
      // {day} is "vandaag", "morgen" or "dinsdag 24 november". The evening window is not in the
      // shop config: it is the carrier's, so it lives in the words.
      standard: {
        name: 'Standaard bezorging',
        description: 'Aan huis bezorgd, maandag tot en met zaterdag.',
        arrival: '{day} in huis',
      },
      evening: {
        name: 'Avondbezorging',
        description: 'Op werkdagen tussen 18:00 en 22:00 bezorgd, als je thuis bent.',
        arrival: '{day} tussen 18:00 en 22:00 in huis',
      },
      pickup: {
        name: 'Afhalen bij een PostNL-punt',
        description: 'Haal je pakket op bij een PostNL-punt in de buurt, wanneer het jou uitkomt.',
        arrival: '{day} af te halen',
      },
      'standard-be': {
        name: 'Standaard bezorging België',
        description: 'Aan huis bezorgd in België.',
        arrival: '{day} in huis',
      },
      'standard-de': {
        name: 'Standaard bezorging Duitsland',
        description: 'Aan huis bezorgd in Duitsland.',
        arrival: '{day} in huis',
      },
    },
    otherMethod: { name: 'Bezorging', description: 'Aan huis bezorgd.', arrival: '{day} in huis' },
    promiseBeforeCutoff: 'Voor {time} besteld, {arrival}',
    promiseNow: 'Nu besteld, {arrival}',
    // How a delivery day reads inside {arrival}: "morgen" or "dinsdag 24 november".
    dayRelative: '{day}',
    dayDate: '{date}',
    timeLeft: 'Nog {duration}',
    lessThanAMinuteLeft: 'Nog minder dan een minuut',
    hoursAndMinutes: '{hours} en {minutes}',
    // Dutch counts hours without a plural ("2 uur"), minutes with one.
    hours: { one: '{count} uur', other: '{count} uur' },
    minutes: { one: '{count} minuut', other: '{count} minuten' },
    free: 'Gratis',
    freeShippingFrom: 'Gratis verzending vanaf {amount}',
    untilFreeShipping: 'Nog {amount} tot gratis verzending',
    freeShippingReached: 'Je bestelling wordt gratis verzonden',
  },
  en: {
    methods: {
      standard: {
        name: 'Standard delivery',
        description: 'Delivered to your door, Monday to Saturday.',
        arrival: 'delivered {day}',
      },
      evening: {
        name: 'Evening delivery',
        description: 'Delivered on weekdays between 18:00 and 22:00, when you are home.',
        arrival: 'delivered {day} between 18:00 and 22:00',
      },
      pickup: {
        name: 'Collect from a PostNL point',
        description: 'Pick up your parcel at a PostNL point near you, whenever it suits you.',
        arrival: 'ready for pickup {day}',
      },
      'standard-be': {
        name: 'Standard delivery Belgium',
        description: 'Delivered to your door in Belgium.',
        arrival: 'delivered {day}',
      },
      'standard-de': {
        name: 'Standard delivery Germany',
        description: 'Delivered to your door in Germany.',
        arrival: 'delivered {day}',
      },
    },
    otherMethod: { name: 'Delivery', description: 'Delivered to your door.', arrival: 'delivered {day}' },
    promiseBeforeCutoff: 'Order before {time}, {arrival}',
    promiseNow: 'Order now, {arrival}',
    dayRelative: '{day}',
    dayDate: 'on {date}',
    timeLeft: '{duration} left',
    lessThanAMinuteLeft: 'Less than a minute left',
    hoursAndMinutes: '{hours} and {minutes}',
    hours: { one: '{count} hour', other: '{count} hours' },
    minutes: { one: '{count} minute', other: '{count} minutes' },
    free: 'Free',
    freeShippingFrom: 'Free shipping from {amount}',
    untilFreeShipping: '{amount} more for free shipping',
    freeShippingReached: 'Your order ships free',
  },
});

export type ShippingMethodText = { name: string; description: string; arrival: string };

/** Name, description and arrival phrase of a method, with the generic texts for an unknown id. */
export function shippingMethodText(methodId: string, locale: Locale): ShippingMethodText {
  const catalog = shippingMessages[locale];
  const known: Readonly<Record<string, ShippingMethodText | undefined>> = catalog.methods;
  return (Object.hasOwn(known, methodId) ? known[methodId] : undefined) ?? catalog.otherMethod;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

function plural(forms: { one: string; other: string }, count: number, locale: Locale): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(localeTags[locale]);
    pluralRules.set(locale, rules);
  }
  return fill(rules.select(count) === 'one' ? forms.one : forms.other, { count });
}

/** "Nog 2 uur en 5 minuten" / "2 hours and 5 minutes left", for DeliveryPromise.orderWithin. */
export function describeOrderWithin(minutesLeft: number, locale: Locale): string {
  const m = shippingMessages[locale];
  const total = Math.max(0, Math.floor(minutesLeft));
  if (total === 0) return m.lessThanAMinuteLeft;
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(plural(m.hours, hours, locale));
  if (minutes > 0) parts.push(plural(m.minutes, minutes, locale));
  const duration = parts.length === 2 ? fill(m.hoursAndMinutes, { hours: parts[0] ?? '', minutes: parts[1] ?? '' }) : (parts[0] ?? '');
  return fill(m.timeLeft, { duration });
}

/**
 * The promise sentence of a product page or shipping option: "Voor 22:00 besteld, morgen in
 * huis" while today's cut-off is ahead, "Nu besteld, maandag 30 november in huis" after it.
 * `now` must be the same moment the promise was computed for, so "morgen" is right.
 */
export function describeDeliveryPromise(
  promise: DeliveryPromise,
  method: Pick<ShippingMethod, 'id' | 'cutoff'>,
  locale: Locale,
  now: Date,
  options: TimeZoneOption = {},
): string {
  const m = shippingMessages[locale];
  const relative = relativeDayName(promise.deliveryDate, locale, now, options);
  const day =
    relative === undefined
      ? fill(m.dayDate, { date: formatDayMonth(promise.deliveryDate, locale) })
      : fill(m.dayRelative, { day: relative });
  const arrival = fill(shippingMethodText(method.id, locale).arrival, { day });
  return promise.orderWithin === undefined
    ? fill(m.promiseNow, { arrival })
    : fill(m.promiseBeforeCutoff, { time: method.cutoff, arrival });
}
