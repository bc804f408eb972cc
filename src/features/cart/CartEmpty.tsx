/**
 * "Je winkelwagen is leeg" with the way back into the shop. Rendered twice with the same
 * markup: by the server as the first guess for a browser without a cart (CartPresence.astro),
 * and by the island once it knows, so the one replaces the other without a visible change.
 */
import { For } from 'solid-js';
import type { Locale } from '../../lib/i18n/locales.ts';
import { cartMessages } from './messages.ts';

export type CategoryLink = { name: string; href: string };

type Props = { locale: Locale; categories: readonly CategoryLink[]; headingRef?: (element: HTMLHeadingElement) => void };

export function CartEmpty(props: Props) {
  const m = cartMessages[props.locale];
  return (
    <div class="cart__empty">
      <h2 class="cart__empty-title" ref={props.headingRef} tabindex="-1">
        {m.empty}
      </h2>
      <p>{m.ui.emptyText}</p>
      <ul class="cart__categories">
        <For each={props.categories}>
          {(category) => (
            <li>
              <a class="btn btn-ghost" href={category.href}>
                {category.name}
              </a>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
