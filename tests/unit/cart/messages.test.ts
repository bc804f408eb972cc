import { describe, expect, it } from 'vitest';
import { addToCart, emptyCart, maxQuantityPerLine } from '../../../src/features/cart/cart-lines.ts';
import { priceCart } from '../../../src/features/cart/cart-pricing.ts';
import {
  cartMessages,
  describeAddLimit,
  describeCartChange,
  describeDiscountError,
  describeFreeShipping,
  describeItem,
  describeItemCount,
  describeRemoved,
  describeStockIssue,
} from '../../../src/features/cart/messages.ts';
import { locales } from '../../../src/lib/i18n/locales.ts';
import { money, zero } from '../../../src/lib/money.ts';
import { catalog, rules } from './fixtures.ts';

// Intl puts a no-break space between the euro sign and the amount in Dutch.
const nbsp = '\u00a0';
const jacket = { name: { nl: 'Regenjas Polder', en: 'Polder rain jacket' }, color: { nl: 'Geel', en: 'Yellow' }, size: 'M' };
const bands = { name: { nl: 'Broekbanden', en: 'Trouser bands' }, color: { nl: 'Signaaloranje', en: 'Signal orange' } };

function leaves(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

describe('cart messages', () => {
  it('has the same keys, all filled, in Dutch and English', () => {
    expect(leaves(cartMessages.en)).toEqual(leaves(cartMessages.nl));
    for (const locale of locales) {
      for (const key of leaves(cartMessages[locale])) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], cartMessages[locale]);
        expect(String(text).trim().length, `${locale}.${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('shows free-shipping progress and the reached state', () => {
    const below = priceCart({ lines: [{ sku: 'BAND-OR', quantity: 1 }], catalog, country: 'NL', rules });
    expect(describeFreeShipping(below, 'nl')).toBe(`Nog €${nbsp}40,05 tot gratis verzending`);
    expect(describeFreeShipping(below, 'en')).toBe('€40.05 more for free shipping');
    const reached = { freeShipping: { reached: true, remaining: zero() } };
    expect(describeFreeShipping(reached, 'nl')).toBe('Je verzending is gratis');
    expect(describeFreeShipping(reached, 'en')).toBe('Your shipping is free');
  });

  it('names an item with its colour and, when it has one, its size', () => {
    expect(describeItem(jacket, 'nl')).toBe('Regenjas Polder (Geel, M)');
    expect(describeItem(bands, 'en')).toBe('Trouser bands (Signal orange)');
  });

  it('counts items with plurals', () => {
    expect(describeItemCount(1, 'nl')).toBe('1 artikel');
    expect(describeItemCount(3, 'nl')).toBe('3 artikelen');
    expect(describeItemCount(0, 'en')).toBe('0 items');
    expect(describeItemCount(1, 'en')).toBe('1 item');
  });

  it('labels stock issues on a line', () => {
    expect(describeStockIssue({ kind: 'insufficient', available: 2 }, 'nl')).toBe('Nog 2 op voorraad');
    expect(describeStockIssue({ kind: 'unavailable' }, 'en')).toBe('Sold out');
  });

  it('explains every kind of change', () => {
    expect(describeCartChange({ kind: 'priceChanged', sku: 'X', item: jacket, from: money(7995), to: money(8995) }, 'nl')).toBe(
      `De prijs van Regenjas Polder (Geel, M) is gestegen van €${nbsp}79,95 naar €${nbsp}89,95.`,
    );
    expect(describeCartChange({ kind: 'priceChanged', sku: 'X', item: jacket, from: money(8995), to: money(7995) }, 'en')).toBe(
      'The price of Polder rain jacket (Yellow, M) has gone down from €89.95 to €79.95.',
    );
    expect(describeCartChange({ kind: 'quantityReduced', sku: 'X', item: bands, from: 5, to: 2 }, 'nl')).toBe(
      'Van Broekbanden (Signaaloranje) zijn er nog maar 2 op voorraad. We hebben je aantal aangepast van 5 naar 2.',
    );
    expect(describeCartChange({ kind: 'quantityReduced', sku: 'X', item: bands, from: 1, to: 0 }, 'en')).toBe(
      'Trouser bands (Signal orange) has sold out and is not in your total. Remove it or choose another colour or size.',
    );
    expect(describeCartChange({ kind: 'removed', sku: 'X' }, 'nl')).toBe(
      'Een artikel uit je winkelwagen is niet meer te koop. We hebben het verwijderd.',
    );
    expect(describeCartChange({ kind: 'shippingMethodChanged', from: 'evening', to: 'pickup' }, 'nl')).toBe(
      'Avondbezorging is niet mogelijk voor dit adres. We hebben Afhalen bij een PostNL-punt voor je gekozen.',
    );
  });

  it('explains why a discount code does not work', () => {
    expect(describeDiscountError({ code: 'unknown' }, 'nl')).toBe('Deze kortingscode kennen we niet. Controleer de spelling.');
    expect(describeDiscountError({ code: 'expired' }, 'en')).toBe('This discount code has expired.');
    expect(describeDiscountError({ code: 'alreadyUsed' }, 'nl')).toBe('Deze kortingscode is al gebruikt.');
    expect(describeDiscountError({ code: 'minimumNotReached', minimum: money(2500), missing: money(510) }, 'nl')).toBe(
      `Deze kortingscode geldt vanaf €${nbsp}25. Voeg nog €${nbsp}5,10 toe om hem te gebruiken.`,
    );
    expect(describeDiscountError({ code: 'minimumNotReached', minimum: money(2500), missing: money(510) }, 'en')).toBe(
      'This discount code applies from €25. Add €5.10 more to use it.',
    );
  });

  it('words the add limits and nothing when everything fitted', () => {
    const full = addToCart(emptyCart(), 'A', maxQuantityPerLine + 1, 0);
    expect(describeAddLimit(full, 'nl')).toBe(`Je kunt maximaal ${maxQuantityPerLine} stuks per artikel bestellen.`);
    expect(describeAddLimit({ limitedBy: 'lines' }, 'en')).toBe('Your cart is full: it holds up to 50 different items.');
    expect(describeAddLimit({}, 'nl')).toBeUndefined();
  });

  it('announces a removal for the undo toast', () => {
    expect(describeRemoved(jacket, 'nl')).toBe('Regenjas Polder (Geel, M) verwijderd.');
    expect(cartMessages.nl.undo.action).toBe('Ongedaan maken');
    expect(describeRemoved(bands, 'en')).toBe('Trouser bands (Signal orange) removed.');
  });
});
