/**
 * How far the cart is from free shipping, as a sentence and a bar. The sentence carries the
 * meaning (the bar is its picture), so the bar is a progressbar whose value text is that
 * sentence, and it keeps its height whether or not the goal is reached (no layout shift).
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import type { PricedCart } from './cart-pricing.ts';
import { describeFreeShipping } from './messages.ts';
import { CartIcon } from './CartIcon.tsx';

type Props = { locale: Locale; cart: Pick<PricedCart, 'freeShipping' | 'goodsTotal'>; thresholdCents: number };

export function FreeShippingBar(props: Props) {
  const text = () => describeFreeShipping(props.cart, props.locale);
  const percent = () =>
    props.cart.freeShipping.reached || props.thresholdCents <= 0
      ? 100
      : Math.min(100, Math.floor((props.cart.goodsTotal.amount / props.thresholdCents) * 100));
  return (
    <div class="fsb" classList={{ 'is-reached': props.cart.freeShipping.reached }}>
      <p class="fsb__text">
        <CartIcon name={props.cart.freeShipping.reached ? 'check' : 'truck'} />
        <span>{text()}</span>
      </p>
      <div
        class="fsb__track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent()}
        aria-valuetext={text()}
        aria-label={text()}
      >
        <span class="fsb__fill" style={{ width: `${percent()}%` }} />
      </div>
    </div>
  );
}
