/**
 * One line of the cart: photo, name (a link back to the product in this colour), colour and
 * size, unit price, quantity stepper, remove, line total, and, when stock is short, what is
 * left with a one-tap fix. The drawer shows the same line without controls.
 */
import { Show } from 'solid-js';
import type { Locale } from '../../lib/i18n/locales.ts';
import { fill } from '../../lib/i18n/messages.ts';
import { formatMoney } from '../../lib/money.ts';
import { productPath } from '../../lib/shop-paths.ts';
import type { CartImage } from './cart-display.ts';
import type { PricedCartLine } from './cart-pricing.ts';
import { CartIcon } from './CartIcon.tsx';
import { cartMessages, describeItem, describeStockIssue } from './messages.ts';
import { QuantityStepper } from './QuantityStepper.tsx';

type Props = {
  locale: Locale;
  line: PricedCartLine;
  image?: CartImage | undefined;
  /** Absent: a read-only line (drawer, checkout summary). */
  onQuantity?: (quantity: number) => void;
  onRemove?: () => void;
  compact?: boolean;
  /** Lines at the top of the cart page are in the first screen: their photo loads at once. */
  eagerImage?: boolean;
};

/** "Geel · M" / "Geel". */
export function variantText(line: Pick<PricedCartLine, 'color' | 'size'>, locale: Locale): string {
  return line.size === undefined ? line.color.name[locale] : `${line.color.name[locale]} · ${line.size}`;
}

export function lineHref(line: Pick<PricedCartLine, 'productSlug' | 'color'>, locale: Locale): string {
  // The picker restores the colour from ?kleur= / ?color= (selection-url.ts).
  return `${productPath(locale, line.productSlug)}?${locale === 'nl' ? 'kleur' : 'color'}=${encodeURIComponent(line.color.id)}`;
}

export function CartLineItem(props: Props) {
  const m = () => cartMessages[props.locale];
  const item = () => describeItem({ name: props.line.name, color: props.line.color.name, size: props.line.size }, props.locale);
  const issue = () => props.line.stockIssue;
  const totalText = () => formatMoney(props.line.total, props.locale);
  const editable = () => props.onQuantity !== undefined;
  /** Units left when some (not none) are: the quantity a one-tap fix sets. */
  const shortBy = () => {
    const stock = issue();
    return stock?.kind === 'insufficient' ? stock.available : undefined;
  };
  return (
    <li class="cl" classList={{ 'cl--compact': props.compact === true, 'has-issue': issue() !== undefined }} data-sku={props.line.sku}>
      <div class="cl__media">
        <Show when={props.image}>
          {(image) => (
            <img
              src={image().src}
              width={image().width}
              height={image().height}
              alt=""
              loading={props.eagerImage ? 'eager' : 'lazy'}
              decoding="async"
            />
          )}
        </Show>
        <Show when={props.compact && !editable()}>
          <span class="cl__badge" aria-hidden="true">
            {props.line.requestedQuantity}
          </span>
        </Show>
      </div>
      <div class="cl__body">
        <p class="cl__name">
          <a href={lineHref(props.line, props.locale)}>{props.line.name[props.locale]}</a>
        </p>
        <p class="cl__variant">{variantText(props.line, props.locale)}</p>
        <Show when={!props.compact}>
          <p class="cl__unit">
            {fill(m().ui.each, { price: formatMoney(props.line.unitPrice, props.locale) })}
            <Show when={props.line.compareAtUnitPrice}>
              {(was) => (
                <>
                  {' '}
                  <s class="cl__was">{formatMoney(was(), props.locale)}</s>
                </>
              )}
            </Show>
          </p>
        </Show>
        <Show when={props.compact && !editable()}>
          <p class="sr-only">
            {m().quantity}: {props.line.requestedQuantity}
          </p>
        </Show>
        <Show when={issue()}>
          {(stock) => (
            <p class="cl__issue">
              <CartIcon name="info" size={18} />
              <span>{describeStockIssue(stock(), props.locale)}</span>
              <Show when={editable() ? shortBy() : undefined}>
                {(available) => (
                  <button type="button" class="cl__fix" onClick={() => props.onQuantity?.(available())}>
                    {fill(m().ui.setTo, { available: available() })}
                  </button>
                )}
              </Show>
            </p>
          )}
        </Show>
      </div>
      <Show
        when={editable()}
        fallback={
          <p class="cl__total">
            <span class="sr-only">{m().total}: </span>
            {totalText()}
          </p>
        }
      >
        <div class="cl__controls">
          <QuantityStepper
            locale={props.locale}
            value={props.line.requestedQuantity}
            max={Math.max(props.line.requestedQuantity, props.line.maxQuantity, 1)}
            label={fill(m().ui.quantityOf, { item: item() })}
            onChange={(quantity) => props.onQuantity?.(quantity)}
          />
          <p class="cl__total">
            <span class="sr-only">{m().total}: </span>
            <Show when={props.line.discount.amount > 0}>
              <s class="cl__was">{formatMoney(props.line.subtotal, props.locale)}</s>{' '}
            </Show>
            {totalText()}
          </p>
          <button type="button" class="cl__remove" onClick={() => props.onRemove?.()}>
            <CartIcon name="trash" />
            {m().remove}
            <span class="sr-only"> {item()}</span>
          </button>
        </div>
      </Show>
    </li>
  );
}

/**
 * A line the browser knows only by SKU (the cart came from another tab or an old visit, so no
 * details were remembered): a quiet placeholder of a line's size until the server's pricing
 * names it, so the summary below does not jump down when it does.
 */
export function CartLinePending() {
  return (
    <li class="cl cl--pending" aria-hidden="true">
      <div class="cl__media" />
      <div class="cl__body">
        <span class="cl__bar cl__bar--name" />
        <span class="cl__bar" />
        <span class="cl__bar" />
      </div>
      <div class="cl__controls">
        <span class="cl__bar cl__bar--tap" />
        <span class="cl__bar cl__bar--tap" />
      </div>
    </li>
  );
}
