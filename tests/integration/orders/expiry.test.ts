import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { releaseExpiredReservations } from '../../../src/features/orders/release-expired.server.ts';
import { startPayment } from '../../../src/features/orders/start-payment.server.ts';
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
  type PaymentsHarness,
} from './harness.ts';

const minutes = (n: number) => new Date(Date.now() + n * 60 * 1000);

forEachDatabase((t) => {
  let h: PaymentsHarness;
  beforeAll(async () => {
    h = await startPaymentsHarness(() => t.db);
  });
  afterAll(async () => h.close());

  const noSweep = { sweepExpired: false } as const;

  it('releases the units of an unpaid order when its reservation runs out, and cancels its PaymentIntent', async () => {
    await stock(t.db, 'JAS-E1-M', 2);
    const answer = await startPayment(checkoutRequest([{ sku: 'JAS-E1-M', quantity: 2 }]), h.deps(noSweep));
    const early = await releaseExpiredReservations(t.db, { stripe: h.stripe, now: minutes(29), log: () => {} });
    expect(early.released).toBe(0);
    expect(await inventoryOf(t.db, 'JAS-E1-M')).toEqual({ onHand: 2, reserved: 2 });

    const result = await releaseExpiredReservations(t.db, { stripe: h.stripe, now: minutes(31), log: () => {} });
    expect(result.released).toBeGreaterThanOrEqual(1);
    const order = await orderByNumber(t.db, answer.orderNumber);
    expect(order).toMatchObject({ status: 'canceled', cancelReason: 'reservation_expired' });
    expect(await inventoryOf(t.db, 'JAS-E1-M')).toEqual({ onHand: 2, reserved: 0 });
    expect((await reservationsOf(t.db, order.id)).map((r) => r.status)).toEqual(['released']);
    expect((await h.stripe.paymentIntents.retrieve(order.paymentIntentId!)).status).toBe('canceled');
    // The canceled webhook that follows changes nothing more.
    await h.emulator.webhooksIdle();
    expect(await inventoryOf(t.db, 'JAS-E1-M')).toEqual({ onHand: 2, reserved: 0 });
  });

  it('releases each expired order once when sweeps run at the same time', async () => {
    await stock(t.db, 'JAS-E2-M', 5);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await startPayment(checkoutRequest([{ sku: 'JAS-E2-M', quantity: 1 }]), h.deps(noSweep)));
    const now = minutes(45);
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => releaseExpiredReservations(t.db, { stripe: h.stripe, now, log: () => {} })),
    );
    const ours = await Promise.all(answers.map((answer) => orderByNumber(t.db, answer.orderNumber)));
    expect(ours.every((order) => order.status === 'canceled')).toBe(true);
    expect(runs.reduce((total, run) => total + run.released, 0)).toBeGreaterThanOrEqual(5);
    expect(await inventoryOf(t.db, 'JAS-E2-M')).toEqual({ onHand: 5, reserved: 0 });
    expect(await heldMatchesReserved(t.db, 'JAS-E2-M')).toBe(true);
  });

  it('refunds a payment that arrives after expiry when its units were sold to someone else', async () => {
    await stock(t.db, 'JAS-E3-M', 1);
    h.emulator.pauseWebhooks();
    const late = await startPayment(checkoutRequest([{ sku: 'JAS-E3-M', quantity: 1 }]), h.deps(noSweep));
    // The shopper pays at the very last moment; Stripe has it, our webhook has not arrived yet.
    await pay(h.stripe, late.clientSecret);
    const sweep = minutes(31);
    await releaseExpiredReservations(t.db, { stripe: h.stripe, now: sweep, log: () => {} });
    const expired = await orderByNumber(t.db, late.orderNumber);
    expect(expired).toMatchObject({ status: 'expired', cancelReason: 'reservation_expired' });
    expect(await inventoryOf(t.db, 'JAS-E3-M')).toEqual({ onHand: 1, reserved: 0 });

    // Someone else buys the released unit.
    const other = await startPayment(checkoutRequest([{ sku: 'JAS-E3-M', quantity: 1 }]), h.deps({ now: () => sweep }));
    await pay(h.stripe, other.clientSecret);
    h.emulator.resumeWebhooks({ order: 'shuffle' });
    await h.emulator.webhooksIdle();

    const refunded = await orderByNumber(t.db, late.orderNumber);
    expect(refunded).toMatchObject({ status: 'refunded', autoRefundId: expect.stringMatching(/^re_/) });
    const refund = await h.stripe.refunds.retrieve(refunded.autoRefundId!);
    expect(refund).toMatchObject({ amount: 8995, payment_intent: expired.paymentIntentId, status: 'succeeded' });
    const refunds = await h.stripe.refunds.list({ payment_intent: expired.paymentIntentId! });
    expect(refunds.data).toHaveLength(1);
    expect((await orderByNumber(t.db, other.orderNumber)).status).toBe('paid');
    expect(await inventoryOf(t.db, 'JAS-E3-M')).toEqual({ onHand: 0, reserved: 0 });

    // Stripe repeats the success: still one refund.
    const succeeded = h.emulator
      .events()
      .find((e) => e.type === 'payment_intent.succeeded' && (e.data.object as { id: string }).id === expired.paymentIntentId)!;
    // Even if it were handled as new (its record pruned), the refund's idempotency key holds.
    await t.db.delete(webhookEvents).where(eq(webhookEvents.id, succeeded.id));
    await h.emulator.redeliver(succeeded.id);
    expect((await h.stripe.refunds.list({ payment_intent: expired.paymentIntentId! })).data).toHaveLength(1);
    expect((await orderByNumber(t.db, late.orderNumber)).status).toBe('refunded');
  });

  it('accepts a payment that arrives after expiry when the units are still free', async () => {
    await stock(t.db, 'JAS-E4-M', 1);
    h.emulator.pauseWebhooks();
    const late = await startPayment(checkoutRequest([{ sku: 'JAS-E4-M', quantity: 1 }]), h.deps(noSweep));
    await pay(h.stripe, late.clientSecret);
    await releaseExpiredReservations(t.db, { stripe: h.stripe, now: minutes(31), log: () => {} });
    expect((await orderByNumber(t.db, late.orderNumber)).status).toBe('expired');
    h.emulator.resumeWebhooks();
    await h.emulator.webhooksIdle();
    const order = await orderByNumber(t.db, late.orderNumber);
    expect(order).toMatchObject({ status: 'paid', autoRefundId: null });
    expect(await inventoryOf(t.db, 'JAS-E4-M')).toEqual({ onHand: 0, reserved: 0 });
    expect((await reservationsOf(t.db, order.id)).map((r) => r.status)).toEqual(['consumed']);
  });

  it('reconciles an expired order whose webhook never came from the intent at Stripe', async () => {
    await stock(t.db, 'JAS-E5-M', 1);
    h.emulator.setWebhookEndpoints([]);
    try {
      const late = await startPayment(checkoutRequest([{ sku: 'JAS-E5-M', quantity: 1 }]), h.deps(noSweep));
      await pay(h.stripe, late.clientSecret);
      await releaseExpiredReservations(t.db, { stripe: h.stripe, now: minutes(31), log: () => {} });
      expect((await orderByNumber(t.db, late.orderNumber)).status).toBe('expired');
      const result = await releaseExpiredReservations(t.db, { stripe: h.stripe, now: minutes(45), log: () => {} });
      expect(result.reconciled).toBeGreaterThanOrEqual(1);
      expect((await orderByNumber(t.db, late.orderNumber)).status).toBe('paid');
      expect(await inventoryOf(t.db, 'JAS-E5-M')).toEqual({ onHand: 0, reserved: 0 });
    } finally {
      h.emulator.setWebhookEndpoints([h.webhookUrl]);
    }
  });

  it('cancels an expired order that never got a PaymentIntent at once', async () => {
    await stock(t.db, 'JAS-E6-M', 1);
    const request = checkoutRequest([{ sku: 'JAS-E6-M', quantity: 1 }]);
    const down = new Stripe('sk_test_emulator', { host: '127.0.0.1', port: 9, protocol: 'http', maxNetworkRetries: 0 });
    await startPayment(request, h.deps({ stripe: down, ...noSweep })).catch(() => undefined);
    await releaseExpiredReservations(t.db, { stripe: h.stripe, now: minutes(31), log: () => {} });
    const [order] = await t.db.select().from(orders).where(eq(orders.checkoutId, request.checkoutId));
    expect(order).toMatchObject({ status: 'canceled', paymentIntentId: null, cancelReason: 'reservation_expired' });
    expect(await inventoryOf(t.db, 'JAS-E6-M')).toEqual({ onHand: 1, reserved: 0 });
  });
});
