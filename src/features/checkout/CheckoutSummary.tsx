/**
 * The order beside (or, on a phone, above) every checkout step: the lines, subtotal, discount,
 * shipping, VAT and total, priced by the server for the address and method chosen so far, and
 * the delivery day. On a phone it folds to one line with the total, so the form comes first
 * while the amount stays in sight.
 */
import { createSignal, For } from 'solid-js';
import { formatMoney } from '../../lib/money.ts';
import { CartIcon } from '../cart/CartIcon.tsx';
import { CartLineItem } from '../cart/CartLineItem.tsx';
import { $discountCode } from '../cart/cart-choices-store.ts';
import { DiscountCodeField } from '../cart/DiscountCodeField.tsx';
import { OrderSummary } from '../cart/OrderSummary.tsx';
import { $lineDetails } from '../cart/line-details-store.ts';
import type { CheckoutController } from './checkout-controller.ts';
import { checkoutMessages } from './messages.ts';

type Props = { checkout: CheckoutController; cartHref: string };

export function CheckoutSummary(props: Props) {
  const c = props.checkout;
  const t = checkoutMessages[c.locale];
  const [open, setOpen] = createSignal(false);
  const pricing = c.pricing;
  const image = (sku: string) => pricing.lastResponse()?.images[sku] ?? $lineDetails.get()[sku]?.image;
  return (
    <section class="co-sum" aria-labelledby="co-sum-title">
      <button
        type="button"
        class="co-sum__toggle"
        aria-expanded={open() ? 'true' : 'false'}
        aria-controls="co-sum-body"
        onClick={() => setOpen(!open())}
      >
        <span class="co-sum__toggle-label">
          <CartIcon name="chevron" size={18} />
          {open() ? t.summary.hide : t.summary.show}
        </span>
        <strong class="co-sum__toggle-total">{formatMoney(pricing.priced().total, c.locale)}</strong>
      </button>
      <div class="co-sum__body" id="co-sum-body" classList={{ 'is-open': open() }}>
        <div class="co-sum__head">
          <h2 class="co-sum__title" id="co-sum-title">
            {t.summary.heading}
          </h2>
          <a class="co-link" href={props.cartHref}>
            {t.summary.editCart}
          </a>
        </div>
        <OrderSummary
          locale={c.locale}
          cart={pricing.priced()}
          delivery={pricing.delivery()}
          pricedAt={pricing.response() ? new Date(pricing.response()!.pricedAt) : undefined}
          busy={pricing.busy()}
          footer={
            <DiscountCodeField
              locale={c.locale}
              code={c.discountCode()}
              outcome={pricing.response()?.cart.discount}
              checking={c.discountCode() !== '' && pricing.busy()}
              onApply={(value) => $discountCode.set(value)}
              onRemove={() => $discountCode.set('')}
              id="co-discount"
            />
          }
        >
          <ul class="co-sum__lines">
            <For each={pricing.priced().lines}>
              {(line) => <CartLineItem locale={c.locale} line={line} image={image(line.sku)} compact />}
            </For>
          </ul>
        </OrderSummary>
      </div>
    </section>
  );
}
