import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { returnUrl, startHarness, type Harness } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.emulator.close());

const create = (params: Partial<Stripe.PaymentIntentCreateParams> = {}) =>
  h.stripe.paymentIntents.create({ amount: 2495, currency: 'eur', ...params });

describe('PaymentIntents through the real stripe SDK', () => {
  it('creates an intent in Stripe shape, with automatic payment methods by default', async () => {
    const intent = await create({ metadata: { order_id: 'ord_1' }, description: 'Order 1', receipt_email: 'a@example.nl' });
    expect(intent).toMatchObject({
      object: 'payment_intent',
      amount: 2495,
      currency: 'eur',
      status: 'requires_payment_method',
      livemode: false,
      metadata: { order_id: 'ord_1' },
      description: 'Order 1',
      receipt_email: 'a@example.nl',
      automatic_payment_methods: { enabled: true, allow_redirects: 'always' },
      payment_method_types: ['card', 'ideal', 'bancontact'],
      amount_received: 0,
      latest_charge: null,
    });
    expect(intent.id).toMatch(/^pi_[A-Za-z0-9]{24}$/);
    expect(intent.client_secret).toMatch(new RegExp(`^${intent.id}_secret_[A-Za-z0-9]+$`));
    expect(Math.abs(intent.created - Date.now() / 1000)).toBeLessThan(5);
  });

  it('retrieves, and narrows payment_method_types to allowed types that fit the currency', async () => {
    const created = await create({ allowed_payment_method_types: ['card', 'ideal'] });
    const intent = await h.stripe.paymentIntents.retrieve(created.id);
    expect(intent).toMatchObject({ payment_method_types: ['card', 'ideal'], allowed_payment_method_types: ['card', 'ideal'] });
    const dollars = await create({ currency: 'usd', excluded_payment_method_types: ['bancontact'] });
    expect(dollars).toMatchObject({ payment_method_types: ['card'], excluded_payment_method_types: ['bancontact'] });
    const noRedirects = await create({ automatic_payment_methods: { enabled: true, allow_redirects: 'never' } });
    expect(noRedirects.payment_method_types).toEqual(['card']);
    // The older explicit parameter still works, without automatic payment methods.
    const legacy = await create({ payment_method_types: ['ideal'] } as Partial<Stripe.PaymentIntentCreateParams>);
    expect(legacy).toMatchObject({ payment_method_types: ['ideal'], automatic_payment_methods: null });
    const updated = await h.stripe.paymentIntents.update(legacy.id, { amount: 5000 });
    expect(updated).toMatchObject({ amount: 5000, payment_method_types: ['ideal'] });
    await expect(
      h.stripe.paymentIntents.confirm(legacy.id, { payment_method: 'pm_card_visa', return_url: returnUrl }),
    ).rejects.toMatchObject({ code: 'payment_intent_invalid_parameter', param: 'payment_method' });
  });

  it('updates amount and merges metadata before payment; an empty value deletes a key', async () => {
    const created = await create({ metadata: { a: '1', b: '2' } });
    const updated = await h.stripe.paymentIntents.update(created.id, { amount: 3000, metadata: { b: '', c: '3' } });
    expect(updated).toMatchObject({ amount: 3000, metadata: { a: '1', c: '3' } });
  });

  it('confirms a test card server-side: succeeded with a charge', async () => {
    const created = await create({ metadata: { order_id: 'ord_2' } });
    const intent = await h.stripe.paymentIntents.confirm(created.id, { payment_method: 'pm_card_visa', return_url: returnUrl });
    expect(intent).toMatchObject({ status: 'succeeded', amount_received: 2495, last_payment_error: null });
    expect(intent.latest_charge).toMatch(/^ch_/);
    const charge = await h.stripe.charges.retrieve(intent.latest_charge as string);
    expect(charge).toMatchObject({
      object: 'charge',
      amount: 2495,
      amount_refunded: 0,
      refunded: false,
      paid: true,
      status: 'succeeded',
      payment_intent: intent.id,
      metadata: { order_id: 'ord_2' },
      payment_method_details: { type: 'card', card: { brand: 'visa', last4: '4242' } },
    });
  });

  it('creates and confirms in one call, and expands latest_charge', async () => {
    const intent = await create({ confirm: true, payment_method: 'pm_card_mastercard', return_url: returnUrl, expand: ['latest_charge'] });
    expect(intent.status).toBe('succeeded');
    expect(intent.latest_charge).toMatchObject({ object: 'charge', status: 'succeeded' });
  });

  it('refuses to change the amount once succeeded (payment_intent_unexpected_state); metadata may still change', async () => {
    const intent = await create({ confirm: true, payment_method: 'pm_card_visa', return_url: returnUrl });
    const error = await h.stripe.paymentIntents.update(intent.id, { amount: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 400, code: 'payment_intent_unexpected_state', param: 'amount' });
    const updated = await h.stripe.paymentIntents.update(intent.id, { metadata: { note: 'shipped' } });
    expect(updated.metadata).toEqual({ note: 'shipped' });
  });

  it('a declined card raises StripeCardError with decline_code and leaves requires_payment_method', async () => {
    const created = await create();
    const error = await h.stripe.paymentIntents
      .confirm(created.id, { payment_method: 'pm_card_chargeDeclinedInsufficientFunds', return_url: returnUrl })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(error).toMatchObject({
      type: 'StripeCardError',
      statusCode: 402,
      code: 'card_declined',
      decline_code: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
    });
    const raw = (error as Stripe.errors.StripeCardError).raw as { payment_intent?: { id: string; status: string } };
    expect(raw.payment_intent).toMatchObject({ id: created.id, status: 'requires_payment_method' });
    const intent = await h.stripe.paymentIntents.retrieve(created.id);
    expect(intent).toMatchObject({
      status: 'requires_payment_method',
      payment_method: null,
      last_payment_error: { code: 'card_declined', decline_code: 'insufficient_funds' },
    });
    // A failed charge is left behind, as on Stripe; a retry with a good card then succeeds.
    expect((await h.stripe.charges.retrieve(intent.latest_charge as string)).status).toBe('failed');
    const retried = await h.stripe.paymentIntents.confirm(created.id, { payment_method: 'pm_card_visa', return_url: returnUrl });
    expect(retried).toMatchObject({ status: 'succeeded', last_payment_error: null });
  });

  it('3D Secure: requires_action with a redirect, then completed through the control endpoint', async () => {
    const created = await create();
    const intent = await h.stripe.paymentIntents.confirm(created.id, {
      payment_method: 'pm_card_authenticationRequired',
      return_url: returnUrl,
    });
    expect(intent.status).toBe('requires_action');
    expect(intent.next_action).toMatchObject({ type: 'redirect_to_url', redirect_to_url: { return_url: returnUrl } });
    const response = await fetch(`${h.emulator.url}/_emulator/payment_intents/${intent.id}/succeed`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect((await h.stripe.paymentIntents.retrieve(intent.id)).status).toBe('succeeded');
  });

  it('iDEAL: the bank page redirects back to return_url with Stripe’s query parameters', async () => {
    const created = await create();
    const intent = await h.stripe.paymentIntents.confirm(created.id, {
      payment_method_data: { type: 'ideal', ideal: { bank: 'ing' } },
      return_url: returnUrl,
    });
    expect(intent.status).toBe('requires_action');
    const pageUrl = intent.next_action?.redirect_to_url?.url as string;
    const page = await fetch(pageUrl);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('Authorize test payment');
    expect(html).toContain('Leave processing');

    const answer = await fetch(pageUrl, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_secret: intent.client_secret as string, result: 'processing' }),
    });
    expect(answer.status).toBe(303);
    const location = new URL(answer.headers.get('location') as string);
    expect(`${location.origin}${location.pathname}`).toBe(returnUrl);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      payment_intent: intent.id,
      payment_intent_client_secret: intent.client_secret,
      redirect_status: 'processing',
    });
    expect((await h.stripe.paymentIntents.retrieve(intent.id)).status).toBe('processing');
    await fetch(`${h.emulator.url}/_emulator/payment_intents/${intent.id}/fail`, { method: 'POST' });
    const failed = await h.stripe.paymentIntents.retrieve(intent.id);
    expect(failed).toMatchObject({
      status: 'requires_payment_method',
      last_payment_error: { code: 'payment_intent_payment_attempt_failed' },
    });
  });

  it('cancels, and refuses to cancel twice', async () => {
    const created = await create();
    const canceled = await h.stripe.paymentIntents.cancel(created.id, { cancellation_reason: 'abandoned' });
    expect(canceled).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned' });
    expect(canceled.canceled_at).toBeTypeOf('number');
    await expect(h.stripe.paymentIntents.cancel(created.id)).rejects.toMatchObject({ code: 'payment_intent_unexpected_state' });
    await expect(h.stripe.paymentIntents.confirm(created.id, { payment_method: 'pm_card_visa' })).rejects.toMatchObject({
      code: 'payment_intent_unexpected_state',
    });
  });

  it('validates parameters the way Stripe does', async () => {
    await expect(h.stripe.paymentIntents.create({ currency: 'eur' } as Stripe.PaymentIntentCreateParams)).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      code: 'parameter_missing',
      param: 'amount',
    });
    await expect(create({ amount: 10 })).rejects.toMatchObject({ code: 'amount_too_small', param: 'amount' });
    await expect(create({ capture_method: 'manual' })).rejects.toMatchObject({ param: 'capture_method' });
    await expect(
      create({ payment_method_types: ['ideal'], currency: 'usd' } as Partial<Stripe.PaymentIntentCreateParams>),
    ).rejects.toMatchObject({
      param: 'currency',
    });
    await expect(create({ allowed_payment_method_types: ['ideal'], currency: 'usd' })).rejects.toMatchObject({
      param: 'allowed_payment_method_types',
    });
    await expect(create({ bogus: 1 } as Partial<Stripe.PaymentIntentCreateParams>)).rejects.toMatchObject({
      code: 'parameter_unknown',
      param: 'bogus',
    });
    // Automatic payment methods may redirect, so Stripe insists on a return_url.
    const intent = await create();
    await expect(h.stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_visa' })).rejects.toMatchObject({
      param: 'return_url',
    });
  });

  it('answers 404 resource_missing for an unknown id', async () => {
    const error = await h.stripe.paymentIntents.retrieve('pi_doesnotexist').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing', message: "No such payment_intent: 'pi_doesnotexist'" });
  });
});

describe('authentication', () => {
  it('refuses a missing or unknown key with StripeAuthenticationError', async () => {
    const wrong = new Stripe('sk_live_nope', { ...h.emulator.stripeConfig, maxNetworkRetries: 0 });
    const error = await wrong.paymentIntents.create({ amount: 1000, currency: 'eur' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(error).toMatchObject({ statusCode: 401, message: expect.stringContaining('Invalid API Key provided') });
    const bare = await fetch(`${h.emulator.url}/v1/payment_intents`, { method: 'POST' });
    expect(bare.status).toBe(401);
    expect(await bare.json()).toMatchObject({
      error: { type: 'invalid_request_error', message: expect.stringContaining('You did not provide an API key') },
    });
  });

  it('lets a publishable key do only what Stripe.js can: retrieve and confirm with the client secret', async () => {
    const intent = await create();
    const publishable = new Stripe(h.emulator.publishableKey, { ...h.emulator.stripeConfig, maxNetworkRetries: 0 });
    await expect(publishable.paymentIntents.create({ amount: 1000, currency: 'eur' })).rejects.toBeInstanceOf(
      Stripe.errors.StripeAuthenticationError,
    );
    await expect(publishable.paymentIntents.retrieve(intent.id)).rejects.toMatchObject({
      code: 'parameter_missing',
      param: 'client_secret',
    });
    const key = encodeURIComponent(h.emulator.publishableKey);
    const wrongSecret = await fetch(`${h.emulator.url}/v1/payment_intents/${intent.id}?key=${key}&client_secret=${intent.id}_secret_nope`);
    expect(wrongSecret.status).toBe(400);
    const seen = await fetch(`${h.emulator.url}/v1/payment_intents/${intent.id}?key=${key}&client_secret=${intent.client_secret}`);
    const body = (await seen.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ id: intent.id, status: 'requires_payment_method', client_secret: intent.client_secret });
    expect(body).not.toHaveProperty('metadata');
    const confirmed = await fetch(`${h.emulator.url}/v1/payment_intents/${intent.id}/confirm`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `key=${key}&client_secret=${intent.client_secret}&return_url=${encodeURIComponent(returnUrl)}&payment_method_data[type]=card&payment_method_data[card][number]=4242424242424242&payment_method_data[card][exp_month]=12&payment_method_data[card][exp_year]=2040`,
    });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ status: 'succeeded' });
  });
});
