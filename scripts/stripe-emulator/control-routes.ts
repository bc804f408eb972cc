/**
 * Test and development controls under /_emulator/, outside Stripe's namespace so no app
 * code can come to depend on them by accident:
 *
 *   GET  /_emulator/health                          liveness for start scripts
 *   POST /_emulator/reset                           forget all objects, events and idempotency keys
 *   GET  /_emulator/events[?type=]                  every event, oldest first, with its deliveries
 *   POST /_emulator/events/:id/redeliver            send an event again (duplicate delivery)
 *   GET  /_emulator/webhook_endpoints               configured endpoint URLs
 *   PUT  /_emulator/webhook_endpoints               replace them: { "urls": [...] }
 *   POST /_emulator/payment_intents/:id/succeed     settle a processing (or requires_action) payment
 *   POST /_emulator/payment_intents/:id/fail        fail it
 *   POST /_emulator/payment_intents/:id/authenticate  the stand-in's 3D Secure answer
 *                                                   (client_secret, result=authorize|fail|processing)
 *   GET  /_emulator/redirect/:id?client_secret=     the bank / 3D Secure page of next_action
 *   POST /_emulator/redirect/:id                    its buttons; 303 to the app's return_url
 */
import { StripeApiError, invalidRequest, parameterMissing, resourceMissing } from './errors.ts';
import type { FormObject } from './form.ts';
import { optionalString } from './params.ts';
import {
  completePaymentIntent,
  intentView,
  resolveAction,
  type ActionResult,
  type IntentContext,
  type PaymentIntentRecord,
} from './payment-intents.ts';
import { errorPage, redirectPage, resultPage, returnLocation } from './redirect-page.ts';
import { errorReply, htmlReply, jsonReply, redirectReply, type Reply } from './reply.ts';
import { Router } from './router.ts';
import type { WebhookDispatcher } from './webhooks.ts';

export interface ControlRequest extends IntentContext {
  webhooks: WebhookDispatcher;
  reset(): void;
  params: FormObject;
  path: Record<string, string>;
}

type ControlRoute = (request: ControlRequest) => Reply | Promise<Reply>;

function record(r: ControlRequest): PaymentIntentRecord {
  const found = r.store.intents.get(r.path.id!);
  if (!found) throw resourceMissing('payment_intent', r.path.id!);
  return found;
}

/** The redirect page and the 3D Secure modal prove they belong to the intent with its client secret. */
function withSecret(r: ControlRequest): PaymentIntentRecord {
  const found = record(r);
  const secret = optionalString(r.params, 'client_secret');
  if (!secret) throw parameterMissing('client_secret');
  if (secret !== found.intent.client_secret)
    throw invalidRequest('The client_secret does not match this PaymentIntent.', { param: 'client_secret' });
  return found;
}

function actionResult(r: ControlRequest): ActionResult {
  const result = optionalString(r.params, 'result');
  if (result === 'authorize' || result === 'fail' || result === 'processing') return result;
  throw invalidRequest('result must be one of authorize, fail, processing.', { param: 'result' });
}

function eventsWithDeliveries(r: ControlRequest): unknown[] {
  const type = optionalString(r.params, 'type');
  return r.store.events
    .filter((event) => !type || event.type === type)
    .map((event) => ({ ...event, deliveries: r.webhooks.deliveries.filter((d) => d.eventId === event.id) }));
}

/** HTML routes answer errors with a page, not JSON: a shopper is looking at them. */
const htmlErrors =
  (route: ControlRoute): ControlRoute =>
  async (r) => {
    try {
      return await route(r);
    } catch (error) {
      if (error instanceof StripeApiError) return htmlReply(error.status, errorPage(error.message));
      throw error;
    }
  };

export const controlRoutes = new Router<ControlRoute>()
  .add('GET', '/_emulator/health', () => jsonReply(200, { ok: true }))
  .add('POST', '/_emulator/reset', (r) => {
    r.reset();
    return jsonReply(200, { ok: true });
  })
  .add('GET', '/_emulator/events', (r) => jsonReply(200, { object: 'list', data: eventsWithDeliveries(r) }))
  .add('POST', '/_emulator/events/:id/redeliver', async (r) => {
    const event = r.store.events.find((candidate) => candidate.id === r.path.id);
    if (!event) return errorReply(resourceMissing('event', r.path.id!));
    const deliveries = await r.webhooks.redeliver(event, optionalString(r.params, 'url'));
    return jsonReply(200, { deliveries });
  })
  .add('GET', '/_emulator/webhook_endpoints', (r) => jsonReply(200, { urls: r.webhooks.endpoints }))
  .add('PUT', '/_emulator/webhook_endpoints', (r) => {
    const urls = r.params.urls;
    if (!Array.isArray(urls) || !urls.every((url): url is string => typeof url === 'string')) {
      return errorReply(invalidRequest('Send { "urls": ["http://..."] }.', { param: 'urls' }));
    }
    try {
      r.webhooks.setEndpoints(urls);
    } catch {
      return errorReply(invalidRequest('Every webhook endpoint must be an absolute URL.', { param: 'urls' }));
    }
    return jsonReply(200, { urls: r.webhooks.endpoints });
  })
  .add('POST', '/_emulator/payment_intents/:id/succeed', (r) =>
    jsonReply(200, intentView(completePaymentIntent(r, record(r), 'succeed').intent, 'secret')),
  )
  .add('POST', '/_emulator/payment_intents/:id/fail', (r) =>
    jsonReply(200, intentView(completePaymentIntent(r, record(r), 'fail').intent, 'secret')),
  )
  .add('POST', '/_emulator/payment_intents/:id/authenticate', (r) =>
    jsonReply(200, intentView(resolveAction(r, withSecret(r), actionResult(r)).intent, 'publishable')),
  )
  .add(
    'GET',
    '/_emulator/redirect/:id',
    htmlErrors((r) => {
      const found = withSecret(r);
      const method = found.intent.payment_method ? r.store.paymentMethods.get(found.intent.payment_method)?.method.type : undefined;
      if (found.intent.status !== 'requires_action' || !method) {
        return found.returnUrl ? redirectReply(returnLocation(found.returnUrl, found.intent)) : htmlReply(200, resultPage(found.intent));
      }
      return htmlReply(200, redirectPage(found.intent, method));
    }),
  )
  .add(
    'POST',
    '/_emulator/redirect/:id',
    htmlErrors((r) => {
      const found = withSecret(r);
      // A second submit (back button, double click) just goes back with the current state.
      if (found.intent.status === 'requires_action') resolveAction(r, found, actionResult(r));
      return found.returnUrl ? redirectReply(returnLocation(found.returnUrl, found.intent)) : htmlReply(200, resultPage(found.intent));
    }),
  );
