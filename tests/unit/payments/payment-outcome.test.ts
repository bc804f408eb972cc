import { describe, expect, it } from 'vitest';
import {
  isSettledForNow,
  isTestKey,
  paymentErrorText,
  paymentReturnUrl,
  redirectStatusOf,
} from '../../../src/features/payments/payment-outcome.ts';
import { paymentMessages } from '../../../src/features/payments/payment.messages.ts';

const intent = (status: string) => ({ id: 'pi_123', client_secret: 'pi_123_secret_abc', status });

describe('after confirmPayment', () => {
  it('goes to the return URL with the query Stripe appends after a redirect', () => {
    const url = new URL(paymentReturnUrl('/bestelling/PB-7K3M9Q?t=tok.sig', intent('succeeded'), 'https://shop.example/afrekenen'));
    expect(url.origin + url.pathname).toBe('https://shop.example/bestelling/PB-7K3M9Q');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      t: 'tok.sig',
      payment_intent: 'pi_123',
      payment_intent_client_secret: 'pi_123_secret_abc',
      redirect_status: 'succeeded',
    });
    expect(paymentReturnUrl('https://shop.example/en/order/PB-1?t=x', intent('processing'))).toContain('redirect_status=processing');
  });

  it('leaves the page only when the money is in or on its way', () => {
    expect(isSettledForNow(intent('succeeded'))).toBe(true);
    expect(isSettledForNow(intent('processing'))).toBe(true);
    expect(isSettledForNow(intent('requires_payment_method'))).toBe(false);
    expect(isSettledForNow(intent('requires_action'))).toBe(false);
  });

  it('maps every other intent status to failed', () => {
    expect(redirectStatusOf('requires_payment_method')).toBe('failed');
    expect(redirectStatusOf('canceled')).toBe('failed');
  });

  it("shows Stripe's words for card and validation errors and ours for the rest", () => {
    expect(paymentErrorText({ type: 'card_error', message: 'Je kaart is geweigerd.' }, 'nl')).toBe('Je kaart is geweigerd.');
    expect(paymentErrorText({ type: 'validation_error', message: 'Your card number is incomplete.' }, 'en')).toBe(
      'Your card number is incomplete.',
    );
    expect(paymentErrorText({ type: 'api_error', message: 'Internal: no such intent pi_x' }, 'nl')).toBe(paymentMessages.nl.failed);
    expect(paymentErrorText(undefined, 'en')).toBe(paymentMessages.en.failed);
  });

  it('recognises test keys (Stripe test mode and the emulator alike)', () => {
    expect(isTestKey('pk_test_emulator')).toBe(true);
    expect(isTestKey('pk_live_abc')).toBe(false);
  });
});
