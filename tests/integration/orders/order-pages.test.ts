import { afterAll, beforeAll, expect, it } from 'vitest';
import { orderStatusPath, orderStatusToken } from '../../../src/features/orders/order-links.ts';
import { getOrderForStatusPage } from '../../../src/features/orders/order-view.server.ts';
import { startPayment } from '../../../src/features/orders/start-payment.server.ts';
import { getPaymentReturnState } from '../../../src/features/payments/payment-return.server.ts';
import { signToken } from '../../../src/lib/http/signed-token.ts';
import { forEachDatabase } from '../../helpers/database.ts';
import {
  checkoutRequest,
  inventoryOf,
  orderByNumber,
  pay,
  startPaymentsHarness,
  stock,
  testTokenSecret,
  type PaymentsHarness,
} from './harness.ts';

forEachDatabase((t) => {
  let h: PaymentsHarness;
  beforeAll(async () => {
    h = await startPaymentsHarness(() => t.db);
  });
  afterAll(async () => h.close());

  const access = { secret: testTokenSecret };
  const returnDeps = () => ({ stripe: h.stripe, publishableKey: 'pk_test_emulator', log: () => {} });
  const intentIdOf = (clientSecret: string) => clientSecret.split('_secret_')[0]!;

  it('opens an order with its own status token only', async () => {
    await stock(t.db, 'JAS-P1-M', 2);
    const answer = await startPayment(checkoutRequest([{ sku: 'JAS-P1-M', quantity: 1 }], { locale: 'en' }), h.deps());
    expect(answer.statusPath).toMatch(new RegExp(`^/en/order/${answer.orderNumber}\\?t=`));
    const token = new URL(answer.statusPath, 'http://x').searchParams.get('t');

    const view = await getOrderForStatusPage(t.db, answer.orderNumber, token, access);
    expect(view).toMatchObject({
      number: answer.orderNumber,
      status: 'pending_payment',
      locale: 'en',
      total: { amount: 8995, currency: 'EUR' },
      lines: [{ sku: 'JAS-P1-M', quantity: 1, unitPrice: { amount: 8995 }, name: { en: 'Regenjas Polder' } }],
      shippingAddress: { postcode: '1017 SG' },
    });
    expect(await getOrderForStatusPage(t.db, answer.orderNumber.toLowerCase(), token, access)).toBeDefined();

    const other = await startPayment(checkoutRequest([{ sku: 'JAS-P1-M', quantity: 1 }]), h.deps());
    const order = await orderByNumber(t.db, answer.orderNumber);
    const otherOrder = await orderByNumber(t.db, other.orderNumber);
    // Another order's token, a forged one, an expired one, one for another purpose, none at all.
    expect(await getOrderForStatusPage(t.db, answer.orderNumber, orderStatusToken(otherOrder, access), access)).toBeUndefined();
    expect(
      await getOrderForStatusPage(
        t.db,
        answer.orderNumber,
        orderStatusToken(order, { secret: 'another-secret-of-32-characters!!' }),
        access,
      ),
    ).toBeUndefined();
    const past = new Date(Date.now() - 200 * 24 * 60 * 60 * 1000);
    expect(
      await getOrderForStatusPage(t.db, answer.orderNumber, orderStatusToken(order, { ...access, now: past }), access),
    ).toBeUndefined();
    const unsubscribe = signToken({ purpose: 'unsubscribe', subject: order.id, expiresAt: new Date(Date.now() + 60_000) }, testTokenSecret);
    expect(await getOrderForStatusPage(t.db, answer.orderNumber, unsubscribe, access)).toBeUndefined();
    expect(await getOrderForStatusPage(t.db, answer.orderNumber, null, access)).toBeUndefined();
    expect(await getOrderForStatusPage(t.db, 'PB-333333', token, access)).toBeUndefined();
    expect(orderStatusPath(order as never, access)).toMatch(/^\/en\/order\//);
  });

  it('settles a successful payment on the return page before the webhook, and the webhook then changes nothing', async () => {
    await stock(t.db, 'JAS-P2-M', 2);
    h.emulator.pauseWebhooks();
    const answer = await startPayment(checkoutRequest([{ sku: 'JAS-P2-M', quantity: 1 }]), h.deps());
    await pay(h.stripe, answer.clientSecret);
    const query = { orderNumber: answer.orderNumber, paymentIntentId: intentIdOf(answer.clientSecret), clientSecret: answer.clientSecret };

    expect(await getPaymentReturnState(t.db, query, returnDeps())).toEqual({
      state: 'succeeded',
      orderNumber: answer.orderNumber,
      orderStatus: 'paid',
    });
    expect(await inventoryOf(t.db, 'JAS-P2-M')).toEqual({ onHand: 1, reserved: 0 });
    expect(await getPaymentReturnState(t.db, query, returnDeps())).toMatchObject({ state: 'succeeded' });

    h.emulator.resumeWebhooks();
    await h.emulator.webhooksIdle();
    expect(await inventoryOf(t.db, 'JAS-P2-M')).toEqual({ onHand: 1, reserved: 0 });
    expect((await orderByNumber(t.db, answer.orderNumber)).status).toBe('paid');
  });

  it('offers a retry on the same PaymentIntent after a failed attempt, and none once the checkout expired', async () => {
    await stock(t.db, 'JAS-P3-M', 1);
    const answer = await startPayment(checkoutRequest([{ sku: 'JAS-P3-M', quantity: 1 }]), h.deps());
    await pay(h.stripe, answer.clientSecret, 'pm_card_chargeDeclined').catch(() => undefined);
    await h.emulator.webhooksIdle();
    const query = { orderNumber: answer.orderNumber, paymentIntentId: intentIdOf(answer.clientSecret), clientSecret: answer.clientSecret };
    expect(await getPaymentReturnState(t.db, query, returnDeps())).toEqual({
      state: 'failed',
      orderNumber: answer.orderNumber,
      orderStatus: 'payment_failed',
      errorCode: 'card_declined',
      retry: { clientSecret: answer.clientSecret, publishableKey: 'pk_test_emulator' },
    });
    const later = new Date(Date.now() + 31 * 60 * 1000);
    expect(await getPaymentReturnState(t.db, query, { ...returnDeps(), now: later })).toMatchObject({ state: 'failed', retry: undefined });
  });

  it('says processing while the bank decides', async () => {
    await stock(t.db, 'JAS-P4-M', 1);
    const answer = await startPayment(checkoutRequest([{ sku: 'JAS-P4-M', quantity: 1 }]), h.deps());
    const id = intentIdOf(answer.clientSecret);
    await h.stripe.paymentIntents.confirm(id, {
      payment_method_data: { type: 'ideal', ideal: { bank: 'ing' } },
      return_url: 'http://127.0.0.1/r',
    });
    await fetch(`${h.emulator.url}/_emulator/payment_intents/${id}/authenticate`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_secret: answer.clientSecret, result: 'processing' }),
    });
    const query = { orderNumber: answer.orderNumber, paymentIntentId: id, clientSecret: answer.clientSecret };
    expect(await getPaymentReturnState(t.db, query, returnDeps())).toMatchObject({ state: 'processing', orderStatus: 'pending_payment' });
  });

  it('shows nothing when the parameters do not belong together', async () => {
    await stock(t.db, 'JAS-P5-M', 2);
    const a = await startPayment(checkoutRequest([{ sku: 'JAS-P5-M', quantity: 1 }]), h.deps());
    const b = await startPayment(checkoutRequest([{ sku: 'JAS-P5-M', quantity: 1 }]), h.deps());
    const query = { orderNumber: a.orderNumber, paymentIntentId: intentIdOf(a.clientSecret), clientSecret: a.clientSecret };
    expect(await getPaymentReturnState(t.db, { ...query, clientSecret: b.clientSecret }, returnDeps())).toBeUndefined();
    expect(await getPaymentReturnState(t.db, { ...query, paymentIntentId: intentIdOf(b.clientSecret) }, returnDeps())).toBeUndefined();
    expect(await getPaymentReturnState(t.db, { ...query, orderNumber: b.orderNumber }, returnDeps())).toBeUndefined();
    expect(await getPaymentReturnState(t.db, { ...query, orderNumber: 'nonsense' }, returnDeps())).toBeUndefined();
  });
});
