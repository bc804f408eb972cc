/**
 * Starting a payment (POST /api/checkout/payment): the moment a cart becomes an order.
 *
 * 1. Expired reservations are swept first, so units an abandoned checkout held are for sale.
 * 2. The checkoutId is looked up: a retry (double click, network error, Stripe down the first
 *    time) gets the order it already made, and the PaymentIntent is created or fetched again.
 * 3. Otherwise, in ONE transaction: the cart is priced on the server (catalog prices, live
 *    stock, the discount judged now; nothing the browser says an amount is), refused with a
 *    clear answer if it cannot be ordered exactly as asked, the order and its lines are
 *    written, a single-use code is spent and the units are held with conditional updates. Any
 *    refusal rolls all of it back.
 * 4. After the commit, the PaymentIntent is created for the order's total with idempotency key
 *    `order-<id>-pi` and only { order_id, order_number } as metadata (no personal data goes to
 *    Stripe), and its id stored. If Stripe fails here, the order keeps its units until the
 *    reservation expires and a retry with the same checkoutId finishes the job; the key makes
 *    sure that is still one intent.
 *
 * One checkoutId is one cart: the browser makes a new id when the cart or the details change.
 * The old order then simply expires and gives its units back. Updating a pending order in place
 * was considered and rejected: it would have to re-price, re-hold and update a PaymentIntent the
 * shopper may be confirming at that very moment, for no gain over a fresh order.
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { and, eq, isNull, or } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { CatalogLookup } from '../cart/cart-catalog.ts';
import type { CartChange, PricingRules } from '../cart/cart-pricing.ts';
import { loadAvailableStock, priceCartOnServer } from '../cart/cart-pricing.server.ts';
import { normalizeLines } from '../cart/cart-lines.ts';
import { defaultDiscountSources, discountApiError, type DiscountSource } from '../cart/discount.server.ts';
import type { Db } from '../../lib/db/client.server.ts';
import { orderLines, orders, type OrderRow } from '../../lib/db/schema.ts';
import { ApiError } from '../../lib/http/api-error.ts';
import { fill } from '../../lib/i18n/messages.ts';
import { money, type Currency, type Money } from '../../lib/money.ts';
import { checkoutFingerprint } from './checkout-fingerprint.ts';
import { checkoutRefusalError, insufficientStockError } from './checkout-errors.ts';
import type { CheckoutPaymentRequest } from './checkout-request.ts';
import { orderMessages } from './messages.ts';
import { judgeCheckout, orderLinesFromCart, orderTotalsFromCart, type ShortLine } from './order-draft.ts';
import { orderStatusPath } from './order-links.ts';
import { defaultOrderNumberPrefix, generateOrderNumber } from './order-number.ts';
import { isAwaitingPayment, isPaid } from './order-status.ts';
import { releaseExpiredReservations } from './release-expired.server.ts';
import { holdStock } from './stock-reservations.server.ts';

/** How long units stay held for a checkout that has not been paid. */
export const defaultReservationMs = 30 * 60 * 1000;

export interface StartPaymentDeps {
  db: Db;
  stripe: Stripe;
  catalog: CatalogLookup;
  /** paymentsConfig().publishableKey: handed to the browser with the client secret. */
  publishableKey: string;
  /** tokenSecret(env): signs the order status link in the answer. */
  tokenSecret: string;
  now?: () => Date;
  reservationMs?: number;
  discountSources?: readonly DiscountSource[];
  rules?: PricingRules;
  orderNumberPrefix?: string;
  /** Sweep expired reservations first (default true). */
  sweepExpired?: boolean;
  log?: (message: string, detail?: unknown) => void;
}

export type OrderTotals = Readonly<{
  subtotal: Money;
  discount: Money;
  shipping: Money;
  vat: Money;
  total: Money;
}>;

/** The 200 answer of POST /api/checkout/payment. */
export interface StartPaymentResponse {
  orderNumber: string;
  /** For stripe.elements({ clientSecret }) and confirmPayment. */
  clientSecret: string;
  publishableKey: string;
  /**
   * The order status page with its signed token (relative). Use it as confirmParams.return_url
   * (made absolute): Stripe appends payment_intent, payment_intent_client_secret and
   * redirect_status, and the page settles and shows the outcome (getPaymentReturnState).
   */
  statusPath: string;
  /** ISO time until which the units are held. */
  reservationExpiresAt: string;
  totals: OrderTotals;
  /** Differences from what the browser showed (a price changed): show them before the pay button. */
  changes: readonly CartChange[];
  /** True when this answers a repeated request for an order made earlier. */
  replayed: boolean;
}

class CheckoutIdTaken extends Error {}

export async function startPayment(request: CheckoutPaymentRequest, deps: StartPaymentDeps): Promise<StartPaymentResponse> {
  const now = deps.now?.() ?? new Date();
  const log = deps.log ?? ((message: string, detail?: unknown) => console.warn(message, detail ?? ''));
  const locale = request.locale;
  const m = orderMessages[locale].error;

  if (deps.sweepExpired ?? true) {
    // A chance to free units, never a reason to refuse a checkout.
    await releaseExpiredReservations(deps.db, { stripe: deps.stripe, now, limit: 20, reconcileAfterMs: false, log }).catch(
      (error: unknown) => log('[orders] expiry sweep before checkout failed', error),
    );
  }

  const fingerprint = checkoutFingerprint(request);
  let order = await findByCheckoutId(deps.db, request.checkoutId);
  let changes: readonly CartChange[] = [];
  let replayed = true;
  if (!order) {
    try {
      ({ order, changes } = await placeOrder(request, fingerprint, deps, now));
      replayed = false;
    } catch (error) {
      if (!(error instanceof CheckoutIdTaken)) throw error;
      // A twin request (double click) placed it a moment ago: answer as a replay of that one.
      order = await findByCheckoutId(deps.db, request.checkoutId);
    }
    if (!order) throw new Error('startPayment: the order of this checkout vanished.');
  }
  if (replayed) {
    if (!sameText(order.requestFingerprint, fingerprint)) throw new ApiError(409, 'checkout_changed', m.checkoutChanged);
    if (isPaid(order.status)) throw new ApiError(409, 'checkout_completed', fill(m.checkoutCompleted, { number: order.number }));
    if (!isAwaitingPayment(order.status) || order.reservationExpiresAt <= now)
      throw new ApiError(409, 'checkout_expired', m.checkoutExpired);
  }

  let intent: Stripe.PaymentIntent;
  try {
    intent = await ensurePaymentIntent(deps, order, now);
  } catch (error) {
    log(`[orders] could not create the PaymentIntent of order ${order.number}`, error);
    const minutes = Math.max(1, Math.round((order.reservationExpiresAt.getTime() - now.getTime()) / 60_000));
    throw new ApiError(503, 'payment_unavailable', fill(m.paymentUnavailable, { minutes }));
  }
  if (!intent.client_secret) throw new Error(`PaymentIntent ${intent.id} came without a client secret.`);
  // Stripe may know before our webhook does: never hand out an intent that cannot be paid again.
  if (intent.status === 'succeeded') throw new ApiError(409, 'checkout_completed', fill(m.checkoutCompleted, { number: order.number }));
  if (intent.status === 'canceled') throw new ApiError(409, 'checkout_expired', m.checkoutExpired);

  const currency = order.currency as Currency;
  return {
    orderNumber: order.number,
    clientSecret: intent.client_secret,
    publishableKey: deps.publishableKey,
    statusPath: orderStatusPath({ id: order.id, number: order.number, locale }, { secret: deps.tokenSecret, now }),
    reservationExpiresAt: order.reservationExpiresAt.toISOString(),
    totals: {
      subtotal: money(order.subtotalCents, currency),
      discount: money(order.discountCents, currency),
      shipping: money(order.shippingCents, currency),
      vat: money(order.vatCents, currency),
      total: money(order.totalCents, currency),
    },
    changes,
    replayed,
  };
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

async function findByCheckoutId(db: Db, checkoutId: string): Promise<OrderRow | undefined> {
  const [order] = await db.select().from(orders).where(eq(orders.checkoutId, checkoutId));
  return order;
}

async function placeOrder(
  request: CheckoutPaymentRequest,
  fingerprint: string,
  deps: StartPaymentDeps,
  now: Date,
): Promise<{ order: OrderRow; changes: readonly CartChange[] }> {
  const { locale } = request;
  const requestedSkus = request.lines.map((line) => line.sku);
  const sources = deps.discountSources ?? defaultDiscountSources;
  const country = request.shippingAddress.country;

  return deps.db.transaction(async (tx) => {
    const cart = await priceCartOnServer(tx, request.lines, {
      catalog: deps.catalog,
      country,
      shippingMethodId: request.shippingMethodId,
      discountCode: request.discountCode,
      now,
      discountSources: sources,
      rules: deps.rules,
    });
    const refusal = judgeCheckout(cart, {
      lines: normalizeLines(request.lines),
      shippingMethodId: request.shippingMethodId,
      discountCode: request.discountCode,
      country,
    });
    if (refusal?.kind === 'discountRejected') throw discountApiError(refusal.error, locale);
    if (refusal) throw checkoutRefusalError(refusal, requestedSkus, locale);

    const totals = orderTotalsFromCart(cart);
    const lines = orderLinesFromCart(cart);
    const id = randomUUID();
    let order: OrderRow | undefined;
    // A clash of random order numbers is rare; a clash of checkoutIds means a concurrent twin request.
    for (let attempt = 0; attempt < 5 && !order; attempt++) {
      [order] = await tx
        .insert(orders)
        .values({
          id,
          number: generateOrderNumber(deps.orderNumberPrefix ?? defaultOrderNumberPrefix),
          checkoutId: request.checkoutId,
          requestFingerprint: fingerprint,
          status: 'pending_payment',
          locale,
          email: request.contact.email,
          customerName: request.contact.name,
          phone: request.contact.phone ?? null,
          shippingAddress: request.shippingAddress,
          billingAddress: request.billingAddress ?? request.shippingAddress,
          country,
          shippingMethodId: totals.shippingMethodId,
          currency: totals.currency,
          vatRate: totals.vatRate,
          subtotalCents: totals.subtotalCents,
          discountCents: totals.discountCents,
          shippingCents: totals.shippingCents,
          vatCents: totals.vatCents,
          totalCents: totals.totalCents,
          discountCode: totals.discountCode,
          marketingOptIn: request.consent.marketing,
          consentRecordedAt: now,
          reservationExpiresAt: new Date(now.getTime() + (deps.reservationMs ?? defaultReservationMs)),
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning();
      if (!order && (await findByCheckoutId(tx, request.checkoutId))) throw new CheckoutIdTaken();
    }
    if (!order) throw new Error('startPayment: no free order number after 5 tries.');

    if (totals.discountCode) {
      for (const source of sources) {
        if (!(await source.find(totals.discountCode))) continue;
        if (source.redeem && !(await source.redeem(tx, totals.discountCode, id))) throw discountApiError({ code: 'alreadyUsed' }, locale);
        break;
      }
    }
    await tx.insert(orderLines).values(lines.map((line) => ({ orderId: id, ...line })));

    const shortSkus = await holdStock(tx, id, lines, now);
    if (shortSkus.length > 0) {
      // Another checkout got there between pricing and holding: say what is left now.
      const available = await loadAvailableStock(tx, shortSkus);
      const short: ShortLine[] = shortSkus.map((sku) => {
        const line = cart.lines.find((candidate) => candidate.sku === sku);
        return {
          sku,
          item: line ? { name: line.name, color: line.color.name, size: line.size } : undefined,
          requested: line?.requestedQuantity ?? 0,
          available: available.get(sku) ?? 0,
        };
      });
      throw insufficientStockError(short, requestedSkus, locale);
    }
    return { order, changes: cart.changes };
  });
}

async function ensurePaymentIntent(deps: StartPaymentDeps, order: OrderRow, now: Date): Promise<Stripe.PaymentIntent> {
  if (order.paymentIntentId) return deps.stripe.paymentIntents.retrieve(order.paymentIntentId);
  const intent = await deps.stripe.paymentIntents.create(
    {
      amount: order.totalCents,
      currency: order.currency.toLowerCase(),
      automatic_payment_methods: { enabled: true },
      description: `Order ${order.number}`,
      metadata: { order_id: order.id, order_number: order.number },
    },
    { idempotencyKey: `order-${order.id}-pi` },
  );
  // A webhook may have stored the same id already (settle-payment adopts it); never another one.
  const stored = await deps.db
    .update(orders)
    .set({ paymentIntentId: intent.id, updatedAt: now })
    .where(and(eq(orders.id, order.id), or(isNull(orders.paymentIntentId), eq(orders.paymentIntentId, intent.id))))
    .returning({ id: orders.id });
  if (stored.length === 0) throw new Error(`Order ${order.number} holds another PaymentIntent than ${intent.id}.`);
  return intent;
}
