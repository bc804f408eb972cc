/**
 * "morgen in huis" for a paid order that has not shipped yet: the shipping method's promise
 * computed from the moment of payment (which decides whether today's cut-off was made), said
 * relative to now. Shipped and delivered orders have the carrier's word instead; unpaid ones
 * have no promise yet.
 */
import type { ShippingMethod } from '../../config/shop.schema.ts';
import { formatRelativeDay, toCalendarDate, type CalendarDate } from '../../lib/dates.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { fill } from '../../lib/i18n/messages.ts';
import { deliveryPromise } from '../shipping/delivery-promise.ts';
import { shippingMethodText } from '../shipping/messages.ts';
import type { OrderStatus } from './order-status.ts';

export type ArrivalRules = Readonly<{
  methods: readonly Pick<ShippingMethod, 'id' | 'cutoff' | 'transitDays' | 'shipsOn'>[];
  holidays: readonly CalendarDate[];
  timeZone: string;
}>;

export type ArrivalOrder = Readonly<{ status: OrderStatus; shippingMethodId: string; paidAt?: Date | undefined }>;

export function expectedArrival(order: ArrivalOrder, rules: ArrivalRules, locale: Locale, now: Date): string | undefined {
  if (order.status !== 'paid' && order.status !== 'fulfilled') return undefined;
  const method = rules.methods.find((candidate) => candidate.id === order.shippingMethodId);
  if (!method) return undefined;
  try {
    const promise = deliveryPromise(method, order.paidAt ?? now, { holidays: rules.holidays, timeZone: rules.timeZone });
    // A promise already in the past (a delayed parcel) is no promise: say nothing rather than "gisteren".
    if (promise.deliveryDate < toCalendarDate(now, rules.timeZone)) return undefined;
    const day = formatRelativeDay(promise.deliveryDate, locale, now, { timeZone: rules.timeZone });
    return fill(shippingMethodText(method.id, locale).arrival, { day });
  } catch {
    return undefined;
  }
}
