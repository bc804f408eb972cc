/**
 * Step 3, "Betalen": the order is placed with the server (POST /api/checkout/payment, which
 * prices the cart once more, holds the stock and creates the PaymentIntent), the final total
 * comes back from it, and the payment methods mount in #payment-element (payment-step.ts, the
 * payments feature's integration point). A refusal is explained and leads back to where it
 * can be fixed: a field to its step, a stock shortage to the cart.
 */
import { useStore } from '@nanostores/solid';
import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { formatTime } from '../../lib/dates.ts';
import { fill } from '../../lib/i18n/messages.ts';
import { formatMoney } from '../../lib/money.ts';
import { PaymentForm } from '../payments/PaymentForm.tsx';
import { $cart } from '../cart/cart-store.ts';
import { $lineDetails } from '../cart/line-details-store.ts';
import { CartChangesNotice, Notice } from '../cart/Notice.tsx';
import { attemptFingerprint, checkoutAttempt } from './checkout-attempt.ts';
import type { CheckoutController } from './checkout-controller.ts';
import { updateCheckoutDraft } from './checkout-draft-store.ts';
import { formFieldOfServerPath, type FieldErrors } from './checkout-fields.ts';
import { hashOfStep } from './checkout-steps.ts';
import { checkoutMessages } from './messages.ts';
import { startPayment, type PaymentStart, type PaymentStartError, type PaymentStepInput } from './payment-step.ts';

type Props = { checkout: CheckoutController; cartHref: string };

type State = { status: 'preparing' } | { status: 'ready'; payment: PaymentStart } | { status: 'failed'; error: PaymentStartError };

export function PaymentStep(props: Props) {
  const c = props.checkout;
  const t = checkoutMessages[c.locale];
  const cart = useStore($cart);
  const [state, setState] = createSignal<State>({ status: 'preparing' });
  let controller: AbortController | undefined;

  const start = async () => {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    setState({ status: 'preparing' });
    const draft = c.draft();
    const seen = $lineDetails.get();
    const applied = c.pricing.lastResponse()?.cart.discount;
    const request: PaymentStepInput = {
      checkoutId: draft.checkoutId,
      locale: c.locale,
      lines: cart().lines.map(({ sku, quantity }) => {
        const price = seen[sku]?.priceCents;
        return price === undefined ? { sku, quantity } : { sku, quantity, seenUnitPriceCents: price };
      }),
      contact: { email: draft.email, name: draft.name, ...(draft.phone.trim() ? { phone: draft.phone } : {}) },
      shippingAddress: {
        country: draft.country,
        postcode: draft.postcode,
        houseNumber: draft.houseNumber,
        ...(draft.addition.trim() ? { addition: draft.addition } : {}),
        street: draft.street,
        city: draft.city,
      },
      shippingMethodId: draft.shippingMethodId,
      // Only a code the server has accepted for this cart; a refused one was explained already.
      ...(applied?.status === 'applied' ? { discountCode: applied.code } : {}),
      consent: { marketing: draft.marketing },
    };
    const attempt = checkoutAttempt(
      { checkoutId: draft.checkoutId, fingerprint: draft.checkoutFingerprint },
      attemptFingerprint(request),
      () => crypto.randomUUID(),
    );
    updateCheckoutDraft({ checkoutId: attempt.checkoutId, checkoutFingerprint: attempt.fingerprint });
    const input = { ...request, checkoutId: attempt.checkoutId };

    const result = await startPayment(input, t.errors.network, current.signal).catch(() => undefined);
    if (!result || current.signal.aborted) return;
    if (!result.ok) {
      failWith(result.error);
      return;
    }
    setState({ status: 'ready', payment: result.payment });
  };

  let retried = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  /** Field messages go back to their step; everything else is shown here. */
  const failWith = (error: PaymentStartError) => {
    // Too many tries in a minute: the message says how long; the step tries once more by itself then.
    if (error.retryAfterSeconds !== undefined && !retried) {
      retried = true;
      retryTimer = setTimeout(() => void start(), Math.min(error.retryAfterSeconds, 60) * 1000);
    }
    const fields: FieldErrors = {};
    for (const [path, message] of Object.entries(error.fields)) {
      const field = formFieldOfServerPath(path);
      if (field) fields[field] = message;
    }
    const delivery = fields.shippingMethodId !== undefined;
    if (Object.keys(fields).length > 0) {
      c.showErrors(fields, delivery && Object.keys(fields).length === 1 ? 'delivery' : 'details');
      return;
    }
    setState({ status: 'failed', error });
  };

  onMount(() => void start());
  onCleanup(() => {
    controller?.abort();
    clearTimeout(retryTimer);
  });

  return (
    <section class="co-form co-pay" aria-labelledby="co-step-title">
      <h2 class="co-step__title" id="co-step-title" tabindex="-1">
        {t.payment.heading}
      </h2>
      <Show when={state().status === 'preparing'}>
        <p class="co-lookup__status" role="status">
          <span class="co-spinner" aria-hidden="true" />
          {t.payment.preparing}
        </p>
      </Show>
      <Show when={state().status === 'failed' ? (state() as { error: PaymentStartError }).error : undefined}>
        {(error) => (
          <Notice tone="alert">
            <p>{error().message}</p>
            <Show
              when={error().code === 'insufficient_stock' || error().code === 'nothing_to_checkout'}
              fallback={
                <button type="button" class="btn btn-ghost" onClick={() => void start()}>
                  {t.payment.retry}
                </button>
              }
            >
              <a class="btn btn-ghost" href={props.cartHref}>
                {t.payment.toCart}
              </a>
            </Show>
          </Notice>
        )}
      </Show>
      <Show when={state().status === 'ready' ? (state() as { payment: PaymentStart }).payment : undefined}>
        {(payment) => (
          <>
            <CartChangesNotice locale={c.locale} title={t.payment.changesTitle} changes={payment().changes} />
            <div class="co-topay">
              <p class="co-topay__label">{t.payment.toPay}</p>
              <p class="co-topay__amount" data-payment-total>
                {formatMoney(payment().totals.total, c.locale)}
              </p>
              <p class="co-topay__meta">
                {fill(t.payment.orderNumber, { number: payment().orderNumber })} ·{' '}
                {fill(t.payment.reserved, { time: formatTime(new Date(payment().reservationExpiresAt), c.locale) })}
              </p>
            </div>
          </>
        )}
      </Show>
      <div id="payment-element" class="co-payment-element" data-state={state().status}>
        <Show when={state().status === 'ready' ? (state() as { payment: PaymentStart }).payment : undefined} keyed>
          {(payment) => (
            <PaymentForm
              locale={c.locale}
              clientSecret={payment.clientSecret}
              publishableKey={payment.publishableKey}
              returnUrl={payment.statusPath}
              amountLabel={formatMoney(payment.totals.total, c.locale)}
            />
          )}
        </Show>
      </div>
      <a class="co-back" href={hashOfStep('delivery', c.locale)}>
        {t.payment.back}
      </a>
    </section>
  );
}
