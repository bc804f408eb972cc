import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { returnUrl, startHarness, type Harness } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.emulator.close());

const paid = (amount = 5000) =>
  h.stripe.paymentIntents.create({ amount, currency: 'eur', confirm: true, payment_method: 'pm_card_visa', return_url: returnUrl });

describe('refunds', () => {
  it('refunds partially, then the rest by default, updating the charge', async () => {
    const intent = await paid();
    const partial = await h.stripe.refunds.create({
      payment_intent: intent.id,
      amount: 1200,
      reason: 'requested_by_customer',
      metadata: { return_id: 'r1' },
    });
    expect(partial).toMatchObject({
      object: 'refund',
      amount: 1200,
      currency: 'eur',
      status: 'succeeded',
      reason: 'requested_by_customer',
      payment_intent: intent.id,
      charge: intent.latest_charge,
      metadata: { return_id: 'r1' },
    });
    expect(partial.id).toMatch(/^re_/);
    expect(await h.stripe.charges.retrieve(intent.latest_charge as string)).toMatchObject({ amount_refunded: 1200, refunded: false });

    const rest = await h.stripe.refunds.create({ charge: intent.latest_charge as string });
    expect(rest.amount).toBe(3800);
    expect(await h.stripe.charges.retrieve(intent.latest_charge as string)).toMatchObject({ amount_refunded: 5000, refunded: true });
    expect(await h.stripe.refunds.retrieve(rest.id)).toMatchObject({ id: rest.id, amount: 3800 });

    await expect(h.stripe.refunds.create({ payment_intent: intent.id })).rejects.toMatchObject({ code: 'charge_already_refunded' });
  });

  it('refuses more than remains with amount_too_large, in Stripe’s words', async () => {
    const intent = await paid(1000);
    const error = await h.stripe.refunds.create({ payment_intent: intent.id, amount: 2000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({
      statusCode: 400,
      code: 'amount_too_large',
      param: 'amount',
      message: 'Refund amount (€20.00) is greater than charge amount (€10.00)',
    });
    await h.stripe.refunds.create({ payment_intent: intent.id, amount: 600 });
    await expect(h.stripe.refunds.create({ payment_intent: intent.id, amount: 500 })).rejects.toMatchObject({
      code: 'amount_too_large',
      message: 'Refund amount (€5.00) is greater than unrefunded amount on charge (€4.00)',
    });
  });

  it('refuses to refund an intent that has not succeeded', async () => {
    const intent = await h.stripe.paymentIntents.create({ amount: 1000, currency: 'eur' });
    await expect(h.stripe.refunds.create({ payment_intent: intent.id })).rejects.toMatchObject({
      statusCode: 400,
      type: 'StripeInvalidRequestError',
    });
    await expect(h.stripe.refunds.create({ payment_intent: 'pi_missing' })).rejects.toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
    });
  });

  it('lists refunds of an intent, newest first, with has_more and cursors', async () => {
    const intent = await paid();
    const made = [];
    for (const amount of [100, 200, 300]) made.push(await h.stripe.refunds.create({ payment_intent: intent.id, amount }));
    const page = await h.stripe.refunds.list({ payment_intent: intent.id, limit: 2 });
    expect(page).toMatchObject({ object: 'list', has_more: true, url: '/v1/refunds' });
    expect(page.data.map((r) => r.amount)).toEqual([300, 200]);
    const next = await h.stripe.refunds.list({ payment_intent: intent.id, limit: 2, starting_after: page.data[1]!.id });
    expect(next.data.map((r) => r.amount)).toEqual([100]);
    expect(next.has_more).toBe(false);
    const all = [];
    for await (const refund of h.stripe.refunds.list({ payment_intent: intent.id, limit: 1 })) all.push(refund.id);
    expect(all).toEqual(made.map((r) => r.id).reverse());
  });

  it('emits refund.created and charge.refunded, and refund.updated on a metadata change', async () => {
    const intent = await paid();
    const refund = await h.stripe.refunds.create({ payment_intent: intent.id, amount: 700 });
    await h.stripe.refunds.update(refund.id, { metadata: { note: 'late' } });
    const types = h.emulator.events().filter((e) => {
      const object = e.data.object as { id: string; payment_intent?: string };
      return [refund.id, intent.id].includes(object.id) || object.payment_intent === intent.id;
    });
    expect(types.map((e) => e.type)).toEqual([
      'payment_intent.created',
      'charge.succeeded',
      'payment_intent.succeeded',
      'refund.created',
      'charge.refunded',
      'refund.updated',
    ]);
    const refunded = types.find((e) => e.type === 'charge.refunded')!;
    expect(refunded.data).toMatchObject({ object: { amount_refunded: 700 }, previous_attributes: { amount_refunded: 0, refunded: false } });
  });
});
