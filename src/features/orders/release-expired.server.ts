/**
 * The expiry sweep: orders whose reservation ran out without a payment give their units back.
 * Scheduled as a job (and run opportunistically when a checkout starts, so stock frees up even
 * without a scheduler). Safe to run in several processes at once: each order is claimed with
 * `FOR UPDATE SKIP LOCKED` and only moves if it is still waiting for payment.
 *
 * Order of work, and why:
 * 1. In one short transaction: claim the due orders, release their units, mark them `expired`
 *    (or `canceled` straight away when no PaymentIntent was ever stored: nobody can pay it).
 *    The database is the authority on stock, so this never waits for Stripe.
 * 2. After the commit, cancel each PaymentIntent (idempotency key `order-<id>-pi-cancel`) and,
 *    once Stripe confirms, mark the order `canceled`. A payment that beat the cancellation
 *    (Stripe answers "already succeeded") is left to its webhook, which takes the units again
 *    if they are still free or refunds the payment (settle-payment.server.ts).
 * 3. Reconcile: orders left `expired` for a while (Stripe was unreachable at step 2, or the
 *    webhook never came) are looked up at Stripe and settled from the intent's real state.
 */
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import Stripe from 'stripe';
import type { Db } from '../../lib/db/client.server.ts';
import { orders } from '../../lib/db/schema.ts';
import { awaitingPaymentStatuses } from './order-status.ts';
import { newsForIntentStatus, settlePaymentIntent } from './settle-payment.server.ts';
import { releaseHeldStock } from './stock-reservations.server.ts';

export interface ReleaseExpiredOptions {
  stripe: Stripe;
  now?: Date;
  /** Most orders handled per run, so one run stays short. Default 50. */
  limit?: number;
  /**
   * Look up orders that have been `expired` for at least this long at Stripe and settle them.
   * Default 10 minutes; false skips the step (the checkout's opportunistic run does).
   */
  reconcileAfterMs?: number | false;
  log?: (message: string, detail?: unknown) => void;
}

export interface ReleaseExpiredResult {
  /** Orders whose units were released by this run. */
  released: number;
  /** PaymentIntents canceled at Stripe by this run. */
  canceledIntents: number;
  /** Orders settled by the reconcile step. */
  reconciled: number;
}

export const defaultReconcileAfterMs = 10 * 60 * 1000;

function isUnexpectedState(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'payment_intent_unexpected_state';
}

export async function releaseExpiredReservations(db: Db, options: ReleaseExpiredOptions): Promise<ReleaseExpiredResult> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? 50;
  const log = options.log ?? ((message: string, detail?: unknown) => console.warn(message, detail ?? ''));
  const { stripe } = options;

  const due = and(inArray(orders.status, awaitingPaymentStatuses), lte(orders.reservationExpiresAt, now));
  // Almost every run finds nothing: ask the partial index before opening a locking transaction
  // (on PGlite a transaction holds the whole database).
  const anyDue = (await db.select({ id: orders.id }).from(orders).where(due).limit(1)).length > 0;
  const claimed = !anyDue
    ? []
    : await db.transaction(async (tx) => {
        const claimable = await tx
          .select({ id: orders.id, paymentIntentId: orders.paymentIntentId })
          .from(orders)
          .where(due)
          .orderBy(asc(orders.reservationExpiresAt))
          .limit(limit)
          .for('update', { skipLocked: true });
        for (const order of claimable) {
          await releaseHeldStock(tx, order.id, now);
          await tx
            .update(orders)
            .set(
              order.paymentIntentId
                ? { status: 'expired', cancelReason: 'reservation_expired', updatedAt: now }
                : { status: 'canceled', cancelReason: 'reservation_expired', canceledAt: now, updatedAt: now },
            )
            .where(eq(orders.id, order.id));
        }
        return claimable;
      });

  let canceledIntents = 0;
  for (const order of claimed) {
    if (!order.paymentIntentId) continue;
    try {
      const intent = await stripe.paymentIntents.cancel(
        order.paymentIntentId,
        { cancellation_reason: 'abandoned' },
        { idempotencyKey: `order-${order.id}-pi-cancel` },
      );
      canceledIntents++;
      await db.transaction((tx) => settlePaymentIntent(tx, 'canceled', intent, { stripe, now, log }));
    } catch (error) {
      // Already succeeded or processing: its webhook settles the order. Anything else (Stripe
      // unreachable) is retried by the reconcile step of a later run.
      if (!isUnexpectedState(error)) log(`[orders] could not cancel ${order.paymentIntentId} of an expired order`, error);
    }
  }

  const reconciled =
    options.reconcileAfterMs === false ? 0 : await reconcileExpired(db, options.reconcileAfterMs ?? defaultReconcileAfterMs);
  return { released: claimed.length, canceledIntents, reconciled };

  async function reconcileExpired(database: Db, afterMs: number): Promise<number> {
    const stale = await database
      .select({ id: orders.id, paymentIntentId: orders.paymentIntentId })
      .from(orders)
      .where(and(eq(orders.status, 'expired'), lte(orders.updatedAt, new Date(now.getTime() - afterMs))))
      .orderBy(asc(orders.updatedAt))
      .limit(limit);
    let settled = 0;
    for (const order of stale) {
      if (!order.paymentIntentId) continue;
      try {
        let intent = await stripe.paymentIntents.retrieve(order.paymentIntentId);
        if (newsForIntentStatus(intent.status) === undefined) {
          intent = await stripe.paymentIntents.cancel(
            intent.id,
            { cancellation_reason: 'abandoned' },
            { idempotencyKey: `order-${order.id}-pi-cancel` },
          );
        }
        const news = newsForIntentStatus(intent.status);
        if (news === undefined) continue;
        const current = intent;
        const result = await database.transaction((tx) => settlePaymentIntent(tx, news, current, { stripe, now, log }));
        if (result.outcome !== 'unchanged' && result.outcome !== 'processing_hold') settled++;
        if (news === 'processing') {
          // Still with the bank: look again next time rather than every run.
          await database.update(orders).set({ updatedAt: now }).where(eq(orders.id, order.id));
        }
      } catch (error) {
        log(`[orders] could not reconcile expired order ${order.id}`, error);
        await database.update(orders).set({ updatedAt: now }).where(eq(orders.id, order.id));
      }
    }
    return settled;
  }
}
