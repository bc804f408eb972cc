/**
 * "1 Gegevens — 2 Bezorging — 3 Betalen": where the shopper is and how much is left. Steps
 * already done are links back (the hash moves the form, see checkout-steps.ts); the current
 * one is aria-current="step".
 */
import { For } from 'solid-js';
import type { Locale } from '../../lib/i18n/locales.ts';
import { CartIcon } from '../cart/CartIcon.tsx';
import { checkoutSteps, hashOfStep, stepNumber, type CheckoutStep } from './checkout-steps.ts';
import { checkoutMessages } from './messages.ts';

type Props = { locale: Locale; current: CheckoutStep };

export function ProgressSteps(props: Props) {
  const t = checkoutMessages[props.locale].steps;
  const done = (step: CheckoutStep) => stepNumber(step) < stepNumber(props.current);
  return (
    <nav class="steps" aria-label={t.label}>
      <ol class="steps__list">
        <For each={checkoutSteps}>
          {(step) => (
            <li class="steps__item" classList={{ 'is-done': done(step), 'is-current': step === props.current }}>
              {done(step) ? (
                <a class="steps__link" href={hashOfStep(step, props.locale)}>
                  <span class="steps__dot">
                    <CartIcon name="check" size={16} />
                  </span>
                  <span class="steps__name">{t[step]}</span>
                  <span class="sr-only"> ({t.done})</span>
                </a>
              ) : (
                <span class="steps__link" aria-current={step === props.current ? 'step' : undefined}>
                  <span class="steps__dot">{stepNumber(step)}</span>
                  <span class="steps__name">{t[step]}</span>
                </span>
              )}
            </li>
          )}
        </For>
      </ol>
    </nav>
  );
}
