/**
 * "Maak je set compleet": products the catalog links to what is in the cart, from the server's
 * answer. Cards link to the product (a size still has to be chosen there); on a phone they
 * scroll sideways so they never push the checkout button far down.
 */
import { For, Show } from 'solid-js';
import type { Locale } from '../../lib/i18n/locales.ts';
import { formatMoney } from '../../lib/money.ts';
import { productPath } from '../../lib/shop-paths.ts';
import { componentMessages } from '../../components/components.messages.ts';
import type { SetSuggestion } from './cart-display.ts';
import { cartMessages } from './messages.ts';

type Props = { locale: Locale; suggestions: readonly SetSuggestion[]; headingLevel?: 2 | 3; id: string };

export function SetSuggestions(props: Props) {
  const c = () => componentMessages[props.locale];
  return (
    <Show when={props.suggestions.length > 0}>
      <section class="sets" aria-labelledby={props.id}>
        {props.headingLevel === 3 ? (
          <h3 class="sets__title" id={props.id}>
            {cartMessages[props.locale].ui.completeYourSet}
          </h3>
        ) : (
          <h2 class="sets__title" id={props.id}>
            {cartMessages[props.locale].ui.completeYourSet}
          </h2>
        )}
        <ul class="sets__list">
          <For each={props.suggestions}>
            {(suggestion) => (
              <li class="sets__card">
                <Show when={suggestion.image}>
                  {(image) => (
                    <img src={image().src} width={image().width} height={image().height} alt="" loading="lazy" decoding="async" />
                  )}
                </Show>
                <a class="sets__name" href={productPath(props.locale, suggestion.slug)}>
                  {suggestion.name}
                </a>
                <p class="sets__price">
                  <Show when={suggestion.fromPrice}>
                    <span class="sets__from">{c().priceFrom} </span>
                  </Show>
                  <span classList={{ 'is-sale': suggestion.compareAt !== undefined }}>{formatMoney(suggestion.price, props.locale)}</span>
                  <Show when={suggestion.compareAt}>
                    {(was) => (
                      <>
                        {' '}
                        <span class="sr-only">{c().priceWas}</span>
                        <s>{formatMoney(was(), props.locale)}</s>
                      </>
                    )}
                  </Show>
                </p>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
