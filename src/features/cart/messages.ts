/**
 * The cart's words, and the sentences that explain what pricing found: free-shipping progress,
 * stock shortages, price changes, discount refusals, the undo after a removal. Checkout shows
 * every change in these words rather than quietly correcting a total.
 */
import { localeTags, type Locale } from '../../lib/i18n/locales.ts';
import { defineMessages, fill } from '../../lib/i18n/messages.ts';
import { compare, formatMoney } from '../../lib/money.ts';
import { shippingMethodText } from '../shipping/messages.ts';
import { maxCartLines, maxQuantityPerLine, type AddResult } from './cart-lines.ts';
import type { CartChange, ItemLabel, PricedCart, StockIssue } from './cart-pricing.ts';
import type { DiscountError } from './discount.ts';

export const cartMessages = defineMessages({
  nl: {
    title: 'Winkelwagen',
    empty: 'Je winkelwagen is leeg',
    itemCount: { one: '{count} artikel', other: '{count} artikelen' },
    // "Regenjas Polder (Geel, M)"; one-size products leave the size out.
    itemLabel: '{name} ({variant})',
    quantity: 'Aantal',
    remove: 'Verwijderen',
    subtotal: 'Subtotaal',
    discount: 'Korting ({code})',
    shipping: 'Verzending',
    shippingFree: 'Gratis',
    vatIncluded: 'Waarvan btw ({rate}%)',
    total: 'Totaal',
    freeShipping: {
      remaining: 'Nog {amount} tot gratis verzending',
      reached: 'Je verzending is gratis',
    },
    limits: {
      perLine: 'Je kunt maximaal {max} stuks per artikel bestellen.',
      lines: 'Je winkelwagen is vol: er passen maximaal {max} verschillende artikelen in.',
    },
    stock: {
      insufficient: 'Nog {available} op voorraad',
      unavailable: 'Uitverkocht',
    },
    changes: {
      priceUp: 'De prijs van {item} is gestegen van {from} naar {to}.',
      priceDown: 'De prijs van {item} is verlaagd van {from} naar {to}.',
      quantityReduced: 'Van {item} zijn er nog maar {to} op voorraad. We hebben je aantal aangepast van {from} naar {to}.',
      soldOut: '{item} is uitverkocht en telt niet mee in je totaal. Verwijder het of kies een andere kleur of maat.',
      removed: 'Een artikel uit je winkelwagen is niet meer te koop. We hebben het verwijderd.',
      shippingMethodChanged: '{from} is niet mogelijk voor dit adres. We hebben {to} voor je gekozen.',
    },
    discountCode: {
      label: 'Kortingscode',
      apply: 'Toepassen',
      applied: 'Kortingscode {code} is toegepast.',
      unknown: 'Deze kortingscode kennen we niet. Controleer de spelling.',
      expired: 'Deze kortingscode is verlopen.',
      alreadyUsed: 'Deze kortingscode is al gebruikt.',
      minimumNotReached: 'Deze kortingscode geldt vanaf {minimum}. Voeg nog {missing} toe om hem te gebruiken.',
    },
    undo: {
      removed: '{item} verwijderd.',
      action: 'Ongedaan maken',
    },
    ui: {
      addToCart: 'In winkelwagen',
      chooseSize: 'Kies eerst een maat.',
      checkingStock: 'Voorraad controleren…',
      variantSoldOut: 'Deze maat is uitverkocht. Kies een andere maat of kleur.',
      colorSoldOut: 'Deze kleur is uitverkocht. Kies een andere kleur.',
      allInCart: 'Je hebt alles wat we op voorraad hebben al in je winkelwagen.',
      maxInCart: 'Je hebt het maximum van {max} stuks al in je winkelwagen.',
      decrease: 'Eén minder',
      increase: 'Eén meer',
      quantityOf: 'Aantal van {item}',
      added: 'Toegevoegd aan je winkelwagen',
      close: 'Sluiten',
      continueShopping: 'Verder winkelen',
      viewCart: 'Bekijk winkelwagen',
      checkout: 'Afrekenen',
      inYourCart: 'In je winkelwagen',
      completeYourSet: 'Maak je set compleet',
      loading: 'Je winkelwagen wordt geladen…',
      updating: 'Je totaal wordt bijgewerkt…',
      emptyText: 'Kijk rond in onze winkel en vind wat je droog houdt op de fiets.',
      shopCategories: 'Naar de categorieën',
      summary: 'Overzicht',
      deliverTo: 'Bezorgen in',
      shippingWith: 'Verzending ({method})',
      each: '{price} per stuk',
      removeItem: 'Verwijder {item}',
      lineTotal: 'Samen {price}',
      setTo: 'Pas aan naar {available}',
      priceFailed: 'We konden je totaal nu niet controleren. De bedragen hieronder zijn een voorlopige berekening.',
      retry: 'Opnieuw proberen',
      changesTitle: 'Er is iets veranderd sinds je vorige bezoek',
      fixStockFirst: 'Pas eerst de artikelen aan die niet (meer) op voorraad zijn. Daarna kun je afrekenen.',
      discountToggle: 'Heb je een kortingscode?',
      discountRemove: 'Kortingscode {code} verwijderen',
      discountChecking: 'Kortingscode controleren…',
      trust: 'Veilig betalen met iDEAL, Bancontact, creditcard of wallet',
    },
  },
  en: {
    title: 'Cart',
    empty: 'Your cart is empty',
    itemCount: { one: '{count} item', other: '{count} items' },
    itemLabel: '{name} ({variant})',
    quantity: 'Quantity',
    remove: 'Remove',
    subtotal: 'Subtotal',
    discount: 'Discount ({code})',
    shipping: 'Shipping',
    shippingFree: 'Free',
    vatIncluded: 'Including VAT ({rate}%)',
    total: 'Total',
    freeShipping: {
      remaining: '{amount} more for free shipping',
      reached: 'Your shipping is free',
    },
    limits: {
      perLine: 'You can order up to {max} of each item.',
      lines: 'Your cart is full: it holds up to {max} different items.',
    },
    stock: {
      insufficient: 'Only {available} left',
      unavailable: 'Sold out',
    },
    changes: {
      priceUp: 'The price of {item} has gone up from {from} to {to}.',
      priceDown: 'The price of {item} has gone down from {from} to {to}.',
      quantityReduced: 'Only {to} of {item} left in stock. We changed your quantity from {from} to {to}.',
      soldOut: '{item} has sold out and is not in your total. Remove it or choose another colour or size.',
      removed: 'An item in your cart is no longer for sale. We have removed it.',
      shippingMethodChanged: '{from} is not available for this address. We have chosen {to} for you.',
    },
    discountCode: {
      label: 'Discount code',
      apply: 'Apply',
      applied: 'Discount code {code} applied.',
      unknown: 'We do not know this discount code. Check the spelling.',
      expired: 'This discount code has expired.',
      alreadyUsed: 'This discount code has already been used.',
      minimumNotReached: 'This discount code applies from {minimum}. Add {missing} more to use it.',
    },
    undo: {
      removed: '{item} removed.',
      action: 'Undo',
    },
    ui: {
      addToCart: 'Add to cart',
      chooseSize: 'Choose a size first.',
      checkingStock: 'Checking stock…',
      variantSoldOut: 'This size is sold out. Choose another size or colour.',
      colorSoldOut: 'This colour is sold out. Choose another colour.',
      allInCart: 'Everything we have in stock is already in your cart.',
      maxInCart: 'You already have the maximum of {max} in your cart.',
      decrease: 'One fewer',
      increase: 'One more',
      quantityOf: 'Quantity of {item}',
      added: 'Added to your cart',
      close: 'Close',
      continueShopping: 'Continue shopping',
      viewCart: 'View cart',
      checkout: 'Check out',
      inYourCart: 'In your cart',
      completeYourSet: 'Complete your set',
      loading: 'Loading your cart…',
      updating: 'Updating your total…',
      emptyText: 'Have a look around the shop and find what keeps you dry on the bike.',
      shopCategories: 'Go to the categories',
      summary: 'Summary',
      deliverTo: 'Deliver to',
      shippingWith: 'Shipping ({method})',
      each: '{price} each',
      removeItem: 'Remove {item}',
      lineTotal: 'Together {price}',
      setTo: 'Change to {available}',
      priceFailed: 'We could not check your total just now. The amounts below are a provisional calculation.',
      retry: 'Try again',
      changesTitle: 'Something has changed since your last visit',
      fixStockFirst: 'First adjust the items that are (no longer) in stock. Then you can check out.',
      discountToggle: 'Have a discount code?',
      discountRemove: 'Remove discount code {code}',
      discountChecking: 'Checking discount code…',
      trust: 'Pay securely with iDEAL, Bancontact, card or wallet',
    },
  },
});

const pluralRules = new Map<Locale, Intl.PluralRules>();

function plural(forms: { one: string; other: string }, count: number, locale: Locale): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(localeTags[locale]);
    pluralRules.set(locale, rules);
  }
  return fill(rules.select(count) === 'one' ? forms.one : forms.other, { count });
}

/** "3 artikelen" / "1 item", for the cart badge's accessible name and the cart heading. */
export function describeItemCount(count: number, locale: Locale): string {
  return plural(cartMessages[locale].itemCount, count, locale);
}

/** "Regenjas Polder (Geel, M)" / "Broekbanden (Fluogeel)". */
export function describeItem(item: ItemLabel, locale: Locale): string {
  const variant = item.size === undefined ? item.color[locale] : `${item.color[locale]}, ${item.size}`;
  return fill(cartMessages[locale].itemLabel, { name: item.name[locale], variant });
}

/** "Nog € 5,05 tot gratis verzending" or "Je verzending is gratis". */
export function describeFreeShipping(cart: Pick<PricedCart, 'freeShipping'>, locale: Locale): string {
  const m = cartMessages[locale].freeShipping;
  return cart.freeShipping.reached ? m.reached : fill(m.remaining, { amount: formatMoney(cart.freeShipping.remaining, locale) });
}

/** The short badge on a line: "Nog 2 op voorraad" / "Uitverkocht". */
export function describeStockIssue(issue: StockIssue, locale: Locale): string {
  const m = cartMessages[locale].stock;
  return issue.kind === 'unavailable' ? m.unavailable : fill(m.insufficient, { available: issue.available });
}

/** One sentence per change, for the notice above the checkout's order summary. */
export function describeCartChange(change: CartChange, locale: Locale): string {
  const m = cartMessages[locale].changes;
  switch (change.kind) {
    case 'priceChanged':
      return fill(compare(change.to, change.from) > 0 ? m.priceUp : m.priceDown, {
        item: describeItem(change.item, locale),
        from: formatMoney(change.from, locale),
        to: formatMoney(change.to, locale),
      });
    case 'quantityReduced':
      return change.to === 0
        ? fill(m.soldOut, { item: describeItem(change.item, locale) })
        : fill(m.quantityReduced, { item: describeItem(change.item, locale), from: change.from, to: change.to });
    case 'removed':
      return m.removed;
    case 'shippingMethodChanged':
      return fill(m.shippingMethodChanged, {
        from: shippingMethodText(change.from, locale).name,
        to: shippingMethodText(change.to, locale).name,
      });
  }
}

/** Why a code does not work, in words a shopper can act on. */
export function describeDiscountError(error: DiscountError, locale: Locale): string {
  const m = cartMessages[locale].discountCode;
  switch (error.code) {
    case 'unknown':
      return m.unknown;
    case 'expired':
      return m.expired;
    case 'alreadyUsed':
      return m.alreadyUsed;
    case 'minimumNotReached':
      return fill(m.minimumNotReached, {
        minimum: formatMoney(error.minimum, locale, { stripZeroCents: true }),
        missing: formatMoney(error.missing, locale),
      });
  }
}

/** What to say when addToCart added fewer units than asked; undefined when all fitted. */
export function describeAddLimit(result: Pick<AddResult, 'limitedBy'>, locale: Locale): string | undefined {
  const m = cartMessages[locale].limits;
  if (result.limitedBy === 'perLine') return fill(m.perLine, { max: maxQuantityPerLine });
  if (result.limitedBy === 'lines') return fill(m.lines, { max: maxCartLines });
  return undefined;
}

/** The toast after a removal: "Regenjas Polder (Geel, M) verwijderd." followed by the undo button. */
export function describeRemoved(item: ItemLabel, locale: Locale): string {
  return fill(cartMessages[locale].undo.removed, { item: describeItem(item, locale) });
}
