/**
 * Everything a search page shows is in its URL, so a result list can be shared, bookmarked,
 * reloaded and reached with the back button, and the filter form is a plain GET form that
 * works without JavaScript. Parameter names are in the page's language (Dutch on /zoeken,
 * English on /en/search and on /api/search); values are language-neutral ids (category
 * slugs, colour ids, sizes as printed, price bucket ids, sort keys), so the same state reads
 * the same in both.
 *
 *   /zoeken?q=regenjas&categorie=regenjassen&maat=M&kleur=geel&kleur=rood&prijs=50-100
 *          &min=20&max=80&voorraad=1&beoordeling=4&sorteer=price-asc&pagina=2
 *   /en/search?q=rain+jacket&category=…&size=…&color=…&price=…&min=…&max=…&stock=1
 *          &rating=4&sort=…&page=…
 *
 * Parsing is lenient: a URL is typed, pasted and outlives the catalog, so anything malformed
 * is dropped rather than refused. The canonical form (serializeSearchState) leaves defaults
 * and empty fields out and lists values sorted, so one search has one URL.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { searchPath } from '../../lib/shop-paths.ts';
import { defaultPriceBuckets, ratingThresholds, type FacetFilters } from './facets.ts';
import { defaultSearchSort, isSearchSortKey, type SearchSortKey } from './search-sort.ts';

export type SearchState = {
  query: string;
  categories: readonly string[];
  sizes: readonly string[];
  colors: readonly string[];
  /** Ids of price buckets (facets.ts). */
  prices: readonly string[];
  /** Typed price range in cents, both ends included. */
  minPriceCents: number | undefined;
  maxPriceCents: number | undefined;
  inStock: boolean;
  /** "n stars and up", one of ratingThresholds. */
  minRating: number | undefined;
  sort: SearchSortKey;
  page: number;
};

/** The facets a shopper picks values of (checkboxes). */
export type MultiValueFacet = 'categories' | 'sizes' | 'colors' | 'prices';

type ParamNames = Readonly<Record<MultiValueFacet | 'query' | 'min' | 'max' | 'inStock' | 'minRating' | 'sort' | 'page', string>>;

export const searchParamNames: Readonly<Record<Locale, ParamNames>> = {
  nl: {
    query: 'q',
    categories: 'categorie',
    sizes: 'maat',
    colors: 'kleur',
    prices: 'prijs',
    min: 'min',
    max: 'max',
    inStock: 'voorraad',
    minRating: 'beoordeling',
    sort: 'sorteer',
    page: 'pagina',
  },
  // `color` and `size` as on the English product page (?color=&size=).
  en: {
    query: 'q',
    categories: 'category',
    sizes: 'size',
    colors: 'color',
    prices: 'price',
    min: 'min',
    max: 'max',
    inStock: 'stock',
    minRating: 'rating',
    sort: 'sort',
    page: 'page',
  },
};

export const emptySearchState: SearchState = {
  query: '',
  categories: [],
  sizes: [],
  colors: [],
  prices: [],
  minPriceCents: undefined,
  maxPriceCents: undefined,
  inStock: false,
  minRating: undefined,
  sort: defaultSearchSort,
  page: 1,
};

// Bounds that keep a hand-made URL from making the server do silly amounts of work.
const MAX_QUERY = 100;
const MAX_VALUES = 30;
const MAX_VALUE_LENGTH = 40;
const MAX_PAGE = 9999;
const MAX_EUROS = 1_000_000;

const multiValueFacets: readonly MultiValueFacet[] = ['categories', 'sizes', 'colors', 'prices'];
const bucketIds = new Set(defaultPriceBuckets.map((bucket) => bucket.id));

function values(params: URLSearchParams, name: string): string[] {
  const picked = new Set<string>();
  for (const raw of params.getAll(name)) {
    const value = raw.trim();
    if (value !== '' && value.length <= MAX_VALUE_LENGTH) picked.add(value);
    if (picked.size >= MAX_VALUES) break;
  }
  return [...picked].sort();
}

/** "20", "19,95", "19.95", "€ 20" -> cents; anything else (or empty) -> undefined. */
export function parseEuros(raw: string | null): number | undefined {
  if (raw === null) return undefined;
  const text = raw.replace(/[€\s]/g, '');
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return undefined;
  const euros = Number(match[1]);
  if (euros > MAX_EUROS) return undefined;
  return euros * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Cents as a shopper types them: 2000 -> "20", 1995 -> "19.95". */
export function formatEurosParam(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros}.${String(rest).padStart(2, '0')}`;
}

export function parseSearchState(params: URLSearchParams, locale: Locale): SearchState {
  const names = searchParamNames[locale];
  const query = (params.get(names.query) ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  let minPriceCents = parseEuros(params.get(names.min));
  let maxPriceCents = parseEuros(params.get(names.max));
  // A reversed range is a slip of the fingers, not a wish for nothing.
  if (minPriceCents !== undefined && maxPriceCents !== undefined && minPriceCents > maxPriceCents) {
    [minPriceCents, maxPriceCents] = [maxPriceCents, minPriceCents];
  }
  const rating = Number(params.get(names.minRating));
  const sort = params.get(names.sort);
  const page = params.get(names.page) ?? '';
  return {
    query,
    categories: values(params, names.categories),
    sizes: values(params, names.sizes),
    colors: values(params, names.colors),
    prices: values(params, names.prices).filter((id) => bucketIds.has(id)),
    minPriceCents: minPriceCents === 0 ? undefined : minPriceCents,
    maxPriceCents,
    inStock: ['1', 'true', 'on'].includes(params.get(names.inStock) ?? ''),
    minRating: (ratingThresholds as readonly number[]).includes(rating) ? rating : undefined,
    sort: isSearchSortKey(sort) ? sort : defaultSearchSort,
    page: /^[1-9]\d{0,3}$/.test(page) ? Math.min(Number(page), MAX_PAGE) : 1,
  };
}

/** The canonical query string (without "?"); empty for the bare search page. */
export function serializeSearchState(state: SearchState, locale: Locale): string {
  const names = searchParamNames[locale];
  const params = new URLSearchParams();
  if (state.query) params.set(names.query, state.query);
  for (const facet of multiValueFacets) for (const value of [...new Set(state[facet])].sort()) params.append(names[facet], value);
  if (state.minPriceCents !== undefined && state.minPriceCents > 0) params.set(names.min, formatEurosParam(state.minPriceCents));
  if (state.maxPriceCents !== undefined) params.set(names.max, formatEurosParam(state.maxPriceCents));
  if (state.inStock) params.set(names.inStock, '1');
  if (state.minRating !== undefined) params.set(names.minRating, String(state.minRating));
  if (state.sort !== defaultSearchSort) params.set(names.sort, state.sort);
  if (state.page > 1) params.set(names.page, String(state.page));
  return params.toString();
}

/** The search page's URL for a state, in a locale's path and parameter names. */
export function searchHref(locale: Locale, state: SearchState): string {
  const query = serializeSearchState(state, locale);
  return query ? `${searchPath(locale)}?${query}` : searchPath(locale);
}

/** The state with one filter value removed, back on page 1: the link of an "active filter" chip. */
export function withoutValue(state: SearchState, facet: MultiValueFacet, value: string): SearchState {
  return { ...state, [facet]: state[facet].filter((v) => v !== value), page: 1 };
}

/** The query with every filter cleared (sort kept): "clear all". */
export function withoutFilters(state: SearchState): SearchState {
  return { ...emptySearchState, query: state.query, sort: state.sort };
}

/** Whether any filter (not query, sort or page) is set. */
export function hasFilters(state: SearchState): boolean {
  return (
    multiValueFacets.some((facet) => state[facet].length > 0) ||
    state.minPriceCents !== undefined ||
    state.maxPriceCents !== undefined ||
    state.inStock ||
    state.minRating !== undefined
  );
}

/** Number of filters set, for the "Filters (3)" button. A price range counts as one. */
export function filterCount(state: SearchState): number {
  return (
    multiValueFacets.reduce((sum, facet) => sum + state[facet].length, 0) +
    (state.minPriceCents !== undefined || state.maxPriceCents !== undefined ? 1 : 0) +
    (state.inStock ? 1 : 0) +
    (state.minRating !== undefined ? 1 : 0)
  );
}

export function toFacetFilters(state: SearchState): FacetFilters {
  const filters: FacetFilters = {
    categories: state.categories,
    colors: state.colors,
    sizes: state.sizes,
    prices: state.prices,
    inStock: state.inStock,
  };
  if (state.minRating !== undefined) filters.minRating = state.minRating;
  if (state.minPriceCents !== undefined) filters.minPriceCents = state.minPriceCents;
  if (state.maxPriceCents !== undefined) filters.maxPriceCents = state.maxPriceCents;
  return filters;
}
