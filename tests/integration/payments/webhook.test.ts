import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPayment } from '../../../src/features/orders/start-payment.server.ts';
import { handleStripeWebhook } from '../../../src/features/payments/stripe-webhook.server.ts';
import { orders, webhookEvents } from '../../../src/lib/db/schema.ts';
import { forEachDatabase } from '../../helpers/database.ts';
import {
  checkoutRequest,
  heldMatchesReserved,
  inventoryOf,
  orderByNumber,
  pay,
  reservationsOf,
  startPaymentsHarness,
  stock,
  webhookSecret,
  type PaymentsHarness,
} from '../orders/harness.ts';

forEachDatabase((t) => {
  let h: PaymentsHarness;
  beforeAll(async () => {
    h = await startPaymentsHarness(() => t.db);
  });
  afterAll(async () => h.close());

  const intentIdOf = (clientSecret: string) => clientSecret.split('_secret_')[0]!;

  it('marks the order paid on payment_intent.succeeded and takes the units out of stock once', async () => {
    await stock(t.db, 'JAS-W1-M', 4);
    const answer = await startPayment(checkoutRequest([{ sku: 'JAS-W1-M', quantity: 2 }]), h.deps());
    await pay(h.stripe, answer.clientSecret);
    await h.emulator.webhooksIdle();

    const order = await orderByNumber(t.db, answer.orderNumber);
    expect(order).toMatchObject({ status: 'paid', paymentErrorCode: null });
    expect(order.paidAt).toBeInstanceOf(Date);
    expect(await inventoryOf(t.db, 'JAS-W1-M')).toEqual({ onHand: 2, reserved: 0 });
    expect((await reservationsOf(t.db, order.id)).map((r) => r.status)).toEqual(['consumed']);

    // Stripe delivering the same event again changes nothing.
    const succeeded = h.emulator
      .events()
      .find((e) => e.type === 'payment_intent.succeeded' && (e.data.object as { id: string }).id === order.paymentIntentId)!;
    await h.emulator.redeliver(succeeded.id);
    await h.emulator.redeliver(succeeded.id);
    expect(await inventoryOf(t.db, 'JAS-W1-M')).toEqual({ onHand: 2, reserved: 0 });
    expect(await t.db.select().from(webhookEvents).where(eq(webhookEvents.id, succeeded.id))).toHaveLength(1);
  });

  it('settles duplicated and shuffled deliveries into exactly one paid order and one stock decrement each', async () => {
    await stock(t.db, 'JAS-W2-M', 10);
    h.emulator.pauseWebhooks();
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await startPayment(checkoutRequest([{ sku: 'JAS-W2-M', quantity: 1 }]), h.deps()));
    // One shopper is declined first and pays with another card: a late "failed" must not undo "paid".
    await pay(h.stripe, answers[0]!.clientSecret, 'pm_card_chargeDeclined').catch(() => undefined);
    for (const answer of answers.slice(0, 3)) await pay(h.stripe, answer.clientSecret);
    // The fourth never pays, and is canceled at Stripe.
    await h.stripe.paymentIntents.cancel(intentIdOf(answers[3]!.clientSecret));
    const ours = new Set(answers.map((answer) => intentIdOf(answer.clientSecret)));
    const events = h.emulator.events().filter((e) => ours.has((e.data.object as { id?: string; payment_intent?: string }).id ?? ''));

    h.emulator.resumeWebhooks({ order: 'shuffle' });
    await Promise.all(events.map((event) => h.emulator.redeliver(event.id)));
    await h.emulator.webhooksIdle();
    await Promise.all(events.slice(0, 5).map((event) => h.emulator.redeliver(event.id)));

    const statuses = await Promise.all(answers.map(async (answer) => (await orderByNumber(t.db, answer.orderNumber)).status));
    expect(statuses).toEqual(['paid', 'paid', 'paid', 'canceled']);
    expect(await inventoryOf(t.db, 'JAS-W2-M')).toEqual({ onHand: 7, reserved: 0 });
    expect(await heldMatchesReserved(t.db, 'JAS-W2-M')).toBe(true);
    const recorded = await t.db
      .select()
      .from(webhookEvents)
      .where(
        inArray(
          webhookEvents.id,
          events.map((e) => e.id),
        ),
      );
    expect(recorded).toHaveLength(events.length);
  });

  it('keeps the units on a declined card so the shopper can try again', async () => {
    await stock(t.db, 'JAS-W3-M', 1);
    const answer = await startPayment(checkoutRequest([{ sku: 'JAS-W3-M', quantity: 1 }]), h.deps());
    await expect(pay(h.stripe, answer.clientSecret, 'pm_card_chargeDeclinedInsufficientFunds')).rejects.toThrow(/insufficient funds/);
    await h.emulator.webhooksIdle();
    expect(await orderByNumber(t.db, answer.orderNumber)).toMatchObject({ status: 'payment_failed', paymentErrorCode: 'card_declined' });
    expect(await inventoryOf(t.db, 'JAS-W3-M')).toEqual({ onHand: 1, reserved: 1 });

    await pay(h.stripe, answer.clientSecret);
    await h.emulator.webhooksIdle();
    expect(await orderByNumber(t.db, answer.orderNumber)).toMatchObject({ status: 'paid', paymentErrorCode: null });
    expect(await inventoryOf(t.db, 'JAS-W3-M')).toEqual({ onHand: 0, reserved: 0 });
  });

  it('releases the units when the PaymentIntent is canceled', async () => {
    await stock(t.db, 'JAS-W4-M', 3);
    const answer = await startPayment(checkoutRequest([{ sku: 'JAS-W4-M', quantity: 3 }]), h.deps());
    expect(await inventoryOf(t.db, 'JAS-W4-M')).toEqual({ onHand: 3, reserved: 3 });
    await h.stripe.paymentIntents.cancel(intentIdOf(answer.clientSecret));
    await h.emulator.webhooksIdle();
    const order = await orderByNumber(t.db, answer.orderNumber);
    expect(order).toMatchObject({ status: 'canceled', cancelReason: 'payment_canceled' });
    expect(await inventoryOf(t.db, 'JAS-W4-M')).toEqual({ onHand: 3, reserved: 0 });
    expect((await reservationsOf(t.db, order.id)).map((r) => r.status)).toEqual(['released']);
  });

  it('extends the hold while a bank payment is processing', async () => {
    await stock(t.db, 'JAS-W5-M', 1);
    const answer = await startPayment(checkoutRequest([{ sku: 'JAS-W5-M', quantity: 1 }]), h.deps());
    const before = await orderByNumber(t.db, answer.orderNumber);
    const intent = await h.stripe.paymentIntents.confirm(intentIdOf(answer.clientSecret), {
      payment_method_data: { type: 'ideal', ideal: { bank: 'ing' } },
      return_url: 'http://127.0.0.1:4321/bestelling/return',
    });
    expect(intent.status).toBe('requires_action');
    const response = await fetch(`${h.emulator.url}/_emulator/payment_intents/${intent.id}/authenticate`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_secret: answer.clientSecret, result: 'processing' }),
    });
    expect(response.status).toBe(200);
    await h.emulator.webhooksIdle();
    const during = await orderByNumber(t.db, answer.orderNumber);
    expect(during.status).toBe('pending_payment');
    expect(during.reservationExpiresAt.getTime()).toBeGreaterThan(before.reservationExpiresAt.getTime() + 60 * 60 * 1000);

    await fetch(`${h.emulator.url}/_emulator/payment_intents/${intent.id}/succeed`, { method: 'POST' });
    await h.emulator.webhooksIdle();
    expect((await orderByNumber(t.db, answer.orderNumber)).status).toBe('paid');
    expect(await inventoryOf(t.db, 'JAS-W5-M')).toEqual({ onHand: 0, reserved: 0 });
  });

  it('answers 400 to a missing or wrong signature and changes nothing', async () => {
    await stock(t.db, 'JAS-W6-M', 1);
    h.emulator.pauseWebhooks();
    const answer = await startPayment(checkoutRequest([{ sku: 'JAS-W6-M', quantity: 1 }]), h.deps());
    await pay(h.stripe, answer.clientSecret);
    const event = h.emulator
      .events()
      .find((e) => e.type === 'payment_intent.succeeded' && (e.data.object as { id: string }).id === intentIdOf(answer.clientSecret))!;
    const body = JSON.stringify(event);
    const deps = { db: t.db, stripe: h.stripe, webhookSecret, log: () => {} };
    const post = (headers: Record<string, string>, payload = body) =>
      handleStripeWebhook(new Request('http://127.0.0.1/api/stripe/webhook', { method: 'POST', headers, body: payload }), deps);

    const missing = await post({});
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { code: 'missing_signature' } });
    const forged = h.stripe.webhooks.generateTestHeaderString({ payload: body, secret: 'whsec_someoneelse' });
    const wrong = await post({ 'stripe-signature': forged });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: { code: 'invalid_signature' } });
    // Signed for one body, sent with another (the amount "tampered").
    const genuine = h.stripe.webhooks.generateTestHeaderString({ payload: body, secret: webhookSecret });
    const tampered = await post({ 'stripe-signature': genuine }, body.replace('"amount":8995', '"amount":1'));
    expect(tampered.status).toBe(400);

    expect(await orderByNumber(t.db, answer.orderNumber)).toMatchObject({ status: 'pending_payment' });
    expect(await inventoryOf(t.db, 'JAS-W6-M')).toEqual({ onHand: 1, reserved: 1 });
    expect(await t.db.select().from(webhookEvents).where(eq(webhookEvents.id, event.id))).toHaveLength(0);

    // The genuine delivery then works.
    const ok = await post({ 'stripe-signature': genuine });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ received: true, outcome: 'paid' });
    const again = await post({ 'stripe-signature': genuine });
    expect(await again.json()).toEqual({ received: true, outcome: 'duplicate' });
    h.emulator.resumeWebhooks();
    await h.emulator.webhooksIdle();
    expect(await inventoryOf(t.db, 'JAS-W6-M')).toEqual({ onHand: 0, reserved: 0 });
  });

  it('records events it has no use for, and ignores intents that are not an order’s', async () => {
    const intent = await h.stripe.paymentIntents.create({ amount: 1234, currency: 'eur', metadata: { source: 'another-app' } });
    await h.stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_visa', return_url: 'http://127.0.0.1/x' });
    await h.emulator.webhooksIdle();
    const events = h.emulator.events().filter((e) => (e.data.object as { id?: string; payment_intent?: string }).id === intent.id);
    expect(events.map((e) => e.type)).toContain('payment_intent.succeeded');
    // Acknowledged (2xx, so Stripe stops retrying), recorded, and no order touched.
    const deliveries = h.emulator.deliveries().filter((d) => events.some((e) => e.id === d.eventId));
    expect(deliveries.length).toBe(events.length);
    expect(deliveries.every((d) => d.status === 'delivered')).toBe(true);
    const recorded = await t.db
      .select()
      .from(webhookEvents)
      .where(
        inArray(
          webhookEvents.id,
          events.map((e) => e.id),
        ),
      );
    expect(recorded).toHaveLength(events.length);
    expect(await t.db.select().from(orders).where(eq(orders.paymentIntentId, intent.id))).toHaveLength(0);
  });
});
