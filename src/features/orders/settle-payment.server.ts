/**
 * What a PaymentIntent's state means for its order: the one transition function behind the
 * Stripe webhook, the payment return page and the expiry sweep. It runs inside the caller's
 * transaction, locks the order row first (so a webhook and the return page acting on one order
 * at once take turns), and only ever moves the order forward (order-status.ts). Calling it twice
 * with the same news is a no-op the second time: stock is taken once, whatever arrives twice.
 *
 * Decisions:
 * - A failed attempt (card declined) keeps the units held: the shopper may try again with the
 *   same PaymentIntent until the reservation runs out.
 * - While a bank payment is `processing` the hold is extended (processingHoldMs), so units are
 *   not released under a payment that is still on its way.
 * - A payment that arrives after the units were released (`expired`) takes them again when they
 *   are still free (the order is paid, late). When they are gone, the payment is refunded at
 *   once (idempotency key `order-<id>-auto-refund`) and the order ends `refunded`, not
 *   `canceled`: money came in and went back, which bookkeeping and the customer's e-mail must
 *   say. The refund is made inside the transaction, so if Stripe cannot be reached the whole
 *   event rolls back and its redelivery tries again; the key makes that one refund.
 * - A payment for another amount or currency than the order's is never taken as paid; it is
 *   logged for a person to look at (it cannot happen unless someone edits the intent by hand).
 */
import { and, eq, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Db } from '../../lib/db/client.server.ts';
import { orders, type OrderRow } from '../../lib/db/schema.ts';
import { canTransition, isAwaitingPayment, type OrderStatus } from './order-status.ts';
import { consumeHeldStock, releaseHeldStock, takeReleasedStock } from './stock-reservations.server.ts';

export type PaymentIntentNews = 'succeeded' | 'payment_failed' | 'processing' | 'canceled';

export type SettleOutcome =
  | 'paid'
  | 'paid_late'
  | 'refunded'
  | 'payment_failed'
  | 'processing_hold'
  | 'canceled'
  /** Old or repeated news: the order is already past it. */
  | 'unchanged'
  /** The intent is not one of ours (another integration on the same Stripe account). */
  | 'no_order'
  | 'foreign_intent'
  | 'amount_mismatch';

export interface SettleResult {
  outcome: SettleOutcome;
  orderId?: string;
  status?: OrderStatus;
}

export interface SettleDeps {
  stripe: Stripe;
  now: Date;
  /** How long units stay held after a bank says the payment is processing. Default 24 h. */
  processingHoldMs?: number;
  log?: (message: string, detail?: unknown) => void;
}

export const defaultProcessingHoldMs = 24 * 60 * 60 * 1000;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The PaymentIntent news a Stripe event carries, by event type. */
export const paymentIntentEventNews: Readonly<Record<string, PaymentIntentNews>> = {
  'payment_intent.succeeded': 'succeeded',
  'payment_intent.payment_failed': 'payment_failed',
  'payment_intent.processing': 'processing',
  'payment_intent.canceled': 'canceled',
};

/** What a PaymentIntent's current status says, for callers that retrieved it (return page, sweep). */
export function newsForIntentStatus(status: Stripe.PaymentIntent.Status): PaymentIntentNews | undefined {
  switch (status) {
    case 'succeeded':
      return 'succeeded';
    case 'processing':
      return 'processing';
    case 'canceled':
      return 'canceled';
    default:
      return undefined;
  }
}

async function lockOrder(tx: Db, intent: Stripe.PaymentIntent): Promise<OrderRow | undefined> {
  const orderId = intent.metadata?.['order_id'];
  const where = orderId && uuidPattern.test(orderId) ? eq(orders.id, orderId) : eq(orders.paymentIntentId, intent.id);
  const [order] = await tx.select().from(orders).where(where).for('update');
  return order;
}

async function moveTo(tx: Db, order: OrderRow, to: OrderStatus, patch: Partial<typeof orders.$inferInsert>, now: Date): Promise<void> {
  if (!canTransition(order.status, to)) throw new Error(`Order ${order.number}: ${order.status} -> ${to} is not a forward move.`);
  await tx
    .update(orders)
    .set({ ...patch, status: to, updatedAt: now })
    .where(and(eq(orders.id, order.id), eq(orders.status, order.status)));
}

export async function settlePaymentIntent(
  tx: Db,
  news: PaymentIntentNews,
  intent: Stripe.PaymentIntent,
  deps: SettleDeps,
): Promise<SettleResult> {
  const log = deps.log ?? ((message: string, detail?: unknown) => console.warn(message, detail ?? ''));
  const order = await lockOrder(tx, intent);
  if (!order) return { outcome: 'no_order' };
  if (order.paymentIntentId !== null && order.paymentIntentId !== intent.id) {
    log(`[payments] ${intent.id} names order ${order.number}, which belongs to ${order.paymentIntentId}; ignored.`);
    return { outcome: 'foreign_intent', orderId: order.id, status: order.status };
  }
  const { now } = deps;
  const result = (outcome: SettleOutcome, status: OrderStatus = order.status): SettleResult => ({ outcome, orderId: order.id, status });
  // The intent was created but its id never stored (the request died in between): adopt it.
  if (order.paymentIntentId === null) {
    await tx.update(orders).set({ paymentIntentId: intent.id, updatedAt: now }).where(eq(orders.id, order.id));
  }

  switch (news) {
    case 'succeeded': {
      if (intent.amount !== order.totalCents || intent.currency !== order.currency.toLowerCase()) {
        log(
          `[payments] ${intent.id} paid ${intent.amount} ${intent.currency} for order ${order.number} of ${order.totalCents} ${order.currency}; not marked paid.`,
        );
        return result('amount_mismatch');
      }
      if (isAwaitingPayment(order.status)) {
        await consumeHeldStock(tx, order.id, now);
        await moveTo(tx, order, 'paid', { paidAt: now, paymentErrorCode: null }, now);
        return result('paid', 'paid');
      }
      if (order.status === 'expired' && (await takeReleasedStock(tx, order.id, now))) {
        await moveTo(tx, order, 'paid', { paidAt: now, paymentErrorCode: null }, now);
        return result('paid_late', 'paid');
      }
      if (order.status === 'expired' || order.status === 'canceled') {
        const refund = await deps.stripe.refunds.create(
          { payment_intent: intent.id, metadata: { order_id: order.id, reason: 'stock_unavailable' } },
          { idempotencyKey: `order-${order.id}-auto-refund` },
        );
        await moveTo(tx, order, 'refunded', { refundedAt: now, autoRefundId: refund.id, canceledAt: order.canceledAt ?? now }, now);
        return result('refunded', 'refunded');
      }
      return result('unchanged');
    }
    case 'payment_failed': {
      if (!isAwaitingPayment(order.status)) return result('unchanged');
      const code = intent.last_payment_error?.code ?? intent.last_payment_error?.decline_code ?? 'payment_failed';
      if (order.status === 'payment_failed') {
        await tx.update(orders).set({ paymentErrorCode: code, updatedAt: now }).where(eq(orders.id, order.id));
      } else {
        await moveTo(tx, order, 'payment_failed', { paymentErrorCode: code }, now);
      }
      return result('payment_failed', 'payment_failed');
    }
    case 'processing': {
      if (!isAwaitingPayment(order.status)) return result('unchanged');
      const holdUntil = new Date(now.getTime() + (deps.processingHoldMs ?? defaultProcessingHoldMs));
      await tx
        .update(orders)
        .set({
          reservationExpiresAt: sql`greatest(${orders.reservationExpiresAt}, ${holdUntil.toISOString()}::timestamptz)`,
          updatedAt: now,
        })
        .where(eq(orders.id, order.id));
      return result('processing_hold');
    }
    case 'canceled': {
      if (isAwaitingPayment(order.status)) {
        await releaseHeldStock(tx, order.id, now);
        await moveTo(tx, order, 'canceled', { canceledAt: now, cancelReason: 'payment_canceled' }, now);
        return result('canceled', 'canceled');
      }
      if (order.status === 'expired') {
        // Units were released when it expired; Stripe now confirms no payment can follow.
        await moveTo(tx, order, 'canceled', { canceledAt: now }, now);
        return result('canceled', 'canceled');
      }
      return result('unchanged');
    }
  }
}
