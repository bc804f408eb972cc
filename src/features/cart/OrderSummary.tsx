/**
 * The money part of a cart: subtotal, discount, shipping with its method, total and the VAT
 * in it, and when the parcel arrives. Shared by the cart page, the drawer and every checkout
 * step, so the shopper reads the same figures in the same words all the way to paying.
 * While the server re-prices, the block is aria-busy with a thin moving line; its figures are
 * the browser's preview until then, never a blank.
 */
import { Show, type JSX } from 'solid-js';
import type { Locale } from '../../lib/i18n/locales.ts';
import { fill } from '../../lib/i18n/messages.ts';
import { formatMoney, type Money } from '../../lib/money.ts';
import { describeDeliveryPromise, shippingMethodText } from '../shipping/messages.ts';
import type { PricedCart } from './cart-pricing.ts';
import { CartIcon } from './CartIcon.tsx';
import { cartMessages, describeItemCount } from './messages.ts';
import type { ShippingOption } from './shipping-options.ts';

type Props = {
  locale: Locale;
  cart: PricedCart;
  /** The chosen method's dates, once the server has priced the cart. */
  delivery?: ShippingOption | undefined;
  /** The moment the server computed `delivery` for ("morgen" is relative to it). */
  pricedAt?: Date | undefined;
  busy?: boolean;
  /** Above the figures: the checkout's compact line list. */
  children?: JSX.Element;
  /** Under the total: the discount field, the checkout button. */
  footer?: JSX.Element;
  id?: string;
};

export function minusMoney(amount: Money, locale: Locale): string {
  return `−\u00a0${formatMoney(amount, locale)}`;
}

export function OrderSummary(props: Props) {
  const m = () => cartMessages[props.locale];
  const shipping = () => props.cart.shipping;
  const deliveryText = () => {
    const option = props.delivery;
    const at = props.pricedAt;
    if (!option || !at) return undefined;
    const promise = { dispatchDate: option.dispatchDate, deliveryDate: option.deliveryDate };
    return describeDeliveryPromise(
      option.orderWithin === undefined ? promise : { ...promise, orderWithin: option.orderWithin },
      { id: option.methodId, cutoff: option.cutoff },
      props.locale,
      at,
    );
  };
  return (
    <div class="sum" id={props.id} aria-busy={props.busy ? 'true' : 'false'} classList={{ 'is-busy': props.busy === true }}>
      {props.children}
      <dl class="sum__rows">
        <div class="sum__row">
          <dt>
            {m().subtotal} <span class="sum__muted">({describeItemCount(props.cart.itemCount, props.locale)})</span>
          </dt>
          <dd>{formatMoney(props.cart.subtotal, props.locale)}</dd>
        </div>
        <Show when={props.cart.discount?.status === 'applied' && props.cart.discountTotal.amount > 0}>
          <div class="sum__row sum__row--discount">
            <dt>{fill(m().discount, { code: props.cart.discount?.code ?? '' })}</dt>
            <dd>{minusMoney(props.cart.discountTotal, props.locale)}</dd>
          </div>
        </Show>
        <Show when={shipping()}>
          {(ship) => (
            <div class="sum__row">
              <dt>
                {m().shipping} <span class="sum__muted">({shippingMethodText(ship().methodId, props.locale).name})</span>
              </dt>
              <dd>
                <Show when={ship().free} fallback={formatMoney(ship().price, props.locale)}>
                  <Show when={ship().regularPrice.amount > 0}>
                    <s class="sum__was">{formatMoney(ship().regularPrice, props.locale)}</s>{' '}
                  </Show>
                  <strong class="sum__free">{m().shippingFree}</strong>
                </Show>
              </dd>
            </div>
          )}
        </Show>
        <div class="sum__row sum__row--total">
          <dt>{m().total}</dt>
          <dd data-total>{formatMoney(props.cart.total, props.locale)}</dd>
        </div>
        <div class="sum__row sum__row--vat">
          <dt>{fill(m().vatIncluded, { rate: props.cart.vatRate })}</dt>
          <dd>{formatMoney(props.cart.vat, props.locale)}</dd>
        </div>
      </dl>
      <p class="sum__delivery" classList={{ 'is-pending': deliveryText() === undefined }}>
        <CartIcon name="truck" />
        <span>{deliveryText() ?? ''}</span>
      </p>
      {props.footer}
    </div>
  );
}
