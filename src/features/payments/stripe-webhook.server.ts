/**
 * POST /api/stripe/webhook as a function of the request and its dependencies, so tests and the
 * benchmark drive it without Astro; src/pages/api/stripe/webhook.ts only wires it up.
 *
 * - No origin check: Stripe is another server. It authenticates with the Stripe-Signature
 *   header, verified over the raw body (request.text(), never a re-serialised JSON) with
 *   constructEvent. A missing or bad signature is a 400 and nothing is read or changed.
 * - Exactly once: the event id is recorded in webhook_events in the same transaction as its
 *   effects. A repeated delivery finds it and answers 200 at once; a failure rolls both back
 *   and answers 500, so Stripe delivers it again.
 * - Any order: settle-payment.server.ts only moves an order forward, so an old event arriving
 *   late changes nothing.
 */
import type Stripe from 'stripe';
import type { Db } from '../../lib/db/client.server.ts';
import { webhookEvents } from '../../lib/db/schema.ts';
import { apiError, json } from '../../lib/http/api-error.ts';
import { paymentIntentEventNews, settlePaymentIntent, type SettleOutcome } from '../orders/settle-payment.server.ts';

export interface StripeWebhookDeps {
  db: Db;
  stripe: Stripe;
  /** webhookSecret(env): the endpoint's signing secret. */
  webhookSecret: string;
  now?: () => Date;
  log?: (message: string, detail?: unknown) => void;
}

export type StripeEventOutcome = 'duplicate' | 'ignored' | SettleOutcome;

/** Applies one verified event, exactly once. */
export async function processStripeEvent(
  db: Db,
  event: Stripe.Event,
  deps: Pick<StripeWebhookDeps, 'stripe' | 'now' | 'log'>,
): Promise<StripeEventOutcome> {
  const now = deps.now?.() ?? new Date();
  return db.transaction(async (tx) => {
    const recorded = await tx
      .insert(webhookEvents)
      .values({ id: event.id, type: event.type, receivedAt: now })
      .onConflictDoNothing()
      .returning({ id: webhookEvents.id });
    if (recorded.length === 0) return 'duplicate';
    const news = paymentIntentEventNews[event.type];
    if (!news) return 'ignored';
    const intent = event.data.object as Stripe.PaymentIntent;
    const settled = await settlePaymentIntent(tx, news, intent, { stripe: deps.stripe, now, ...(deps.log ? { log: deps.log } : {}) });
    return settled.outcome;
  });
}

/** Bodies larger than this are not Stripe events (they are a few KB); refuse before hashing. */
const maxBodyBytes = 512 * 1024;

export async function handleStripeWebhook(request: Request, deps: StripeWebhookDeps): Promise<Response> {
  const log = deps.log ?? ((message: string, detail?: unknown) => console.error(message, detail ?? ''));
  const signature = request.headers.get('stripe-signature');
  if (!signature) return apiError(400, 'missing_signature', 'The Stripe-Signature header is missing.');
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > maxBodyBytes) return apiError(413, 'payload_too_large', 'The event is too large.');
  const body = await request.text();
  if (Buffer.byteLength(body) > maxBodyBytes) return apiError(413, 'payload_too_large', 'The event is too large.');

  let event: Stripe.Event;
  try {
    event = deps.stripe.webhooks.constructEvent(body, signature, deps.webhookSecret);
  } catch {
    return apiError(400, 'invalid_signature', 'The Stripe signature does not match this event.');
  }

  try {
    const outcome = await processStripeEvent(deps.db, event, deps);
    return json({ received: true, outcome }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    // 500 on purpose: Stripe retries, and the rolled-back transaction lets the retry start clean.
    log(`[payments] handling ${event.type} ${event.id} failed`, error);
    return apiError(500, 'event_failed', 'The event could not be handled; it will be retried.');
  }
}
