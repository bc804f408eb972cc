/**
 * What the pay button does with Stripe's answer, as pure functions (the island only wires
 * them up). A confirmed payment goes to the return URL with exactly the query Stripe appends
 * after a redirect, so the status page settles card payments and bank redirects through the
 * same path (getPaymentReturnState) and shows the confirmation at once.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { paymentMessages } from './payment.messages.ts';

/** Stripe's redirect_status values. */
export type RedirectStatus = 'succeeded' | 'processing' | 'failed';

/** The fields of a PaymentIntent (as Stripe.js returns it) that decide where to go next. */
export type ConfirmedIntent = Readonly<{ id: string; client_secret: string | null; status: string }>;

/** The error shape of Stripe.js: `type` says whose message it is. */
export type PaymentError = Readonly<{ type?: string; message?: string | undefined }>;

export function redirectStatusOf(intentStatus: string): RedirectStatus {
  if (intentStatus === 'succeeded') return 'succeeded';
  if (intentStatus === 'processing') return 'processing';
  return 'failed';
}

/** Whether the page should leave for the return URL: the money is in or on its way. */
export function isSettledForNow(intent: ConfirmedIntent): boolean {
  return intent.status === 'succeeded' || intent.status === 'processing';
}

/**
 * The return URL (absolute, or relative to `base`) with payment_intent,
 * payment_intent_client_secret and redirect_status, as Stripe builds it after a redirect.
 */
export function paymentReturnUrl(returnUrl: string, intent: ConfirmedIntent, base?: string): string {
  const url = new URL(returnUrl, base);
  url.searchParams.set('payment_intent', intent.id);
  url.searchParams.set('payment_intent_client_secret', intent.client_secret ?? '');
  url.searchParams.set('redirect_status', redirectStatusOf(intent.status));
  return url.href;
}

/**
 * The message to show under the pay button. Stripe's own message for card and validation
 * errors (it is localised and tells the shopper what to fix: "Je kaart is geweigerd."); ours
 * for anything else (API, network, rate-limit errors carry developer wording).
 */
export function paymentErrorText(error: PaymentError | undefined, locale: Locale): string {
  const shopperFacing = error?.type === 'card_error' || error?.type === 'validation_error';
  return shopperFacing && error?.message ? error.message : paymentMessages[locale].failed;
}

/** A test key moves no money, with Stripe's test mode and with the local emulator alike. */
export function isTestKey(publishableKey: string): boolean {
  return publishableKey.startsWith('pk_test_');
}
