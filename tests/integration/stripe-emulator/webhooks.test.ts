import Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { returnUrl, startHarness, startWebhookReceiver, type Harness } from './helpers.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});

async function setup(answer?: (n: number) => number): Promise<Harness & { receiver: Awaited<ReturnType<typeof startWebhookReceiver>> }> {
  const receiver = await startWebhookReceiver(answer);
  cleanup.push(receiver.close);
  const harness = await startHarness({ webhookEndpoints: [receiver.url], webhookSecret: 'whsec_testsecret' });
  cleanup.push(harness.emulator.close);
  return { ...harness, receiver };
}

describe('webhooks', () => {
  it('delivers each event signed so that constructEvent verifies the raw body', async () => {
    const { stripe, emulator, receiver } = await setup();
    const intent = await stripe.paymentIntents.create(
      { amount: 4200, currency: 'eur', confirm: true, payment_method: 'pm_card_visa', return_url: returnUrl },
      { idempotencyKey: 'order-42' },
    );
    await emulator.webhooksIdle();

    const events = receiver.received.map(({ body, signature }) => stripe.webhooks.constructEvent(body, signature, 'whsec_testsecret'));
    expect(events.map((e) => e.type).sort()).toEqual(['charge.succeeded', 'payment_intent.created', 'payment_intent.succeeded']);
    const succeeded = events.find((e) => e.type === 'payment_intent.succeeded')!;
    expect(succeeded).toMatchObject({
      object: 'event',
      livemode: false,
      api_version: Stripe.API_VERSION,
      pending_webhooks: 1,
      request: { idempotency_key: 'order-42' },
      data: { object: { id: intent.id, object: 'payment_intent', status: 'succeeded' } },
    });
    expect(succeeded.id).toMatch(/^evt_/);
    expect(succeeded.request?.id).toMatch(/^req_/);
    expect(receiver.received[0]!.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);

    // A tampered body or another secret fails verification.
    const { body, signature } = receiver.received[0]!;
    expect(() => stripe.webhooks.constructEvent(body.replace('4200', '1'), signature, 'whsec_testsecret')).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
    expect(() => stripe.webhooks.constructEvent(body, signature, 'whsec_other')).toThrow(Stripe.errors.StripeSignatureVerificationError);
    // Delivered: nothing pending any more.
    expect(emulator.events().every((e) => e.pending_webhooks === 0)).toBe(true);
  });

  it('does not make the API wait for a slow endpoint', async () => {
    const { stripe, emulator, receiver } = await setup();
    emulator.pauseWebhooks();
    await stripe.paymentIntents.create({ amount: 1000, currency: 'eur' });
    expect(receiver.received).toHaveLength(0);
    emulator.resumeWebhooks();
    await emulator.webhooksIdle();
    expect(receiver.received).toHaveLength(1);
  });

  it('retries after a 500 until the endpoint answers 2xx', async () => {
    const { stripe, emulator, receiver } = await setup((n) => (n <= 2 ? 500 : 200));
    await stripe.paymentIntents.create({ amount: 1000, currency: 'eur' });
    await emulator.webhooksIdle();
    expect(receiver.received).toHaveLength(3);
    expect(new Set(receiver.received.map((r) => JSON.parse(r.body).id)).size).toBe(1);
    expect(emulator.deliveries()).toMatchObject([{ type: 'payment_intent.created', status: 'delivered', attempts: 3, lastStatus: 200 }]);
  });

  it('gives up after the configured attempts, and retries an unreachable endpoint too', async () => {
    const { stripe, emulator, receiver } = await setup(() => 503);
    emulator.addWebhookEndpoint('http://127.0.0.1:9/unreachable');
    await stripe.paymentIntents.create({ amount: 1000, currency: 'eur' });
    await emulator.webhooksIdle();
    expect(receiver.received).toHaveLength(5);
    const deliveries = emulator.deliveries();
    expect(deliveries.map((d) => [d.status, d.attempts])).toEqual([
      ['failed', 5],
      ['failed', 5],
    ]);
    expect(deliveries[1]!.lastStatus).toBeNull();
    expect(emulator.events()[0]!.pending_webhooks).toBe(2);
  });

  it('can deliver out of order and twice, as Stripe may', async () => {
    const { stripe, emulator, receiver } = await setup();
    emulator.pauseWebhooks();
    await stripe.paymentIntents.create({
      amount: 1000,
      currency: 'eur',
      confirm: true,
      payment_method: 'pm_card_visa',
      return_url: returnUrl,
    });
    emulator.resumeWebhooks({ order: 'reverse' });
    await emulator.webhooksIdle();
    const types = receiver.received.map((r) => JSON.parse(r.body).type);
    expect(types).toEqual(['payment_intent.succeeded', 'charge.succeeded', 'payment_intent.created']);

    const first = emulator.events()[0]!;
    await emulator.redeliver(first.id);
    const again = receiver.received.at(-1)!;
    expect(stripe.webhooks.constructEvent(again.body, again.signature, 'whsec_testsecret').id).toBe(first.id);
  });

  it('lists events over /v1/events and /_emulator/events', async () => {
    const { stripe, emulator } = await setup();
    const intent = await stripe.paymentIntents.create({ amount: 1000, currency: 'eur' });
    await stripe.paymentIntents.cancel(intent.id);
    await emulator.webhooksIdle();
    const listed = await stripe.events.list({ type: 'payment_intent.*', limit: 10 });
    expect(listed.data.map((e) => e.type)).toEqual(['payment_intent.canceled', 'payment_intent.created']);
    expect((await stripe.events.retrieve(listed.data[0]!.id)).type).toBe('payment_intent.canceled');
    const control = (await (await fetch(`${emulator.url}/_emulator/events`)).json()) as {
      data: Array<{ type: string; deliveries: unknown[] }>;
    };
    expect(control.data.map((e) => e.type)).toEqual(['payment_intent.created', 'payment_intent.canceled']);
    expect(control.data[0]!.deliveries).toMatchObject([{ status: 'delivered' }]);
  });
});
