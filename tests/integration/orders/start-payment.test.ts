import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/lib/http/api-error.ts';
import { InsufficientStockError } from '../../../src/features/orders/checkout-errors.ts';
import { startPayment } from '../../../src/features/orders/start-payment.server.ts';
import { orderLines, orders } from '../../../src/lib/db/schema.ts';
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

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

forEachDatabase((t) => {
  let h: PaymentsHarness;
  beforeAll(async () => {
    h = await startPaymentsHarness(() => t.db);
  });
  afterAll(async () => h.close());

  it('places a pending order with its snapshot and holds, and creates a PaymentIntent for the server total', async () => {
    await stock(t.db, 'JAS-A1-M', 5);
    await stock(t.db, 'BAND-A1', 10);
    const request = checkoutRequest([
      { sku: 'JAS-A1-M', quantity: 1 },
      { sku: 'BAND-A1', quantity: 2 },
    ]);
    const answer = await startPayment(request, h.deps());

    // 89.95 + 2 x 9.95 = 109.85: free shipping (over 50).
    expect(answer).toMatchObject({
      orderNumber: expect.stringMatching(/^PB-[34679ACDEFGHJKMNPQRTWXY]{6}$/),
      clientSecret: expect.stringMatching(/^pi_.+_secret_.+$/),
      publishableKey: 'pk_test_emulator',
      statusPath: expect.stringMatching(/^\/bestelling\/PB-[A-Z0-9]{6}\?t=[\w-]+\.[\w-]+$/),
      totals: {
        subtotal: { amount: 10985, currency: 'EUR' },
        discount: { amount: 0, currency: 'EUR' },
        shipping: { amount: 0, currency: 'EUR' },
        vat: { amount: 1906, currency: 'EUR' },
        total: { amount: 10985, currency: 'EUR' },
      },
      replayed: false,
    });

    const order = await orderByNumber(t.db, answer.orderNumber);
    expect(order).toMatchObject({
      status: 'pending_payment',
      checkoutId: request.checkoutId,
      email: 'anna@example.nl',
      customerName: 'Anna de Vries',
      country: 'NL',
      shippingMethodId: 'standard',
      totalCents: 10985,
      currency: 'EUR',
      vatRate: 21,
      marketingOptIn: false,
      shippingAddress: { country: 'NL', postcode: '1017 SG', houseNumber: 12, street: 'Weteringschans', city: 'Amsterdam' },
      billingAddress: { country: 'NL', postcode: '1017 SG' },
    });
    expect(order.reservationExpiresAt.getTime() - order.createdAt.getTime()).toBe(30 * 60 * 1000);
    const lines = await t.db.select().from(orderLines).where(eq(orderLines.orderId, order.id));
    expect(lines.map((l) => [l.position, l.sku, l.quantity, l.unitPriceCents, l.totalCents])).toEqual([
      [0, 'JAS-A1-M', 1, 8995, 8995],
      [1, 'BAND-A1', 2, 995, 1990],
    ]);
    expect(lines[0]).toMatchObject({ name: { nl: 'Regenjas Polder' }, color: { id: 'geel' }, size: 'M', vatCents: 1561 });

    expect(await inventoryOf(t.db, 'JAS-A1-M')).toEqual({ onHand: 5, reserved: 1 });
    expect(await inventoryOf(t.db, 'BAND-A1')).toEqual({ onHand: 10, reserved: 2 });
    expect((await reservationsOf(t.db, order.id)).map((r) => [r.sku, r.quantity, r.status]).sort()).toEqual([
      ['BAND-A1', 2, 'held'],
      ['JAS-A1-M', 1, 'held'],
    ]);
    expect(await heldMatchesReserved(t.db, 'JAS-A1-M')).toBe(true);

    const intent = await h.stripe.paymentIntents.retrieve(order.paymentIntentId!);
    expect(intent).toMatchObject({
      amount: 10985,
      currency: 'eur',
      status: 'requires_payment_method',
      automatic_payment_methods: { enabled: true },
      metadata: { order_id: order.id, order_number: order.number },
      client_secret: answer.clientSecret,
    });
    // Nothing personal goes to Stripe.
    expect(Object.keys(intent.metadata).sort()).toEqual(['order_id', 'order_number']);
    expect(JSON.stringify(intent)).not.toMatch(/anna|Weteringschans|1017/i);
  });

  it('answers a repeated checkoutId with the same order and PaymentIntent, also when both arrive at once', async () => {
    await stock(t.db, 'JAS-A2-M', 5);
    const request = checkoutRequest([{ sku: 'JAS-A2-M', quantity: 1 }]);
    const [first, second] = await Promise.all([startPayment(request, h.deps()), startPayment(request, h.deps())]);
    const third = await startPayment(request, h.deps());
    expect(new Set([first.orderNumber, second.orderNumber, third.orderNumber]).size).toBe(1);
    expect(new Set([first.clientSecret, second.clientSecret, third.clientSecret]).size).toBe(1);
    expect([first.replayed, second.replayed].sort()).toEqual([false, true]);
    expect(third.replayed).toBe(true);
    expect(await t.db.select({ id: orders.id }).from(orders).where(eq(orders.checkoutId, request.checkoutId))).toHaveLength(1);
    expect(await inventoryOf(t.db, 'JAS-A2-M')).toEqual({ onHand: 5, reserved: 1 });
    const order = await orderByNumber(t.db, first.orderNumber);
    const intents = await h.stripe.paymentIntents.list({ limit: 100 });
    expect(intents.data.filter((intent) => intent.metadata['order_id'] === order.id)).toHaveLength(1);
  });

  it('refuses the same checkoutId with another cart, and a paid or expired checkout', async () => {
    await stock(t.db, 'JAS-A3-M', 5);
    const request = checkoutRequest([{ sku: 'JAS-A3-M', quantity: 1 }]);
    const answer = await startPayment(request, h.deps());
    const changed = await refusal(startPayment({ ...request, lines: [{ sku: 'JAS-A3-M', quantity: 2 }] }, h.deps()));
    expect(changed).toMatchObject({ status: 409, code: 'checkout_changed' });

    h.emulator.pauseWebhooks();
    await pay(h.stripe, answer.clientSecret);
    // Paid at Stripe, webhook not here yet: still no second payment on it.
    expect(await refusal(startPayment(request, h.deps()))).toMatchObject({ status: 409, code: 'checkout_completed' });
    h.emulator.resumeWebhooks();
    await h.emulator.webhooksIdle();
    const paid = await refusal(startPayment(request, h.deps()));
    expect(paid).toMatchObject({ status: 409, code: 'checkout_completed' });
    expect(paid.message).toContain(answer.orderNumber);

    const later = checkoutRequest([{ sku: 'JAS-A3-M', quantity: 1 }]);
    await startPayment(later, h.deps());
    const inAnHour = new Date(Date.now() + 60 * 60 * 1000);
    const expired = await refusal(startPayment(later, h.deps({ now: () => inAnHour })));
    expect(expired).toMatchObject({ status: 409, code: 'checkout_expired' });
  });

  it('refuses a cart short of stock with what is left, and holds nothing', async () => {
    await stock(t.db, 'JAS-A4-M', 2);
    await stock(t.db, 'BAND-A4', 0);
    const request = checkoutRequest(
      [
        { sku: 'BAND-A4', quantity: 1 },
        { sku: 'JAS-A4-M', quantity: 3 },
      ],
      { locale: 'en' },
    );
    const error = await refusal(startPayment(request, h.deps()));
    expect(error).toBeInstanceOf(InsufficientStockError);
    const body = await error.toResponse().json();
    expect(error.status).toBe(409);
    expect(body).toEqual({
      error: {
        code: 'insufficient_stock',
        message: expect.stringContaining('Not everything in your cart is still in stock'),
        fields: { 'lines.0.quantity': 'Sold out', 'lines.1.quantity': 'Only 2 left' },
        lines: [
          { sku: 'BAND-A4', requested: 1, available: 0 },
          { sku: 'JAS-A4-M', requested: 3, available: 2 },
        ],
      },
    });
    expect(body.error.message).toContain('Regenjas Polder (Yellow, M): 2 left');
    expect(await inventoryOf(t.db, 'JAS-A4-M')).toEqual({ onHand: 2, reserved: 0 });
    expect(await t.db.select().from(orders).where(eq(orders.checkoutId, request.checkoutId))).toHaveLength(0);

    const unknown = await refusal(startPayment(checkoutRequest([{ sku: 'GONE-1', quantity: 1 }]), h.deps()));
    expect(unknown).toMatchObject({ status: 409, code: 'insufficient_stock' });
  });

  it('charges the catalog price, whatever price the browser says it saw', async () => {
    await stock(t.db, 'JAS-A5-M', 5);
    const answer = await startPayment(checkoutRequest([{ sku: 'JAS-A5-M', quantity: 1, seenUnitPriceCents: 1 }]), h.deps());
    expect(answer.totals.total.amount).toBe(8995);
    expect(answer.changes).toEqual([
      expect.objectContaining({ kind: 'priceChanged', sku: 'JAS-A5-M', to: { amount: 8995, currency: 'EUR' } }),
    ]);
    const order = await orderByNumber(t.db, answer.orderNumber);
    expect((await h.stripe.paymentIntents.retrieve(order.paymentIntentId!)).amount).toBe(8995);
  });

  it('applies a discount code, and refuses one that does not work or a method that does not ship there', async () => {
    await stock(t.db, 'JAS-A6-M', 5);
    const sources = [
      { find: async (code: string) => (code === 'TIENPROCENT' ? { code, benefit: { kind: 'percent' as const, percent: 10 } } : undefined) },
    ];
    const answer = await startPayment(
      checkoutRequest([{ sku: 'JAS-A6-M', quantity: 1 }], { discountCode: 'tienprocent' }),
      h.deps({ discountSources: sources }),
    );
    expect(answer.totals).toMatchObject({ discount: { amount: 900 }, shipping: { amount: 0 }, total: { amount: 8095 } });
    expect((await orderByNumber(t.db, answer.orderNumber)).discountCode).toBe('TIENPROCENT');

    const unknown = await refusal(
      startPayment(checkoutRequest([{ sku: 'JAS-A6-M', quantity: 1 }], { discountCode: 'NOPE' }), h.deps({ discountSources: sources })),
    );
    expect(unknown).toMatchObject({ status: 422, code: 'discount_unknown', fields: { discountCode: expect.any(String) } });

    const wrongMethod = await refusal(
      startPayment(
        checkoutRequest([{ sku: 'JAS-A6-M', quantity: 1 }], {
          shippingMethodId: 'evening',
          shippingAddress: { country: 'BE', postcode: '1000', houseNumber: 1, street: 'Grote Markt', city: 'Brussel' },
        }),
        h.deps(),
      ),
    );
    expect(wrongMethod).toMatchObject({ status: 422, code: 'shipping_method_unavailable', message: expect.stringContaining('België') });
    expect(await inventoryOf(t.db, 'JAS-A6-M')).toEqual({ onHand: 5, reserved: 1 });
  });

  it('refuses an order below Stripe’s minimum charge', async () => {
    await stock(t.db, 'KLEP-A7', 5);
    // 0.25 for the goods plus 4.95 shipping is enough; a free-shipping code makes it too little.
    const sources = [
      { find: async (code: string) => (code === 'GRATIS' ? { code, benefit: { kind: 'freeShipping' as const } } : undefined) },
    ];
    const error = await refusal(
      startPayment(checkoutRequest([{ sku: 'KLEP-A7', quantity: 1 }], { discountCode: 'GRATIS' }), h.deps({ discountSources: sources })),
    );
    expect(error).toMatchObject({ status: 422, code: 'amount_too_small' });
  });

  it('keeps the order and its units when Stripe is down, and a retry with the same checkoutId completes it', async () => {
    await stock(t.db, 'JAS-A8-M', 5);
    const request = checkoutRequest([{ sku: 'JAS-A8-M', quantity: 1 }]);
    const down = new Stripe('sk_test_emulator', { host: '127.0.0.1', port: 9, protocol: 'http', maxNetworkRetries: 0 });
    const error = await refusal(startPayment(request, h.deps({ stripe: down })));
    expect(error).toMatchObject({ status: 503, code: 'payment_unavailable' });
    expect(error.message).toMatch(/30 minuten/);
    const [order] = await t.db.select().from(orders).where(eq(orders.checkoutId, request.checkoutId));
    expect(order).toMatchObject({ status: 'pending_payment', paymentIntentId: null });
    expect(await inventoryOf(t.db, 'JAS-A8-M')).toEqual({ onHand: 5, reserved: 1 });

    const retried = await startPayment(request, h.deps());
    expect(retried).toMatchObject({ orderNumber: order!.number, replayed: true });
    const again = await startPayment(request, h.deps());
    expect(again.clientSecret).toBe(retried.clientSecret);
    const intents = await h.stripe.paymentIntents.list({ limit: 100 });
    expect(intents.data.filter((intent) => intent.metadata['order_id'] === order!.id)).toHaveLength(1);
    expect(await inventoryOf(t.db, 'JAS-A8-M')).toEqual({ onHand: 5, reserved: 1 });
  });

  describe('twenty shoppers, three units', () => {
    it('gives exactly three of them an order and a PaymentIntent, the others a clear refusal; paying all three empties the stock', async () => {
      await stock(t.db, 'JAS-LAST-M', 3);
      const requests = Array.from({ length: 20 }, () => checkoutRequest([{ sku: 'JAS-LAST-M', quantity: 1 }]));
      const results = await Promise.allSettled(requests.map((request) => startPayment(request, h.deps())));
      const placed = results.filter((r) => r.status === 'fulfilled').map((r) => r.value);
      const refused = results.filter((r) => r.status === 'rejected').map((r) => r.reason as unknown);
      expect(placed).toHaveLength(3);
      expect(refused).toHaveLength(17);
      for (const reason of refused) {
        expect(reason).toBeInstanceOf(InsufficientStockError);
        expect((reason as InsufficientStockError).lines).toEqual([{ sku: 'JAS-LAST-M', requested: 1, available: 0 }]);
      }
      expect(new Set(placed.map((answer) => answer.clientSecret)).size).toBe(3);
      expect(await inventoryOf(t.db, 'JAS-LAST-M')).toEqual({ onHand: 3, reserved: 3 });
      expect(await heldMatchesReserved(t.db, 'JAS-LAST-M')).toBe(true);

      await Promise.all(placed.map((answer) => pay(h.stripe, answer.clientSecret)));
      await h.emulator.webhooksIdle();
      expect(await inventoryOf(t.db, 'JAS-LAST-M')).toEqual({ onHand: 0, reserved: 0 });
      for (const answer of placed) expect((await orderByNumber(t.db, answer.orderNumber)).status).toBe('paid');
    });
  });

  it('frees the units of expired checkouts before placing a new order', async () => {
    await stock(t.db, 'JAS-A9-M', 1);
    const first = await startPayment(checkoutRequest([{ sku: 'JAS-A9-M', quantity: 1 }]), h.deps());
    const soon = new Date(Date.now() + 31 * 60 * 1000);
    const second = await startPayment(checkoutRequest([{ sku: 'JAS-A9-M', quantity: 1 }]), h.deps({ now: () => soon }));
    expect(second.orderNumber).not.toBe(first.orderNumber);
    expect(['expired', 'canceled']).toContain((await orderByNumber(t.db, first.orderNumber)).status);
    expect(await inventoryOf(t.db, 'JAS-A9-M')).toEqual({ onHand: 1, reserved: 1 });
  });

  it('makes every order number unique', async () => {
    const numbers = await t.db.select({ number: orders.number }).from(orders);
    expect(new Set(numbers.map((row) => row.number)).size).toBe(numbers.length);
  });
});
