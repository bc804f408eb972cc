/**
 * The payment step: Stripe's Payment Element (cards, iDEAL, Bancontact, wallets: whatever
 * the PaymentIntent's automatic payment methods offer) and one pay button with the amount.
 *
 * - The server renders the frame (test banner, reserved space, the disabled button), so the
 *   step does not jump when Stripe's fields arrive.
 * - Cards stay on the page (`redirect: 'if_required'`); a confirmed payment then goes to the
 *   return URL with Stripe's return query, exactly like a bank redirect does, so the status
 *   page confirms both the same way.
 * - A decline shows Stripe's message and leaves the Element as it is: the shopper corrects or
 *   switches method and presses pay again, on the same PaymentIntent (one order, one charge).
 * - The button is disabled from the press until Stripe answers, and stays disabled while the
 *   browser leaves for the return URL: a double tap cannot start a second confirmation.
 *
 * Usable wherever a clientSecret exists: the checkout's payment step and the order status
 * page's retry. Props are plain strings, so the island carries no server code. The page must
 * put <StripeJsTag /> in its head (slot="head"), which loads the emulator's stand-in Stripe.js
 * offline; inside another Solid island render it as a component, from POST
 * /api/checkout/payment's answer:
 *
 *   <PaymentForm locale={locale} clientSecret={answer.clientSecret}
 *     publishableKey={answer.publishableKey} returnUrl={answer.statusPath}
 *     amountLabel={formatMoney(answer.totals.total, locale)} />
 */
import type { Stripe, StripeElements, StripePaymentElement } from '@stripe/stripe-js';
import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import type { Locale } from '../../lib/i18n/locales.ts';
import { fill } from '../../lib/i18n/messages.ts';
import { loadStripeFor } from './load-stripe.ts';
import { isSettledForNow, isTestKey, paymentErrorText, paymentReturnUrl } from './payment-outcome.ts';
import { paymentMessages } from './payment.messages.ts';
import { readBrandTokens, stripeAppearance } from './stripe-appearance.ts';
import './payment-form.css';

export type PaymentFormProps = {
  locale: Locale;
  /** The PaymentIntent's client secret (POST /api/checkout/payment, or the status page's retry). */
  clientSecret: string;
  publishableKey: string;
  /** The order status page: its signed statusPath, relative or absolute. */
  returnUrl: string;
  /** The amount as the shopper reads it on the button: "€ 54,90". */
  amountLabel: string;
};

type Phase = 'loading' | 'ready' | 'paying' | 'unavailable';

export function PaymentForm(props: PaymentFormProps) {
  const t = paymentMessages[props.locale];
  const [phase, setPhase] = createSignal<Phase>('loading');
  const [error, setError] = createSignal('');
  let container: HTMLDivElement | undefined;
  let stripe: Stripe | undefined;
  let elements: StripeElements | undefined;
  let element: StripePaymentElement | undefined;
  let disposed = false;

  const unavailable = () => {
    setPhase('unavailable');
    setError(t.loadFailed);
  };

  onCleanup(() => {
    disposed = true;
    element?.destroy();
  });

  onMount(async () => {
    try {
      const loaded = await loadStripeFor(props.publishableKey, props.locale);
      if (disposed || !container) return;
      if (!loaded) return unavailable();
      stripe = loaded;
      elements = loaded.elements({
        clientSecret: props.clientSecret,
        appearance: stripeAppearance(readBrandTokens(container)),
        locale: props.locale,
      });
      element = elements.create('payment', {
        // Accordion with radios: a phone shows every method as a full-width row, and the
        // chosen one opens below it; tabs squeeze four methods into 360 px.
        layout: { type: 'accordion', defaultCollapsed: false, radios: 'always', spacedAccordionItems: false },
      });
      element.on('ready', () => setPhase((current) => (current === 'loading' ? 'ready' : current)));
      element.on('loaderror', unavailable);
      element.mount(container);
    } catch {
      unavailable();
    }
  });

  async function pay(event: SubmitEvent) {
    event.preventDefault();
    if (phase() !== 'ready' || !stripe || !elements) return;
    setPhase('paying');
    setError('');
    try {
      const result = await stripe.confirmPayment({
        elements,
        confirmParams: { return_url: new URL(props.returnUrl, window.location.href).href },
        redirect: 'if_required',
      });
      if (result.error) {
        setError(paymentErrorText(result.error, props.locale));
      } else if (isSettledForNow(result.paymentIntent)) {
        // Stays 'paying': the button must not come back while the page is leaving.
        window.location.assign(paymentReturnUrl(props.returnUrl, result.paymentIntent, window.location.href));
        return;
      } else {
        setError(t.failed);
      }
    } catch {
      setError(t.failed);
    }
    setPhase('ready');
  }

  const amount = () => fill(t.pay, { amount: props.amountLabel });

  return (
    <form class="pay" aria-label={t.formLabel} aria-busy={phase() === 'paying'} onSubmit={pay} novalidate>
      <Show when={isTestKey(props.publishableKey)}>
        <p class="pay__test">{t.testBanner}</p>
      </Show>
      <div class="pay__element" data-phase={phase()}>
        <div ref={container} />
        <Show when={phase() === 'loading'}>
          <p class="pay__loading">{t.loading}</p>
        </Show>
      </div>
      <p class="pay__error" role="alert">
        {error()}
      </p>
      <button class="btn pay__button" type="submit" disabled={phase() !== 'ready'}>
        <Show when={phase() === 'paying'} fallback={amount()}>
          <span class="pay__spinner" aria-hidden="true" />
          {t.paying}
        </Show>
      </button>
      <p class="pay__secure">{t.secure}</p>
    </form>
  );
}
