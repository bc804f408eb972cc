/**
 * What a filter panel lists: per facet the values worth offering, with labels in the page's
 * language, their counts (facetCounts) and whether they are picked. A value is offered when
 * it would find something or is already picked: a picked value with 0 stays visible, so the
 * shopper can see and undo what emptied the list. Pure; the search page and the category
 * pages' filter control render the same model.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { fill } from '../../lib/i18n/messages.ts';
import { formatMoney, money } from '../../lib/money.ts';
import { defaultPriceBuckets, ratingThresholds, type FacetCounts, type PriceBucket, type PriceSpan } from './facets.ts';
import { searchMessages } from './messages.ts';
import { formatEurosParam, type SearchState } from './search-url.ts';
import { sortSizes } from './size-order.ts';

type Named = { nl: string; en: string };

/** Every value the catalog has per facet, in display order. */
export type FacetVocabulary = {
  categories: readonly { slug: string; name: Named }[];
  colors: readonly { id: string; name: Named; hex: string }[];
  sizes: readonly string[];
};

/** `count` is what picking the value would show; undefined where no count applies ("any rating"). */
export type FacetOption = { value: string; label: string; count: number | undefined; checked: boolean; hex?: string };

export type FacetPanel = {
  categories: FacetOption[];
  colors: FacetOption[];
  sizes: FacetOption[];
  prices: FacetOption[];
  /** The typed range as the number inputs show it ("" when not set). */
  minPrice: string;
  maxPrice: string;
  /** The two-thumb slider over the same range; undefined when there is nothing to slide. */
  priceSlider: PriceSlider | undefined;
  inStock: { count: number; checked: boolean };
  /** "n stars and up" radios; value "" is "any rating". */
  ratings: FacetOption[];
};

/**
 * In whole euros: the ends are the lowest and highest price the other filters let through
 * (rounded outwards), the thumbs the typed range clamped to them (an unset end sits at its
 * end). `lowText`/`highText` are the thumbs' values as a screen reader should say them.
 */
export type PriceSlider = { min: number; max: number; low: number; high: number; lowText: string; highText: string };

/** The facet values of a catalog: categories in navigation order, colours as first met, sizes small to large. */
export function facetVocabulary(
  products: readonly { colors: readonly { id: string; name: Named; hex: string }[]; sizes?: readonly string[] | undefined }[],
  categories: readonly { slug: string; name: Named }[],
): FacetVocabulary {
  const colors = new Map<string, { id: string; name: Named; hex: string }>();
  for (const product of products) for (const color of product.colors) if (!colors.has(color.id)) colors.set(color.id, color);
  return {
    categories: categories.map(({ slug, name }) => ({ slug, name })),
    colors: [...colors.values()].map(({ id, name, hex }) => ({ id, name, hex })),
    sizes: sortSizes(products.flatMap((product) => product.sizes ?? [])),
  };
}

function euros(cents: number, locale: Locale): string {
  return formatMoney(money(cents), locale, { stripZeroCents: true });
}

export function priceBucketLabel(bucket: PriceBucket, locale: Locale): string {
  const t = searchMessages[locale];
  if (bucket.maxCents === undefined) return fill(t.priceBucketFrom, { min: euros(bucket.minCents, locale) });
  if (bucket.minCents === 0) return fill(t.priceBucketUpTo, { max: euros(bucket.maxCents, locale) });
  return fill(t.priceBucketBetween, { min: euros(bucket.minCents, locale), max: euros(bucket.maxCents, locale) });
}

export function ratingLabel(threshold: number, locale: Locale): string {
  const t = searchMessages[locale];
  return threshold === 1 ? t.ratingAtLeastOne : fill(t.ratingAtLeast, { stars: threshold });
}

function priceSlider(span: PriceSpan | undefined, state: SearchState, locale: Locale): PriceSlider | undefined {
  if (!span) return undefined;
  const min = Math.floor(span.minCents / 100);
  const max = Math.ceil(span.maxCents / 100);
  // One price (or prices within a euro): a slider would have nowhere to go.
  if (max - min < 2) return undefined;
  const clamp = (cents: number | undefined, unset: number) =>
    cents === undefined ? unset : Math.min(max, Math.max(min, Math.round(cents / 100)));
  const low = clamp(state.minPriceCents, min);
  const high = clamp(state.maxPriceCents, max);
  return { min, max, low, high, lowText: euros(low * 100, locale), highText: euros(high * 100, locale) };
}

function offered(options: FacetOption[]): FacetOption[] {
  return options.filter((option) => (option.count ?? 0) > 0 || option.checked);
}

export function facetPanel(
  vocabulary: FacetVocabulary,
  counts: FacetCounts,
  state: SearchState,
  locale: Locale,
  buckets: readonly PriceBucket[] = defaultPriceBuckets,
): FacetPanel {
  const picked = (list: readonly string[], value: string) => list.includes(value);
  return {
    categories: offered(
      vocabulary.categories.map(({ slug, name }) => ({
        value: slug,
        label: name[locale],
        count: counts.categories[slug] ?? 0,
        checked: picked(state.categories, slug),
      })),
    ),
    colors: offered(
      vocabulary.colors.map(({ id, name, hex }) => ({
        value: id,
        label: name[locale],
        count: counts.colors[id] ?? 0,
        checked: picked(state.colors, id),
        hex,
      })),
    ),
    sizes: offered(
      vocabulary.sizes.map((size) => ({ value: size, label: size, count: counts.sizes[size] ?? 0, checked: picked(state.sizes, size) })),
    ),
    prices: offered(
      buckets.map((bucket) => ({
        value: bucket.id,
        label: priceBucketLabel(bucket, locale),
        count: counts.prices[bucket.id] ?? 0,
        checked: picked(state.prices, bucket.id),
      })),
    ),
    minPrice: state.minPriceCents === undefined ? '' : formatEurosParam(state.minPriceCents),
    maxPrice: state.maxPriceCents === undefined ? '' : formatEurosParam(state.maxPriceCents),
    priceSlider: priceSlider(counts.priceSpan, state, locale),
    inStock: { count: counts.inStock, checked: state.inStock },
    ratings: [
      ...offered(
        ratingThresholds.map((threshold) => ({
          value: String(threshold),
          label: ratingLabel(threshold, locale),
          count: counts.ratings[threshold] ?? 0,
          checked: state.minRating === threshold,
        })),
      ),
      { value: '', label: searchMessages[locale].ratingAny, count: undefined, checked: state.minRating === undefined },
    ],
  };
}
