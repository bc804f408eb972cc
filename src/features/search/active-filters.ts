/**
 * The picked filters as removable chips above the results: each one a link to the same search
 * without that filter, so removing one works without JavaScript and the back button brings it
 * back. Pure.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { fill } from '../../lib/i18n/messages.ts';
import { formatMoney, money } from '../../lib/money.ts';
import { defaultPriceBuckets } from './facets.ts';
import { priceBucketLabel, ratingLabel, type FacetVocabulary } from './facet-options.ts';
import { searchMessages } from './messages.ts';
import { searchHref, withoutValue, type MultiValueFacet, type SearchState } from './search-url.ts';

export type ActiveFilter = { label: string; href: string };

export function activeFilters(vocabulary: FacetVocabulary, state: SearchState, locale: Locale): ActiveFilter[] {
  const t = searchMessages[locale];
  const chip = (label: string, next: SearchState): ActiveFilter => ({ label, href: searchHref(locale, { ...next, page: 1 }) });
  const labels: Record<MultiValueFacet, (value: string) => string> = {
    categories: (slug) => vocabulary.categories.find((c) => c.slug === slug)?.name[locale] ?? slug,
    colors: (id) => vocabulary.colors.find((c) => c.id === id)?.name[locale] ?? id,
    sizes: (size) => `${t.size} ${size}`,
    prices: (id) => {
      const bucket = defaultPriceBuckets.find((b) => b.id === id);
      return bucket ? priceBucketLabel(bucket, locale) : id;
    },
  };
  const chips: ActiveFilter[] = [];
  for (const facet of ['categories', 'colors', 'sizes', 'prices'] as const) {
    for (const value of state[facet]) chips.push(chip(labels[facet](value), withoutValue(state, facet, value)));
  }
  const { minPriceCents: min, maxPriceCents: max } = state;
  if (min !== undefined || max !== undefined) {
    const euros = (cents: number) => formatMoney(money(cents), locale, { stripZeroCents: true });
    const label =
      min !== undefined && max !== undefined
        ? fill(t.priceChipRange, { min: euros(min), max: euros(max) })
        : min !== undefined
          ? fill(t.priceChipMin, { min: euros(min) })
          : fill(t.priceChipMax, { max: euros(max!) });
    chips.push(chip(label, { ...state, minPriceCents: undefined, maxPriceCents: undefined }));
  }
  if (state.inStock) chips.push(chip(t.inStock, { ...state, inStock: false }));
  if (state.minRating !== undefined) chips.push(chip(ratingLabel(state.minRating, locale), { ...state, minRating: undefined }));
  return chips;
}
