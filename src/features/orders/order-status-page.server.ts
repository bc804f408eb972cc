/**
 * Everything the order status page shows, from its URL: /bestelling/<number>?t=<token>, plus
 * Stripe's return query (payment_intent, payment_intent_client_secret, redirect_status) when
 * the shopper comes back from paying. Undefined means 404, whatever the reason: no token, a
 * forged or expired one, another order's, or a return query that does not belong to this
 * order. Nothing is found by guessing, and the 404 does not say which part was wrong.
 *
 * An order still waiting for its money is asked about at Stripe even without the return query
 * (someone opening the link later, or the page polling while a bank payment is processing), so
 * the page shows the truth and can offer the payment form again on the same PaymentIntent.
 */
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Db } from '../../lib/db/client.server.ts';
import { orders } from '../../lib/db/schema.ts';
import { getPaymentReturnState, type PaymentReturnState } from '../payments/payment-return.server.ts';
import { paymentPanel, type PaymentPanel } from './order-payment-panel.ts';
import { isAwaitingPayment } from './order-status.ts';
import { getOrderForStatusPage, loadOrderView, type OrderView } from './order-view.server.ts';

export type OrderStatusPageData = Readonly<{
  order: OrderView;
  panel: PaymentPanel;
  /** The verified status token, for links that must keep opening this page (language switch, retry). */
  token: string;
}>;

export interface OrderStatusPageDeps {
  db: Db;
  /** tokenSecret(env). */
  secret: string;
  /** Asked for lazily: most visits (paid orders) never talk to Stripe. */
  stripe: () => Stripe;
  publishableKey: () => string;
  now?: Date;
  log?: (message: string, detail?: unknown) => void;
}

export const returnQueryKeys = ['payment_intent', 'payment_intent_client_secret', 'redirect_status'] as const;

async function intentIdOf(db: Db, orderId: string): Promise<{ paymentIntentId: string | null; reservationExpiresAt: Date } | undefined> {
  const [row] = await db
    .select({ paymentIntentId: orders.paymentIntentId, reservationExpiresAt: orders.reservationExpiresAt })
    .from(orders)
    .where(eq(orders.id, orderId));
  return row;
}

export async function loadOrderStatusPage(
  number: string,
  search: URLSearchParams,
  deps: OrderStatusPageDeps,
): Promise<OrderStatusPageData | undefined> {
  const token = search.get('t');
  const found = await getOrderForStatusPage(deps.db, number, token, { secret: deps.secret, ...(deps.now ? { now: deps.now } : {}) });
  if (!found || !token) return undefined;

  const log = deps.log ?? ((message: string, detail?: unknown) => console.error(message, detail ?? ''));
  const returnDeps = () => ({
    stripe: deps.stripe(),
    publishableKey: deps.publishableKey(),
    ...(deps.now ? { now: deps.now } : {}),
    log,
  });
  const paymentIntentId = search.get('payment_intent');
  const clientSecret = search.get('payment_intent_client_secret');
  const returned = paymentIntentId !== null || clientSecret !== null;
  const stored = returned || isAwaitingPayment(found.status) ? await intentIdOf(deps.db, found.id) : undefined;

  let returnState: PaymentReturnState | undefined;
  let stripeUnreachable = false;
  if (returned) {
    if (!paymentIntentId || !clientSecret) return undefined;
    try {
      returnState = await getPaymentReturnState(deps.db, { orderNumber: found.number, paymentIntentId, clientSecret }, returnDeps());
    } catch (error) {
      log(`[orders] could not check the payment of ${found.number} at Stripe`, error);
      stripeUnreachable = true;
    }
    if (!returnState && !stripeUnreachable) return undefined;
  } else if (stored?.paymentIntentId && isAwaitingPayment(found.status)) {
    try {
      const intent = await deps.stripe().paymentIntents.retrieve(stored.paymentIntentId);
      if (intent.client_secret) {
        returnState = await getPaymentReturnState(
          deps.db,
          { orderNumber: found.number, paymentIntentId: intent.id, clientSecret: intent.client_secret },
          returnDeps(),
        );
      }
    } catch (error) {
      log(`[orders] could not check the payment of ${found.number} at Stripe`, error);
      stripeUnreachable = true;
    }
  }

  // The return state may just have settled the order (paid, stock taken): show it as it is now.
  const order = returnState ? ((await loadOrderView(deps.db, found.id)) ?? found) : found;
  const panel = paymentPanel({
    status: order.status,
    returnState,
    returned,
    stripeUnreachable,
    reservedUntil: stored?.reservationExpiresAt,
  });
  return { order, panel, token };
}

/** Headers of every answer of the status page, found or not. */
export const orderStatusPageHeaders: Readonly<Record<string, string>> = {
  // Personal data behind a token: no shared cache may keep it, and the back button re-asks.
  'Cache-Control': 'private, no-store',
  // The URL holds the token (and after a redirect Stripe's client secret): send no path or
  // query anywhere, only the origin, which Stripe.js uses to tell the shop's domain (wallets).
  'Referrer-Policy': 'strict-origin',
  'X-Robots-Tag': 'noindex',
};
