import { describe, expect, it } from 'vitest';
import { paymentPanel } from '../../../src/features/orders/order-payment-panel.ts';

const retry = { clientSecret: 'pi_1_secret_2', publishableKey: 'pk_test_x' };
const until = new Date('2026-06-01T10:30:00Z');

describe('paymentPanel', () => {
  it('confirms (and so empties the cart) only on the return from paying', () => {
    expect(paymentPanel({ status: 'paid', returnState: { state: 'succeeded' }, returned: true })).toEqual({ kind: 'confirmed' });
    // A later visit from the e-mail link: no "Bedankt!", and above all no emptied cart.
    expect(paymentPanel({ status: 'paid', returnState: { state: 'succeeded' }, returned: false })).toEqual({ kind: 'none' });
    expect(paymentPanel({ status: 'shipped', returned: false })).toEqual({ kind: 'none' });
  });

  it('waits for a processing bank payment', () => {
    expect(paymentPanel({ status: 'pending_payment', returnState: { state: 'processing' }, returned: true })).toEqual({
      kind: 'processing',
    });
    expect(paymentPanel({ status: 'pending_payment', returnState: { state: 'processing' }, returned: false }).kind).toBe('processing');
  });

  it('offers the form again while the units are held, saying whether an attempt failed', () => {
    expect(
      paymentPanel({
        status: 'payment_failed',
        returnState: { state: 'failed', errorCode: 'card_declined', retry },
        returned: true,
        reservedUntil: until,
      }),
    ).toEqual({ kind: 'pay', retry, failed: true, errorCode: 'card_declined', reservedUntil: until });
    // Opened from the link before any attempt: not a failure, just not paid yet.
    expect(paymentPanel({ status: 'pending_payment', returnState: { state: 'failed', retry }, returned: false })).toMatchObject({
      kind: 'pay',
      failed: false,
    });
    // Back from the bank page without paying (canceled there): a failure to explain.
    expect(paymentPanel({ status: 'pending_payment', returnState: { state: 'failed', retry }, returned: true })).toMatchObject({
      kind: 'pay',
      failed: true,
    });
  });

  it('closes an order that can no longer be paid', () => {
    expect(paymentPanel({ status: 'expired', returnState: { state: 'failed' }, returned: true })).toEqual({
      kind: 'closed',
      status: 'expired',
    });
    expect(paymentPanel({ status: 'canceled', returned: false })).toEqual({ kind: 'closed', status: 'canceled' });
    expect(paymentPanel({ status: 'refunded', returnState: { state: 'failed' }, returned: true })).toEqual({
      kind: 'closed',
      status: 'refunded',
    });
    // Held time ran out but the sweep has not run yet: no retry, so it reads as expired.
    expect(paymentPanel({ status: 'payment_failed', returnState: { state: 'failed' }, returned: false })).toEqual({
      kind: 'closed',
      status: 'expired',
    });
  });

  it('admits it does not know when Stripe could not be asked', () => {
    expect(paymentPanel({ status: 'pending_payment', returned: true, stripeUnreachable: true })).toEqual({ kind: 'unknown' });
  });
});
