/**
 * Step 2, "Bezorging": the methods that ship to the shopper's country, each with its price for
 * this cart (free above the threshold) and the day it arrives if ordered now, computed by the
 * server for this request. The cheapest is preselected. Then the marketing consent, unticked.
 */
import { For, Show } from 'solid-js';
import { formatMoney } from '../../lib/money.ts';
import { CartIcon } from '../cart/CartIcon.tsx';
import { cartMessages } from '../cart/messages.ts';
import { describeDeliveryPromise, shippingMethodText } from '../shipping/messages.ts';
import { fieldId, type CheckoutController } from './checkout-controller.ts';
import { hashOfStep } from './checkout-steps.ts';
import { checkoutMessages } from './messages.ts';
import { StepForm } from './StepForm.tsx';

type Props = { checkout: CheckoutController };

export function DeliveryStep(props: Props) {
  const c = props.checkout;
  const t = checkoutMessages[c.locale];
  const m = cartMessages[c.locale];
  const response = () => {
    const last = c.pricing.lastResponse();
    return last && last.cart.shipping?.country === c.draft().country ? last : undefined;
  };
  const options = () => response()?.shippingOptions ?? [];
  const pricedAt = () => new Date(response()?.pricedAt ?? Date.now());
  const error = () => c.errors().shippingMethodId;
  const address = () => {
    const d = c.draft();
    const number = [d.houseNumber.trim(), d.addition.trim()].filter(Boolean).join(' ');
    return `${d.name.trim()}, ${d.street.trim()} ${number}, ${d.postcode.trim()} ${d.city.trim()}`;
  };

  return (
    <StepForm heading={t.delivery.heading} onSubmit={() => void c.submitDelivery()}>
      <div class="co-recap">
        <p>
          <span class="co-recap__label">{t.delivery.shipTo}</span>
          <span>{address()}</span>
        </p>
        <a class="co-link" href={hashOfStep('details', c.locale)}>
          {t.delivery.change}
          <span class="sr-only"> ({t.delivery.shipTo})</span>
        </a>
      </div>

      <fieldset class="co-group co-methods" aria-describedby={`${fieldId('shippingMethodId')}-error`}>
        <legend class="co-group__legend">{t.delivery.methodLegend}</legend>
        <Show when={response()} fallback={<p class="co-lookup__status">{t.delivery.loading}</p>}>
          <Show when={options().length > 0} fallback={<p class="co-lookup__note">{t.delivery.noMethods}</p>}>
            <div class="co-methods__list">
              <For each={options()}>
                {(option, index) => {
                  const text = () => shippingMethodText(option.methodId, c.locale);
                  const promise = () => {
                    const base = { dispatchDate: option.dispatchDate, deliveryDate: option.deliveryDate };
                    return describeDeliveryPromise(
                      option.orderWithin === undefined ? base : { ...base, orderWithin: option.orderWithin },
                      { id: option.methodId, cutoff: option.cutoff },
                      c.locale,
                      pricedAt(),
                    );
                  };
                  return (
                    <label class="co-method" classList={{ 'is-chosen': c.draft().shippingMethodId === option.methodId }}>
                      <input
                        class="co-method__input"
                        type="radio"
                        name="co-method"
                        id={index() === 0 ? fieldId('shippingMethodId') : undefined}
                        value={option.methodId}
                        checked={c.draft().shippingMethodId === option.methodId}
                        onChange={() => c.setShippingMethod(option.methodId)}
                      />
                      <span class="co-method__body">
                        <span class="co-method__name">{text().name}</span>
                        <span class="co-method__promise">{promise()}</span>
                        <span class="co-method__description">{text().description}</span>
                      </span>
                      <span class="co-method__price">
                        <Show when={option.free} fallback={formatMoney(option.price, c.locale)}>
                          <Show when={option.regularPrice.amount > 0}>
                            <s>{formatMoney(option.regularPrice, c.locale)}</s>{' '}
                          </Show>
                          <strong class="sum__free">{m.shippingFree}</strong>
                        </Show>
                      </span>
                    </label>
                  );
                }}
              </For>
            </div>
          </Show>
        </Show>
        <p class="field__error" id={`${fieldId('shippingMethodId')}-error`} aria-live="polite">
          <Show when={error()}>
            {(message) => (
              <>
                <CartIcon name="info" size={18} />
                <span>{message()}</span>
              </>
            )}
          </Show>
        </p>
      </fieldset>

      <label class="co-consent">
        <input type="checkbox" checked={c.draft().marketing} onChange={(event) => c.setMarketing(event.currentTarget.checked)} />
        <span>{t.delivery.consent}</span>
      </label>

      <button type="submit" class="btn co-next" disabled={options().length === 0 && response() !== undefined}>
        {t.delivery.next}
        <CartIcon name="chevron" size={20} />
      </button>
      <a class="co-back" href={hashOfStep('details', c.locale)}>
        {t.delivery.back}
      </a>
    </StepForm>
  );
}
