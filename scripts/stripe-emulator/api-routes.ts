/**
 * The slice of Stripe's /v1 API that Kassa uses. Each route says whether Stripe.js (a
 * publishable key plus the intent's client_secret) may call it; everything else needs the
 * secret key, as on Stripe.
 */
import type { Auth } from './auth.ts';
import type { Charge } from './charges.ts';
import { resourceMissing } from './errors.ts';
import type { FormObject } from './form.ts';
import { paginate } from './lists.ts';
import { assertKnownParams, optionalString } from './params.ts';
import {
  cancelPaymentIntent,
  confirmPaymentIntent,
  createPaymentIntent,
  findIntent,
  intentView,
  updatePaymentIntent,
  type IntentContext,
} from './payment-intents.ts';
import { createRefund, findRefund, listRefunds, updateRefund } from './refunds.ts';
import { Router } from './router.ts';

export interface ApiRequest extends IntentContext {
  auth: Auth;
  params: FormObject;
  path: Record<string, string>;
}

export interface ApiRoute {
  /** Stripe.js may call it with a publishable key. */
  publishable: boolean;
  run(request: ApiRequest): unknown;
}

const secret = (run: ApiRoute['run']): ApiRoute => ({ publishable: false, run });
const listParams = ['limit', 'starting_after', 'ending_before', 'created'];

function findCharge(request: ApiRequest, id: string): Charge {
  const charge = request.store.charges.get(id);
  if (!charge) throw resourceMissing('charge', id, 'charge');
  return charge;
}

export const apiRoutes = new Router<ApiRoute>()
  .add(
    'POST',
    '/v1/payment_intents',
    secret((r) => intentView(createPaymentIntent(r, r.params).intent, 'secret')),
  )
  .add(
    'GET',
    '/v1/payment_intents',
    secret((r) => {
      assertKnownParams(r.params, listParams);
      const list = paginate(
        [...r.store.intents.values()].map((record) => record.intent),
        r.params,
        '/v1/payment_intents',
        'payment_intent',
      );
      return { ...list, data: list.data.map((intent) => intentView(intent, 'secret')) };
    }),
  )
  .add('GET', '/v1/payment_intents/:id', {
    publishable: true,
    run: (r) => {
      assertKnownParams(r.params, []);
      return intentView(findIntent(r.store, r.path.id!, r.auth.kind, r.params).intent, r.auth.kind);
    },
  })
  .add(
    'POST',
    '/v1/payment_intents/:id',
    secret((r) => intentView(updatePaymentIntent(r, findIntent(r.store, r.path.id!, 'secret', r.params), r.params).intent, 'secret')),
  )
  .add('POST', '/v1/payment_intents/:id/confirm', {
    publishable: true,
    run: (r) => {
      const record = findIntent(r.store, r.path.id!, r.auth.kind, r.params);
      const { key: _key, client_secret: _secret, ...params } = r.params;
      return intentView(confirmPaymentIntent(r, record, params, r.auth.kind).intent, r.auth.kind);
    },
  })
  .add(
    'POST',
    '/v1/payment_intents/:id/cancel',
    secret((r) => intentView(cancelPaymentIntent(r, findIntent(r.store, r.path.id!, 'secret', r.params), r.params).intent, 'secret')),
  )
  .add(
    'GET',
    '/v1/charges',
    secret((r) => {
      assertKnownParams(r.params, [...listParams, 'payment_intent']);
      const intent = optionalString(r.params, 'payment_intent');
      const charges = [...r.store.charges.values()].filter((charge) => !intent || charge.payment_intent === intent);
      return paginate(charges, r.params, '/v1/charges', 'charge');
    }),
  )
  .add(
    'GET',
    '/v1/charges/:id',
    secret((r) => findCharge(r, r.path.id!)),
  )
  .add(
    'GET',
    '/v1/payment_methods/:id',
    secret((r) => {
      const found = r.store.paymentMethods.get(r.path.id!);
      if (!found) throw resourceMissing('payment_method', r.path.id!);
      return found.method;
    }),
  )
  .add(
    'POST',
    '/v1/refunds',
    secret((r) => createRefund(r.store, r.request, r.params)),
  )
  .add(
    'GET',
    '/v1/refunds',
    secret((r) => listRefunds(r.store, r.params)),
  )
  .add(
    'GET',
    '/v1/refunds/:id',
    secret((r) => findRefund(r.store, r.path.id!)),
  )
  .add(
    'POST',
    '/v1/refunds/:id',
    secret((r) => updateRefund(r.store, r.request, findRefund(r.store, r.path.id!), r.params)),
  )
  .add(
    'GET',
    '/v1/events',
    secret((r) => {
      assertKnownParams(r.params, [...listParams, 'type', 'types']);
      const type = optionalString(r.params, 'type');
      // Stripe's `type` filter accepts a trailing wildcard: `payment_intent.*`.
      const matches = (eventType: string) => !type || (type.endsWith('*') ? eventType.startsWith(type.slice(0, -1)) : eventType === type);
      return paginate(
        r.store.events.filter((event) => matches(event.type)),
        r.params,
        '/v1/events',
        'event',
      );
    }),
  )
  .add(
    'GET',
    '/v1/events/:id',
    secret((r) => {
      const event = r.store.events.find((candidate) => candidate.id === r.path.id);
      if (!event) throw resourceMissing('event', r.path.id!);
      return event;
    }),
  );
