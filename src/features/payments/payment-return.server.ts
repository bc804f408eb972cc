/**
 * The page the shopper comes back to after paying (Stripe appends payment_intent,
 * payment_intent_client_secret and redirect_status to the return_url). The redirect's
 * parameters are only a hint: the PaymentIntent is retrieved on the server with the secret key,
 * and must belong to this order twice over (the order stores its id; its metadata names the
 * order) and match the client secret the shopper holds.
 *
 * On `succeeded` the order is settled here with the same idempotent function the webhook uses,
 * rather than showing "paid" from Stripe while the database still says pending: the
 * confirmation page, the order status page and stock then agree at once, and whichever of the
 * two (page or webhook) comes second changes nothing.
 */
import { timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Db } from '../../lib/db/client.server.ts';
import { orders } from '../../lib/db/schema.ts';
import { normalizeOrderNumber } from '../orders/order-number.ts';
import { isAwaitingPayment, type OrderStatus } from '../orders/order-status.ts';
import { settlePaymentIntent } from '../orders/settle-payment.server.ts';

export type PaymentReturnState =
  | Readonly<{ state: 'succeeded'; orderNumber: string; orderStatus: OrderStatus }>
  /** The bank has not decided yet (iDEAL, Bancontact): show "we'll e-mail you" and poll or reload. */
  | Readonly<{ state: 'processing'; orderNumber: string; orderStatus: OrderStatus }>
  | Readonly<{
      state: 'failed';
      orderNumber: string;
      orderStatus: OrderStatus;
      /** Stripe's reason of the last attempt (card_declined, ...), when there was one. */
      errorCode?: string | undefined;
      /**
       * Present while the order still holds its units: mount the Payment Element again with
       * this (the same PaymentIntent) for a new attempt. Absent: the checkout expired; start over.
       */
      retry?: Readonly<{ clientSecret: string; publishableKey: string }> | undefined;
    }>;

export interface PaymentReturnQuery {
  orderNumber: string;
  paymentIntentId: string;
  clientSecret: string;
}

export interface PaymentReturnDeps {
  stripe: Stripe;
  publishableKey: string;
  now?: Date;
  log?: (message: string, detail?: unknown) => void;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The outcome to show, or undefined (a 404) when the parameters do not fit together. */
export async function getPaymentReturnState(
  db: Db,
  query: PaymentReturnQuery,
  deps: PaymentReturnDeps,
): Promise<PaymentReturnState | undefined> {
  const number = normalizeOrderNumber(query.orderNumber);
  if (!number || !/^pi_[A-Za-z0-9]+$/.test(query.paymentIntentId)) return undefined;
  const [order] = await db.select().from(orders).where(eq(orders.number, number));
  if (!order || order.paymentIntentId !== query.paymentIntentId) return undefined;

  const intent = await deps.stripe.paymentIntents.retrieve(query.paymentIntentId);
  if (intent.metadata?.['order_id'] !== order.id || !intent.client_secret || !sameSecret(intent.client_secret, query.clientSecret)) {
    return undefined;
  }
  const now = deps.now ?? new Date();
  const base = { orderNumber: order.number };

  switch (intent.status) {
    case 'succeeded': {
      const settled = await db.transaction((tx) =>
        settlePaymentIntent(tx, 'succeeded', intent, { stripe: deps.stripe, now, ...(deps.log ? { log: deps.log } : {}) }),
      );
      const orderStatus = settled.status ?? order.status;
      // Paid too late for the units (and refunded): not a success to celebrate.
      if (orderStatus === 'refunded') return { ...base, state: 'failed', orderStatus };
      return { ...base, state: 'succeeded', orderStatus };
    }
    case 'processing':
      return { ...base, state: 'processing', orderStatus: order.status };
    default: {
      const retryable = intent.status !== 'canceled' && isAwaitingPayment(order.status) && order.reservationExpiresAt > now;
      return {
        ...base,
        state: 'failed',
        orderStatus: order.status,
        errorCode: intent.last_payment_error?.code ?? order.paymentErrorCode ?? undefined,
        retry: retryable ? { clientSecret: intent.client_secret, publishableKey: deps.publishableKey } : undefined,
      };
    }
  }
}
