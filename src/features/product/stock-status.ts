/**
 * The stock line under the picker ("Op voorraad", "Nog 3 op voorraad", "Uitverkocht") and the
 * level a size button shows. Pure: the island passes what it knows, including "not yet".
 */
import { fill } from '../../lib/i18n/messages.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { productMessages } from './messages.ts';
import { findVariant, isColorSoldOut, type PickerOptions, type Selection, type StockBySku } from './variant-selection.ts';

/**
 * From this many units down a variant counts as almost gone and the exact number is shown:
 * it helps a shopper decide, and above it the number says nothing useful.
 */
export const lowStockThreshold = 5;

export type StockLevel = 'in_stock' | 'low' | 'sold_out';

export function stockLevel(available: number): StockLevel {
  if (available <= 0) return 'sold_out';
  return available <= lowStockThreshold ? 'low' : 'in_stock';
}

/** `tone` drives the colour of the dot; `text` is what is read out. */
export type StockStatus = { tone: 'ok' | 'low' | 'out' | 'neutral'; text: string };

export type StockState = { stock: StockBySku | undefined; failed: boolean };

export function selectionStockStatus(options: PickerOptions, selection: Selection, state: StockState, locale: Locale): StockStatus {
  const t = productMessages[locale].stock;
  const variant = findVariant(options, selection);
  const { stock } = state;
  if (!variant) {
    if (isColorSoldOut(options, selection.color, stock)) {
      const name = options.colors.find((c) => c.id === selection.color)?.name ?? selection.color;
      return { tone: 'out', text: fill(t.colorSoldOut, { color: name }) };
    }
    return { tone: 'neutral', text: t.chooseSize };
  }
  if (!stock) return { tone: 'neutral', text: state.failed ? t.unavailable : t.checking };
  const available = stock[variant.sku] ?? 0;
  const level = stockLevel(available);
  if (level === 'sold_out') return { tone: 'out', text: t.soldOut };
  if (level === 'low') return { tone: 'low', text: fill(t.low, { count: available }) };
  return { tone: 'ok', text: t.inStock };
}
