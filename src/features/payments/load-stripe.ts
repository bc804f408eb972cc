/**
 * Loads Stripe.js in the browser, once per key and language. `@stripe/stripe-js/pure` loads
 * nothing until it is called, so pages without a payment step never fetch Stripe.js. When
 * `window.Stripe` already exists (the emulator's stand-in, put in <head> by StripeJsTag.astro)
 * loadStripe uses it instead of fetching js.stripe.com.
 */
import type { Stripe } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';
import type { Locale } from '../../lib/i18n/locales.ts';

const loading = new Map<string, Promise<Stripe | null>>();

export function loadStripeFor(publishableKey: string, locale: Locale): Promise<Stripe | null> {
  const key = `${publishableKey}|${locale}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = loadStripe(publishableKey, { locale });
    loading.set(key, pending);
    // A failed load (offline, blocked script) must not stick: the next attempt tries again.
    pending.catch(() => loading.delete(key));
  }
  return pending;
}
