/**
 * The drawer that opens after adding to the cart: what was added, how far the cart is from
 * free shipping, the subtotal, the way to checkout, and products that complete the set.
 *
 * A native modal <dialog>: the rest of the page is inert while it is open (focus stays inside,
 * screen readers see only the dialog), Escape closes it, and so does a tap on the backdrop.
 * Closing hands focus back to the add button (AddToCart). Code-split: product pages load it
 * only when the shopper is about to add.
 */
import { useStore } from '@nanostores/solid';
import { createMemo, onMount, Show } from 'solid-js';
import type { Locale } from '../../lib/i18n/locales.ts';
import { formatMoney } from '../../lib/money.ts';
import { $discountCode, $shippingCountry, chosenCountry } from './cart-choices-store.ts';
import type { PricingRules } from './cart-pricing.ts';
import { CartIcon } from './CartIcon.tsx';
import { CartLineItem } from './CartLineItem.tsx';
import { createCartPricing } from './create-cart-pricing.ts';
import { FreeShippingBar } from './FreeShippingBar.tsx';
import { cartMessages, describeItemCount } from './messages.ts';
import { SetSuggestions } from './SetSuggestions.tsx';
import { shippingCountries } from './shipping-options.ts';
import { $lineDetails } from './line-details-store.ts';

/** The line just added and how many units went in. */
export type DrawerLine = Readonly<{ sku: string; added: number }>;

type Props = {
  locale: Locale;
  rules: PricingRules;
  line: DrawerLine;
  cartHref: string;
  checkoutHref: string;
  onClose: () => void;
};

export function CartDrawer(props: Props) {
  const m = cartMessages[props.locale];
  const storedCountry = useStore($shippingCountry);
  const code = useStore($discountCode);
  const details = useStore($lineDetails);
  const countries = shippingCountries(props.rules);
  const pricing = createCartPricing({
    locale: props.locale,
    rules: props.rules,
    country: () => chosenCountry(storedCountry(), countries),
    discountCode: code,
  });
  const line = createMemo(() => pricing.priced().lines.find((candidate) => candidate.sku === props.line.sku));
  const image = () => pricing.lastResponse()?.images[props.line.sku] ?? details()[props.line.sku]?.image;
  let dialog: HTMLDialogElement | undefined;

  onMount(() => dialog?.showModal());

  return (
    <dialog
      ref={dialog}
      class="drawer"
      aria-labelledby="drawer-title"
      onClose={() => props.onClose()}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself; the panel covers the rest.
        if (event.target === dialog) dialog.close();
      }}
    >
      <div class="drawer__head">
        <h2 class="drawer__title" id="drawer-title">
          <span class="drawer__tick">
            <CartIcon name="check" size={18} />
          </span>
          {m.ui.added}
        </h2>
        <button type="button" class="icon-btn drawer__close" onClick={() => dialog?.close()}>
          <CartIcon name="close" size={24} />
          <span class="sr-only">{m.ui.close}</span>
        </button>
      </div>
      <div class="drawer__body">
        <ul class="drawer__lines">
          <Show when={line()}>{(priced) => <CartLineItem locale={props.locale} line={priced()} image={image()} compact />}</Show>
        </ul>
        <FreeShippingBar locale={props.locale} cart={pricing.priced()} thresholdCents={props.rules.freeShippingThresholdCents} />
        <dl class="drawer__subtotal" aria-busy={pricing.busy() ? 'true' : 'false'}>
          <dt>
            {m.subtotal} <span class="sum__muted">({describeItemCount(pricing.priced().itemCount, props.locale)})</span>
          </dt>
          <dd>{formatMoney(pricing.priced().goodsTotal, props.locale)}</dd>
        </dl>
        <div class="drawer__actions">
          <a class="btn drawer__checkout" href={props.checkoutHref}>
            <CartIcon name="lock" size={18} />
            {m.ui.checkout}
          </a>
          <a class="btn btn-ghost" href={props.cartHref}>
            {m.ui.viewCart}
          </a>
          <button type="button" class="drawer__continue" onClick={() => dialog?.close()}>
            {m.ui.continueShopping}
          </button>
        </div>
        <SetSuggestions locale={props.locale} suggestions={pricing.lastResponse()?.suggestions ?? []} headingLevel={3} id="drawer-sets" />
      </div>
    </dialog>
  );
}
