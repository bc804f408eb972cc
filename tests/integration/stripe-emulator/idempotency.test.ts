import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { returnUrl, startHarness, type Harness } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.emulator.close());

const params = { amount: 1500, currency: 'eur', metadata: { order_id: 'ord_7' } };

describe('idempotency keys', () => {
  it('replays the stored reply for the same key and parameters', async () => {
    const first = await h.stripe.paymentIntents.create(params, { idempotencyKey: 'order-7' });
    const again = await h.stripe.paymentIntents.create(params, { idempotencyKey: 'order-7' });
    expect(again.id).toBe(first.id);
    expect(first.lastResponse.headers['idempotent-replayed']).toBeUndefined();
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(again.lastResponse.headers['original-request']).toBe(first.lastResponse.requestId);
    expect(
      h.emulator
        .events()
        .filter((e) => e.type === 'payment_intent.created' && e.data.object && (e.data.object as { id: string }).id === first.id),
    ).toHaveLength(1);
  });

  it('refuses the same key with other parameters (StripeIdempotencyError)', async () => {
    await h.stripe.paymentIntents.create(params, { idempotencyKey: 'order-8' });
    const error = await h.stripe.paymentIntents.create({ ...params, amount: 9999 }, { idempotencyKey: 'order-8' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(error).toMatchObject({
      statusCode: 400,
      type: 'StripeIdempotencyError',
      message: expect.stringContaining("other than 'order-8'"),
    });
  });

  it('scopes keys per API key', async () => {
    const other = new Stripe('sk_test_otheraccount', { ...h.emulator.stripeConfig, maxNetworkRetries: 0 });
    const mine = await h.stripe.paymentIntents.create(params, { idempotencyKey: 'shared-key' });
    const theirs = await other.paymentIntents.create({ ...params, amount: 2000 }, { idempotencyKey: 'shared-key' });
    expect(theirs.id).not.toBe(mine.id);
  });

  it('runs concurrent requests with one key once', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => h.stripe.paymentIntents.create(params, { idempotencyKey: 'race' })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.lastResponse.headers['idempotent-replayed'] === 'true')).toHaveLength(4);
  });

  it('replays a card decline (the endpoint ran) but not a validation error', async () => {
    const intent = await h.stripe.paymentIntents.create(params);
    const confirm = () =>
      h.stripe.paymentIntents.confirm(
        intent.id,
        { payment_method: 'pm_card_chargeDeclined', return_url: returnUrl },
        { idempotencyKey: 'confirm-1' },
      );
    const first = await confirm().catch((e: unknown) => e);
    const second = await confirm().catch((e: unknown) => e);
    expect(first).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(second).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect((second as Stripe.errors.StripeCardError).headers?.['idempotent-replayed']).toBe('true');
    expect(
      h.emulator
        .events()
        .filter((e) => e.type === 'charge.failed' && (e.data.object as { payment_intent: string }).payment_intent === intent.id),
    ).toHaveLength(1);

    await expect(h.stripe.paymentIntents.create({ amount: 1, currency: 'eur' }, { idempotencyKey: 'fix-me' })).rejects.toMatchObject({
      code: 'amount_too_small',
    });
    // Not stored: the same key with the same (still invalid) body runs again rather than conflicting.
    await expect(h.stripe.paymentIntents.create({ amount: 1, currency: 'eur' }, { idempotencyKey: 'fix-me' })).rejects.toMatchObject({
      code: 'amount_too_small',
    });
  });

  it('makes a refund happen once, whatever is clicked twice', async () => {
    const intent = await h.stripe.paymentIntents.create({
      ...params,
      confirm: true,
      payment_method: 'pm_card_visa',
      return_url: returnUrl,
    });
    const [a, b] = await Promise.all([
      h.stripe.refunds.create({ payment_intent: intent.id, amount: 500 }, { idempotencyKey: 'return-1' }),
      h.stripe.refunds.create({ payment_intent: intent.id, amount: 500 }, { idempotencyKey: 'return-1' }),
    ]);
    expect(a.id).toBe(b.id);
    expect((await h.stripe.charges.retrieve(intent.latest_charge as string)).amount_refunded).toBe(500);
  });
});
