/**
 * The chosen variant in the address bar (?kleur=zwart&maat=M, English ?color=&size=), so a
 * shared or reloaded link opens the same choice. Values that do not exist are ignored rather
 * than trusted: a link may be older than the catalog.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import type { PickerOptions, Selection } from './variant-selection.ts';

export const selectionParams: Readonly<Record<Locale, { color: string; size: string }>> = {
  nl: { color: 'kleur', size: 'maat' },
  en: { color: 'color', size: 'size' },
};

/** What the query string chooses, validated against the product's options. */
export function readSelection(search: string, locale: Locale, options: PickerOptions): Partial<Selection> {
  const params = new URLSearchParams(search);
  const names = selectionParams[locale];
  const color = params.get(names.color);
  const size = params.get(names.size);
  const result: Partial<Selection> = {};
  if (color !== null && options.colors.some((c) => c.id === color)) result.color = color;
  if (size !== null && (options.sizes ?? []).includes(size)) result.size = size;
  return result;
}

/** The query string for a choice, keeping unrelated parameters (campaign tags) as they were. */
export function selectionSearch(search: string, locale: Locale, selection: Selection): string {
  const params = new URLSearchParams(search);
  const names = selectionParams[locale];
  params.set(names.color, selection.color);
  if (selection.size === undefined) params.delete(names.size);
  else params.set(names.size, selection.size);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
