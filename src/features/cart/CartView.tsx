/**
 * The cart page's island: lines with photo, variant, price, stepper and remove (with undo),
 * the free-shipping bar, the order summary priced by the server (the browser's preview until
 * then), the delivery estimate, a discount code, complete-your-set and the checkout button.
 * Every difference the server finds (a price, a shortage) is said in words above the lines.
 *
 * The page is prerendered; the cart lives in the browser, so the server renders a quiet
 * loading state of the same height and the island fills it after mount.
 */
import { useStore } from '@nanostores/solid';
import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import type { Locale } from '../../lib/i18n/locales.ts';
import { localeTags } from '../../lib/i18n/locales.ts';
import type { ShippingCountry } from '../shipping/delivery-promise.ts';
import { $discountCode, $shippingCountry, chosenCountry } from './cart-choices-store.ts';
import type { PricedCart, PricingRules } from './cart-pricing.ts';
import { cartStore } from './cart-store.ts';
import { CartEmpty, type CategoryLink } from './CartEmpty.tsx';
import { CartIcon } from './CartIcon.tsx';
import { CartLineItem, CartLinePending } from './CartLineItem.tsx';
import { createCartPricing } from './create-cart-pricing.ts';
import { DiscountCodeField } from './DiscountCodeField.tsx';
import { FreeShippingBar } from './FreeShippingBar.tsx';
import { $lineDetails } from './line-details-store.ts';
import { cartMessages, describeItemCount, describeRemoved } from './messages.ts';
import { CartChangesNotice, Notice } from './Notice.tsx';
import { OrderSummary } from './OrderSummary.tsx';
import { SetSuggestions } from './SetSuggestions.tsx';
import { shippingCountries } from './shipping-options.ts';
import { UndoToast, type Toast } from './UndoToast.tsx';
import './cart.css';
import './cart-page.css';
import './cart-presence.css';

type Props = {
  locale: Locale;
  rules: PricingRules;
  categories: CategoryLink[];
  checkoutHref: string;
};

/** Lines whose stock is short must be fixed first: the order is placed exactly as the cart says. */
export function hasStockIssue(cart: Pick<PricedCart, 'lines'>): boolean {
  return cart.lines.some((line) => line.stockIssue !== undefined);
}

export function CartView(props: Props) {
  const [mounted, setMounted] = createSignal(false);
  onMount(() => setMounted(true));
  const m = cartMessages[props.locale];
  return (
    <Show
      when={mounted()}
      fallback={
        <div class="cart cart--loading">
          <div data-cart-ssr="empty">
            <CartEmpty locale={props.locale} categories={props.categories} />
          </div>
          <p class="cart__loading" data-cart-ssr="filled" role="status">
            {m.ui.loading}
          </p>
        </div>
      }
    >
      <CartContents {...props} />
    </Show>
  );
}

function CartContents(props: Props) {
  const m = cartMessages[props.locale];
  const storedCountry = useStore($shippingCountry);
  const code = useStore($discountCode);
  const details = useStore($lineDetails);
  const countries = shippingCountries(props.rules);
  const country = () => chosenCountry(storedCountry(), countries);
  const pricing = createCartPricing({ locale: props.locale, rules: props.rules, country, discountCode: code });
  const priced = () => pricing.priced();
  const [toast, setToast] = createSignal<Toast>();
  let toastId = 0;
  let countHeading: HTMLHeadingElement | undefined;

  const countryNames = new Intl.DisplayNames([localeTags[props.locale]], { type: 'region' });
  const image = (sku: string) => pricing.lastResponse()?.images[sku] ?? details()[sku]?.image;
  const changes = createMemo(() => pricing.changes().filter((change) => change.kind !== 'shippingMethodChanged'));
  const blocked = () => hasStockIssue(priced()) || !priced().canCheckout;
  /** Cart lines the preview cannot name yet: each holds a line's place until the server answers. */
  const pending = () => {
    const shown = new Set(priced().lines.map((line) => line.sku));
    return pricing.cart().lines.filter((line) => !shown.has(line.sku));
  };

  const remove = (sku: string) => {
    const line = priced().lines.find((candidate) => candidate.sku === sku);
    const removed = cartStore.remove(sku);
    if (!removed || !line) return;
    toastId += 1;
    setToast({
      id: toastId,
      message: describeRemoved({ name: line.name, color: line.color.name, size: line.size }, props.locale),
      onUndo: () => cartStore.undoRemove(removed),
    });
    // The button that had focus left with its line; the list heading is the next sensible place.
    countHeading?.focus();
  };

  return (
    <div class="cart">
      <Show
        when={pricing.cart().lines.length > 0}
        fallback={<CartEmpty locale={props.locale} categories={props.categories} headingRef={(element) => (countHeading = element)} />}
      >
        <div class="cart__main">
          <h2 class="cart__count" ref={countHeading} tabindex="-1">
            {describeItemCount(
              pricing.cart().lines.reduce((count, line) => count + line.quantity, 0),
              props.locale,
            )}
          </h2>
          <CartChangesNotice locale={props.locale} title={m.ui.changesTitle} changes={changes()} />
          <Show when={pricing.error()}>
            <Notice tone="alert">
              <p>{m.ui.priceFailed}</p>
              <button type="button" class="btn btn-ghost" onClick={() => pricing.retry()}>
                {m.ui.retry}
              </button>
            </Notice>
          </Show>
          <ul class="cart__lines">
            <For each={priced().lines}>
              {(line, index) => (
                <CartLineItem
                  locale={props.locale}
                  line={line}
                  image={image(line.sku)}
                  eagerImage={index() < 3}
                  onQuantity={(quantity) => (quantity < 1 ? remove(line.sku) : cartStore.setQuantity(line.sku, quantity))}
                  onRemove={() => remove(line.sku)}
                />
              )}
            </For>
            <Show when={pricing.busy()}>
              <For each={pending()}>{() => <CartLinePending />}</For>
            </Show>
          </ul>
        </div>
        <aside class="cart__aside" aria-labelledby="cart-summary-title">
          <div class="cart__panel">
            <h2 class="cart__summary-title" id="cart-summary-title">
              {m.ui.summary}
            </h2>
            <FreeShippingBar locale={props.locale} cart={priced()} thresholdCents={props.rules.freeShippingThresholdCents} />
            <Show when={countries.length > 1}>
              <div class="cart__country">
                <label for="cart-country">{m.ui.deliverTo}</label>
                <select
                  id="cart-country"
                  class="cart__select"
                  onChange={(event) => $shippingCountry.set(event.currentTarget.value as ShippingCountry)}
                >
                  <For each={countries}>
                    {(option) => (
                      <option value={option} selected={option === country()}>
                        {countryNames.of(option) ?? option}
                      </option>
                    )}
                  </For>
                </select>
              </div>
            </Show>
            <OrderSummary
              locale={props.locale}
              cart={priced()}
              delivery={pricing.delivery()}
              pricedAt={pricing.response() ? new Date(pricing.response()!.pricedAt) : undefined}
              busy={pricing.busy()}
            />
            <DiscountCodeField
              locale={props.locale}
              code={code()}
              outcome={pricing.response()?.cart.discount}
              checking={code() !== '' && pricing.busy()}
              onApply={(value) => $discountCode.set(value)}
              onRemove={() => $discountCode.set('')}
              id="cart-discount"
            />
            <Show
              when={!blocked()}
              fallback={
                <>
                  <button type="button" class="btn cart__checkout" aria-disabled="true" aria-describedby="cart-blocked">
                    <CartIcon name="lock" size={18} />
                    {m.ui.checkout}
                  </button>
                  <p class="cart__blocked" id="cart-blocked">
                    {m.ui.fixStockFirst}
                  </p>
                </>
              }
            >
              <a class="btn cart__checkout" href={props.checkoutHref}>
                <CartIcon name="lock" size={18} />
                {m.ui.checkout}
              </a>
            </Show>
            <p class="cart__trust">{m.ui.trust}</p>
          </div>
        </aside>
        <div class="cart__sets">
          <SetSuggestions locale={props.locale} suggestions={pricing.lastResponse()?.suggestions ?? []} id="cart-sets" />
        </div>
      </Show>
      <UndoToast locale={props.locale} toast={toast()} onDismiss={() => setToast(undefined)} />
    </div>
  );
}
