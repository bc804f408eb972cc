/**
 * The delivery choices of a cart: every method that ships to the country, what it costs for
 * these goods and the day it arrives if ordered now. The cart page and the checkout's delivery
 * step show the same list, and pricing uses the same default, so "Verzending € 3,95" on the
 * cart page is what step 2 preselects.
 *
 * Pure: the server passes its clock, holidays and zone, so the dates are computed per request
 * (a prerendered page would promise a day that has passed).
 */
import type { CalendarDate } from '../../lib/dates.ts';
import type { Money } from '../../lib/money.ts';
import { deliveryPromise, quoteShipping, type DeliveryPromiseOptions, type ShippingCountry } from '../shipping/delivery-promise.ts';
import type { PricingRules } from './cart-pricing.ts';

export type ShippingOption = Readonly<{
  methodId: string;
  /** What the shopper pays for this method with these goods. */
  price: Money;
  /** Before the free-shipping rule, to show struck through. */
  regularPrice: Money;
  free: boolean;
  /** The method's cut-off ("22:00"), for "Voor 22:00 besteld, ...". */
  cutoff: string;
  dispatchDate: CalendarDate;
  deliveryDate: CalendarDate;
  /** Minutes left for dispatch today; absent when today's cut-off has passed. */
  orderWithin?: number | undefined;
}>;

/** Countries any configured method ships to, in configuration order: the checkout's country list. */
export function shippingCountries(rules: Pick<PricingRules, 'shippingMethods'>): ShippingCountry[] {
  const countries: ShippingCountry[] = [];
  for (const method of rules.shippingMethods) {
    for (const country of method.countries) if (!countries.includes(country)) countries.push(country);
  }
  return countries;
}

/**
 * The method a cart gets when the shopper has not chosen: the cheapest for these goods, ties
 * to the first configured. Above the free-shipping threshold every method is free, so the
 * first one (home delivery in the demo) wins rather than a pick-up point.
 */
export function defaultShippingMethodId(
  rules: Pick<PricingRules, 'shippingMethods' | 'freeShippingThresholdCents'>,
  country: ShippingCountry,
  goodsCents: number,
): string | undefined {
  const quotes = quoteShipping(rules.shippingMethods, country, goodsCents, rules.freeShippingThresholdCents);
  let best = quotes[0];
  for (const quote of quotes) if (best && quote.price.amount < best.price.amount) best = quote;
  return best?.method.id;
}

/** Every method for the country with its cost for `goodsCents` and its delivery day from `now`. */
export function shippingOptions(
  rules: Pick<PricingRules, 'shippingMethods' | 'freeShippingThresholdCents'>,
  country: ShippingCountry,
  goodsCents: number,
  now: Date,
  options: DeliveryPromiseOptions = {},
): ShippingOption[] {
  return quoteShipping(rules.shippingMethods, country, goodsCents, rules.freeShippingThresholdCents).map((quote) => {
    const promise = deliveryPromise(quote.method, now, options);
    return {
      methodId: quote.method.id,
      price: quote.price,
      regularPrice: quote.regularPrice,
      free: quote.free,
      cutoff: quote.method.cutoff,
      dispatchDate: promise.dispatchDate,
      deliveryDate: promise.deliveryDate,
      orderWithin: promise.orderWithin,
    };
  });
}
