/**
 * The order status page's data (loadOrderStatusPage) on both databases with the Stripe
 * emulator: what a link opens and what it refuses, and which payment panel each situation gets.
 */
import Stripe from 'stripe';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadOrderStatusPage, type OrderStatusPageDeps } from '../../../src/features/orders/order-status-page.server.ts';
import { startPayment } from '../../../src/features/orders/start-payment.server.ts';
import { forEachDatabase } from '../../helpers/database.ts';
import { checkoutRequest, orderByNumber, pay, startPaymentsHarness, stock, testTokenSecret, type PaymentsHarness } from './harness.ts';

forEachDatabase((t) => {
  let h: PaymentsHarness;
  beforeAll(async () => {
    h = await startPaymentsHarness(() => t.db);
  });
  afterAll(async () => h.close());

  const deps = (overrides: Partial<OrderStatusPageDeps> = {}): OrderStatusPageDeps => ({
    db: t.db,
    secret: testTokenSecret,
    stripe: () => h.stripe,
    publishableKey: () => 'pk_test_emulator',
    log: () => {},
    ...overrides,
  });
  const intentIdOf = (clientSecret: string) => clientSecret.split('_secret_')[0]!;
  const queryOf = (statusPath: string) => new URL(statusPath, 'http://shop.test').searchParams;
  const returnQuery = (statusPath: string, clientSecret: string, status = 'succeeded') => {
    const search = queryOf(statusPath);
    search.set('payment_intent', intentIdOf(clientSecret));
    search.set('payment_intent_client_secret', clientSecret);
    search.set('redirect_status', status);
    return search;
  };
  async function order(sku: string) {
    await stock(t.db, sku, 3);
    return startPayment(checkoutRequest([{ sku, quantity: 1 }]), h.deps());
  }

  it('opens only with this order’s token and, after paying, only with its own return query', async () => {
    const a = await order('JAS-S1-M');
    const b = await order('JAS-S1-M');
    expect(await loadOrderStatusPage(a.orderNumber, queryOf(a.statusPath), deps())).toMatchObject({ order: { number: a.orderNumber } });
    expect(await loadOrderStatusPage(a.orderNumber, new URLSearchParams(), deps())).toBeUndefined();
    expect(await loadOrderStatusPage(a.orderNumber, queryOf(b.statusPath), deps())).toBeUndefined();
    expect(await loadOrderStatusPage(b.orderNumber, queryOf(a.statusPath), deps())).toBeUndefined();
    const tampered = queryOf(a.statusPath);
    tampered.set('t', `${tampered.get('t')!.slice(0, -2)}xx`);
    expect(await loadOrderStatusPage(a.orderNumber, tampered, deps())).toBeUndefined();
    // A valid token with another order's payment, or half a return query: not this page's business.
    expect(await loadOrderStatusPage(a.orderNumber, returnQuery(a.statusPath, b.clientSecret), deps())).toBeUndefined();
    const half = queryOf(a.statusPath);
    half.set('payment_intent', intentIdOf(a.clientSecret));
    expect(await loadOrderStatusPage(a.orderNumber, half, deps())).toBeUndefined();
  });

  it('offers the payment form on an unpaid order, and after a decline says it failed', async () => {
    const answer = await order('JAS-S2-M');
    const fresh = await loadOrderStatusPage(answer.orderNumber, queryOf(answer.statusPath), deps());
    expect(fresh?.panel).toMatchObject({
      kind: 'pay',
      failed: false,
      retry: { clientSecret: answer.clientSecret, publishableKey: 'pk_test_emulator' },
    });
    expect((fresh?.panel as { reservedUntil?: Date }).reservedUntil?.toISOString()).toBe(answer.reservationExpiresAt);

    await pay(h.stripe, answer.clientSecret, 'pm_card_chargeDeclined').catch(() => undefined);
    await h.emulator.webhooksIdle();
    const declined = await loadOrderStatusPage(answer.orderNumber, returnQuery(answer.statusPath, answer.clientSecret, 'failed'), deps());
    expect(declined?.panel).toMatchObject({ kind: 'pay', failed: true, errorCode: 'card_declined' });
    expect(declined?.order.status).toBe('payment_failed');
    // The same order opened later from the link knows it too.
    expect((await loadOrderStatusPage(answer.orderNumber, queryOf(answer.statusPath), deps()))?.panel).toMatchObject({
      kind: 'pay',
      failed: true,
    });
  });

  it('confirms a payment on the return (settling it before the webhook) and not on a later visit', async () => {
    h.emulator.pauseWebhooks();
    try {
      const answer = await order('JAS-S3-M');
      await pay(h.stripe, answer.clientSecret);
      const back = await loadOrderStatusPage(answer.orderNumber, returnQuery(answer.statusPath, answer.clientSecret), deps());
      expect(back?.panel).toEqual({ kind: 'confirmed' });
      expect(back?.order.status).toBe('paid');
      expect((await orderByNumber(t.db, answer.orderNumber)).status).toBe('paid');
      const later = await loadOrderStatusPage(answer.orderNumber, queryOf(answer.statusPath), deps({ stripe: () => unreachable }));
      expect(later?.panel).toEqual({ kind: 'none' });
    } finally {
      h.emulator.resumeWebhooks();
      await h.emulator.webhooksIdle();
    }
  });

  it('waits while the bank decides, also without the return query', async () => {
    const answer = await order('JAS-S4-M');
    const id = intentIdOf(answer.clientSecret);
    await h.stripe.paymentIntents.confirm(id, {
      payment_method_data: { type: 'ideal', ideal: { bank: 'ing' } },
      return_url: 'http://shop.test/r',
    });
    await fetch(`${h.emulator.url}/_emulator/payment_intents/${id}/authenticate`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_secret: answer.clientSecret, result: 'processing' }),
    });
    expect(
      (await loadOrderStatusPage(answer.orderNumber, returnQuery(answer.statusPath, answer.clientSecret, 'processing'), deps()))?.panel,
    ).toEqual({
      kind: 'processing',
    });
    expect((await loadOrderStatusPage(answer.orderNumber, queryOf(answer.statusPath), deps()))?.panel).toEqual({ kind: 'processing' });
  });

  it('shows the stored order when Stripe cannot be reached', async () => {
    const answer = await order('JAS-S5-M');
    const page = await loadOrderStatusPage(answer.orderNumber, queryOf(answer.statusPath), deps({ stripe: () => unreachable }));
    expect(page?.panel).toEqual({ kind: 'unknown' });
    expect(page?.order.status).toBe('pending_payment');
  });
});

// Port 9 (discard) on loopback: nothing listens, so every call fails fast.
const unreachable = new Stripe('sk_test_unreachable', {
  host: '127.0.0.1',
  port: 9,
  protocol: 'http',
  maxNetworkRetries: 0,
  timeout: 2_000,
});
