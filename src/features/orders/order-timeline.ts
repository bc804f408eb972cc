/**
 * The order's journey as the status page shows it: Besteld -> Betaald -> Verzonden -> Bezorgd,
 * with exactly one current step. An order that ended without delivery (expired, canceled,
 * refunded) shows the steps it really reached and then its end, instead of a row of steps that
 * will never come: a shopper must not read "Verzonden: nog niet" on a refunded order.
 *
 * Pure: derived from the status and its dates only (order-status.ts holds the transitions).
 */
import type { OrderStatus } from './order-status.ts';

export type TimelineStepId = 'ordered' | 'paid' | 'shipped' | 'delivered' | 'expired' | 'canceled' | 'refunded';
export type TimelineStepState = 'done' | 'current' | 'upcoming';
/** A remark under a step's name beyond its date. */
export type TimelineNote = 'awaitingPayment' | 'paymentFailed' | 'packed' | 'trackingByMail';

export type TimelineStep = Readonly<{
  id: TimelineStepId;
  state: TimelineStepState;
  at?: Date | undefined;
  note?: TimelineNote | undefined;
}>;

export type TimelineOrder = Readonly<{ status: OrderStatus; createdAt: Date; paidAt?: Date | undefined }>;

const journey = ['ordered', 'paid', 'shipped', 'delivered'] as const;

/** How far along the journey each status is (index into `journey`), or the end it reached. */
const position: Readonly<Record<OrderStatus, number | 'end'>> = {
  pending_payment: 0,
  payment_failed: 0,
  paid: 1,
  fulfilled: 1,
  shipped: 2,
  delivered: 3,
  expired: 'end',
  canceled: 'end',
  refunded: 'end',
};

function noteFor(status: OrderStatus, step: TimelineStepId): TimelineNote | undefined {
  if (step === 'ordered' && status === 'pending_payment') return 'awaitingPayment';
  if (step === 'ordered' && status === 'payment_failed') return 'paymentFailed';
  if (step === 'paid' && status === 'fulfilled') return 'packed';
  if (step === 'shipped' && (status === 'paid' || status === 'fulfilled')) return 'trackingByMail';
  return undefined;
}

export function orderTimeline(order: TimelineOrder): TimelineStep[] {
  const reached = position[order.status];
  const dateOf = (step: TimelineStepId): Date | undefined =>
    step === 'ordered' ? order.createdAt : step === 'paid' ? order.paidAt : undefined;

  if (reached === 'end') {
    // A refund follows a payment (a late one, or a cancellation after paying): show that it came.
    const before: TimelineStepId[] = order.status === 'refunded' && order.paidAt ? ['ordered', 'paid'] : ['ordered'];
    return [
      ...before.map((id): TimelineStep => ({ id, state: 'done', at: dateOf(id) })),
      { id: order.status as 'expired' | 'canceled' | 'refunded', state: 'current' },
    ];
  }

  return journey.map((id, index): TimelineStep => {
    const state: TimelineStepState = index < reached ? 'done' : index === reached ? 'current' : 'upcoming';
    return { id, state, at: state === 'upcoming' ? undefined : dateOf(id), note: noteFor(order.status, id) };
  });
}
