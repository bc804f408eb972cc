/**
 * The header's cart count: the number on the icon and, for screen readers, the same number in
 * words inside the cart link ("Winkelwagen, 3 artikelen"). Follows the cart store, so it moves
 * with an add in this tab and, through storage events, in every other tab.
 */
import { fill } from '../../lib/i18n/messages.ts';
import { $cartItemCount } from './cart-store.ts';

/** More than this shows as "99+": the badge has room for three characters. */
const badgeMax = 99;

function render(count: number): void {
  for (const badge of document.querySelectorAll<HTMLElement>('[data-cart-count]')) {
    badge.textContent = count > badgeMax ? `${badgeMax}+` : String(count);
    badge.hidden = count === 0;
    // The words below say it; the digits alone would be read as "3 Winkelwagen".
    badge.setAttribute('aria-hidden', 'true');
  }
  for (const label of document.querySelectorAll<HTMLElement>('[data-cart-count-label]')) {
    const { one = '', other = '', locale = 'nl-NL' } = label.dataset;
    const form = new Intl.PluralRules(locale).select(count) === 'one' ? one : other;
    label.textContent = count === 0 ? '' : `, ${fill(form, { count })}`;
  }
}

$cartItemCount.subscribe(render);
