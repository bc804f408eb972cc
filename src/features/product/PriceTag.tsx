/**
 * Price.astro's markup for the picker island, which must re-render the price when the choice
 * changes (an Astro component cannot). Same classes, so Price.astro's global styles apply.
 */
import { Show } from 'solid-js';
import { componentMessages } from '../../components/components.messages.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { formatMoney, type Money } from '../../lib/money.ts';

type Props = { locale: Locale; price: Money; compareAt: Money | undefined; from: boolean };

export function PriceTag(props: Props) {
  const t = () => componentMessages[props.locale];
  const wasPrice = () => (props.compareAt !== undefined && props.compareAt.amount > props.price.amount ? props.compareAt : undefined);
  return (
    <p class="price price--large" classList={{ 'price--sale': wasPrice() !== undefined }} data-price>
      <Show when={props.from}>
        <span class="price__from">{t().priceFrom}</span>
      </Show>
      <Show when={wasPrice()}>
        <span class="sr-only">{t().priceNow}</span>
      </Show>
      <span class="price__now">{formatMoney(props.price, props.locale)}</span>
      <Show when={wasPrice()}>
        {(was) => (
          <>
            <span class="sr-only">{t().priceWas}</span>
            <s class="price__was">{formatMoney(was(), props.locale)}</s>
          </>
        )}
      </Show>
    </p>
  );
}
