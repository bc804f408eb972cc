import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { handleCheckoutPayment } from '../../../src/features/orders/checkout-payment-endpoint.server.ts';
import { orders } from '../../../src/lib/db/schema.ts';
import { createMemoryRateLimiter } from '../../../src/lib/http/rate-limit.ts';
import { forEachDatabase } from '../../helpers/database.ts';
import { inventoryOf, orderByNumber, startPaymentsHarness, stock, type PaymentsHarness } from './harness.ts';

const site = 'http://127.0.0.1:4321';

/** What the checkout island sends: raw form values, before the schema normalises them. */
function body(sku: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    checkoutId: crypto.randomUUID(),
    locale: 'nl',
    lines: [{ sku, quantity: 1 }],
    contact: { email: ' Anna@Example.NL ', name: 'Anna de Vries', phone: '' },
    shippingAddress: { country: 'NL', postcode: '1017sg', houseNumber: '12a', street: 'Weteringschans', city: 'Amsterdam' },
    shippingMethodId: 'standard',
    discountCode: '',
    consent: { marketing: true },
    ...overrides,
  };
}

function post(payload: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${site}/api/checkout/payment`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: site, ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

forEachDatabase((t) => {
  let h: PaymentsHarness;
  beforeAll(async () => {
    h = await startPaymentsHarness(() => t.db);
  });
  afterAll(async () => h.close());

  const deps = (limit = 100) => ({
    ...h.deps(),
    clientAddress: '203.0.113.7',
    limiter: createMemoryRateLimiter({ limit, windowMs: 60_000 }),
  });

  it('starts a payment from the raw form values and answers what the Payment Element needs', async () => {
    await stock(t.db, 'JAS-H1-M', 3);
    const response = await handleCheckoutPayment(post(body('JAS-H1-M')), deps());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const answer = await response.json();
    expect(answer).toMatchObject({
      orderNumber: expect.any(String),
      clientSecret: expect.stringContaining('_secret_'),
      publishableKey: 'pk_test_emulator',
      statusPath: expect.stringMatching(/^\/bestelling\//),
      totals: { total: { amount: 8995, currency: 'EUR' } },
      changes: [],
      replayed: false,
    });
    const order = await orderByNumber(t.db, answer.orderNumber);
    expect(order).toMatchObject({
      email: 'anna@example.nl',
      phone: null,
      marketingOptIn: true,
      discountCode: null,
      shippingAddress: { postcode: '1017 SG', houseNumber: 12, addition: 'A' },
    });
  });

  it('refuses any amount the browser sends, before touching stock', async () => {
    await stock(t.db, 'JAS-H2-M', 3);
    const tampered = [
      body('JAS-H2-M', { totalCents: 1 }),
      body('JAS-H2-M', { amount: 1, currency: 'eur' }),
      body('JAS-H2-M', { lines: [{ sku: 'JAS-H2-M', quantity: 1, priceCents: 1 }] }),
      body('JAS-H2-M', { lines: [{ sku: 'JAS-H2-M', quantity: 1, unitPrice: { amount: 1, currency: 'EUR' } }] }),
    ];
    for (const payload of tampered) {
      const response = await handleCheckoutPayment(post(payload), deps());
      expect(response.status).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe('invalid_input');
      expect(JSON.stringify(error)).toMatch(/Dit veld kennen we niet: (totalCents|amount, currency|priceCents|unitPrice)/);
      expect(
        await t.db
          .select()
          .from(orders)
          .where(eq(orders.checkoutId, payload['checkoutId'] as string)),
      ).toHaveLength(0);
    }
    expect(await inventoryOf(t.db, 'JAS-H2-M')).toEqual({ onHand: 3, reserved: 0 });
  });

  it('answers bad fields with messages per field, in the order’s language', async () => {
    const response = await handleCheckoutPayment(
      post(
        body('JAS-H3-M', {
          locale: 'en',
          contact: { email: 'not-an-address', name: '' },
          shippingAddress: { country: 'NL', postcode: '12', houseNumber: 'x', street: '', city: 'Amsterdam' },
          lines: [],
        }),
      ),
      deps(),
    );
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: 'Check the highlighted fields and try again.',
      fields: {
        'contact.email': 'Enter a valid e-mail address, like name@example.com.',
        'contact.name': 'Enter your name.',
        'shippingAddress.street': 'Enter your street.',
        lines: 'Your cart is empty. Add something first.',
      },
    });
  });

  it('refuses requests from another site, bodies that are not JSON, and too many tries', async () => {
    const foreign = await handleCheckoutPayment(post(body('JAS-H4-M'), { origin: 'https://evil.example' }), deps());
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.code).toBe('forbidden_origin');

    const garbled = await handleCheckoutPayment(post('{"checkoutId":'), deps()).catch((error: { status?: number; code?: string }) => error);
    expect(garbled).toMatchObject({ status: 400, code: 'invalid_json' });

    await stock(t.db, 'JAS-H4-M', 10);
    const limited = deps(2);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await handleCheckoutPayment(post(body('JAS-H4-M')), limited)).status);
    expect(statuses).toEqual([200, 200, 429]);
    const refused = await handleCheckoutPayment(post(body('JAS-H4-M')), limited);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await refused.json()).error.code).toBe('rate_limited');
  });
});
