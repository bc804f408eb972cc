/**
 * The shop's promises in a few words each (free shipping, delivery speed, free returns, safe
 * payment), derived from the shop configuration so a fork that changes its threshold or
 * cut-off never shows stale promises. Pure: no clock. The delivery line is phrased without a
 * date ("volgende dag", not "morgen, dinsdag"), because it is prerendered and read days later;
 * the product page computes the dated promise live.
 */
import type { ShopConfig, ShippingMethod } from '../config/shop.schema.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { defineMessages, fill } from '../lib/i18n/messages.ts';
import { formatMoney, money } from '../lib/money.ts';

export const trustMessages = defineMessages({
  nl: {
    freeShipping: 'Gratis verzending vanaf {amount}',
    shippingBelow: 'Daaronder {price} verzendkosten',
    delivery: {
      sameDay: 'Op werkdagen voor {time} besteld, dezelfde dag in huis',
      nextDay: 'Op werkdagen voor {time} besteld, volgende dag in huis',
      days: 'Op werkdagen voor {time} besteld, binnen {days} werkdagen in huis',
    },
    deliveryDetail: 'Bezorging aan huis, ook op zaterdag',
    returns: '{days} dagen gratis retourneren',
    returnsPaid: '{days} dagen bedenktijd',
    returnsDetail: 'Retour aanmelden zonder account',
    secure: 'Veilig betalen',
    label: 'Onze beloftes',
  },
  en: {
    freeShipping: 'Free shipping from {amount}',
    shippingBelow: '{price} shipping below that',
    delivery: {
      sameDay: 'Order before {time} on weekdays, delivered the same day',
      nextDay: 'Order before {time} on weekdays, delivered the next day',
      days: 'Order before {time} on weekdays, delivered within {days} working days',
    },
    deliveryDetail: 'Delivered to your door, Saturdays too',
    returns: 'Free returns within {days} days',
    returnsPaid: '{days}-day return period',
    returnsDetail: 'Start a return without an account',
    secure: 'Secure payment',
    label: 'Our promises',
  },
});

export type TrustPromise = { icon: 'truck' | 'clock' | 'return' | 'lock'; title: string; detail: string };

/** The delivery promise of a method without a date: "volgende dag in huis". */
export function deliveryPromiseText(method: Pick<ShippingMethod, 'cutoff' | 'transitDays'>, locale: Locale): string {
  const t = trustMessages[locale].delivery;
  const template = method.transitDays === 0 ? t.sameDay : method.transitDays === 1 ? t.nextDay : t.days;
  return fill(template, { time: method.cutoff, days: method.transitDays });
}

/** The shop's promises; the first shipping method is the default one they describe. */
export function trustPromises(config: Pick<ShopConfig, 'shipping' | 'returns'>, locale: Locale): TrustPromise[] {
  const t = trustMessages[locale];
  const standard = config.shipping.methods[0];
  const promises: TrustPromise[] = [
    {
      icon: 'truck',
      title: fill(t.freeShipping, {
        amount: formatMoney(money(config.shipping.freeShippingThresholdCents), locale, { stripZeroCents: true }),
      }),
      detail: standard ? fill(t.shippingBelow, { price: formatMoney(money(standard.priceCents), locale) }) : '',
    },
  ];
  if (standard) {
    const saturday = standard.shipsOn.includes('sat');
    promises.push({ icon: 'clock', title: deliveryPromiseText(standard, locale), detail: saturday ? t.deliveryDetail : '' });
  }
  promises.push(
    {
      icon: 'return',
      title: fill(config.returns.free ? t.returns : t.returnsPaid, { days: config.returns.windowDays }),
      detail: t.returnsDetail,
    },
    // The payment marks are its detail.
    { icon: 'lock', title: t.secure, detail: '' },
  );
  return promises;
}
