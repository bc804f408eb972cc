/**
 * The order's life as a forward-only state machine. Stripe delivers events late, twice and out
 * of order, and three paths (webhook, return page, expiry sweep) may act on one order at once, so
 * every change asks canTransition first: an old "payment failed" can never undo "paid", and a
 * repeated "paid" is a no-op rather than a second stock decrement.
 *
 *   pending_payment -> payment_failed | paid | expired | canceled
 *   payment_failed  -> paid | expired | canceled
 *   expired         -> paid | canceled | refunded
 *   paid            -> fulfilled | shipped | refunded
 *   fulfilled       -> shipped | refunded
 *   shipped         -> delivered
 *   canceled        -> refunded
 *
 * - payment_failed: a card was declined; the units stay held and the shopper may try again
 *   with the same PaymentIntent until the reservation runs out.
 * - expired: the reservation ran out and the units went back on sale, but the PaymentIntent's
 *   cancellation is not confirmed yet. A payment that still arrives (it was under way when the
 *   clock ran out) is accepted when the stock can be taken again (-> paid) and refunded when
 *   not (-> refunded). Stripe's payment_intent.canceled confirms the end (-> canceled).
 * - canceled: nothing was paid and nothing is held.
 * - refunded: money came in and went back in full (an automatic refund of a late payment, or a
 *   paid order canceled before shipping). Partial refunds of returns do not change the status.
 */
import { orderStatusValues } from '../../lib/db/schema.ts';

export const orderStatuses = orderStatusValues;
export type OrderStatus = (typeof orderStatuses)[number];

const transitions: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending_payment: ['payment_failed', 'paid', 'expired', 'canceled'],
  payment_failed: ['paid', 'expired', 'canceled'],
  expired: ['paid', 'canceled', 'refunded'],
  paid: ['fulfilled', 'shipped', 'refunded'],
  fulfilled: ['shipped', 'refunded'],
  shipped: ['delivered'],
  delivered: [],
  canceled: ['refunded'],
  refunded: [],
};

/** Whether an order in `from` may move to `to`. Staying put is not a transition. */
export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return transitions[from].includes(to);
}

/** The statuses reachable in one step from `from`. */
export function nextStatuses(from: OrderStatus): readonly OrderStatus[] {
  return transitions[from];
}

/** Waiting for the shopper's money with units held: a payment may still be (re)tried. */
export const awaitingPaymentStatuses = ['pending_payment', 'payment_failed'] as const satisfies readonly OrderStatus[];

export function isAwaitingPayment(status: OrderStatus): boolean {
  return (awaitingPaymentStatuses as readonly OrderStatus[]).includes(status);
}

/** The payment arrived and was kept: the shop owes the goods. */
export function isPaid(status: OrderStatus): boolean {
  return status === 'paid' || status === 'fulfilled' || status === 'shipped' || status === 'delivered';
}

export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === 'string' && (orderStatuses as readonly string[]).includes(value);
}
