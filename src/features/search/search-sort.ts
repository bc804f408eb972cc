/**
 * The orders a search result can be shown in. Relevance is the engine's ranking (popularity
 * when there is no query); the others re-sort it. Array.sort is stable, so products that tie
 * on price, date or rating keep their relevance order: the better match stays first.
 */

export const searchSortKeys = ['relevance', 'price-asc', 'price-desc', 'newest', 'rating'] as const;
export type SearchSortKey = (typeof searchSortKeys)[number];

export const defaultSearchSort: SearchSortKey = 'relevance';

export function isSearchSortKey(value: unknown): value is SearchSortKey {
  return typeof value === 'string' && (searchSortKeys as readonly string[]).includes(value);
}

/** What sorting reads of a product. */
export type SortableItem = {
  priceCents: number;
  /** Average review rating, 0 when unreviewed (those sink to the end). */
  rating: number;
  ratingCount?: number | undefined;
  /** ISO date (YYYY-MM-DD), compares correctly as a string. */
  publishedAt?: string | undefined;
};

type Compare = (a: SortableItem, b: SortableItem) => number;

const comparators: Record<Exclude<SearchSortKey, 'relevance'>, Compare> = {
  'price-asc': (a, b) => a.priceCents - b.priceCents,
  'price-desc': (a, b) => b.priceCents - a.priceCents,
  newest: (a, b) => {
    const x = a.publishedAt ?? '';
    const y = b.publishedAt ?? '';
    return x < y ? 1 : x > y ? -1 : 0;
  },
  rating: (a, b) => b.rating - a.rating || (b.ratingCount ?? 0) - (a.ratingCount ?? 0),
};

/**
 * A sorted copy of `hits` (in relevance order). `itemOf` finds a hit's facts; a hit without
 * facts keeps its place relative to the others without.
 */
export function sortSearchHits<T>(hits: readonly T[], key: SearchSortKey, itemOf: (hit: T) => SortableItem | undefined): T[] {
  if (key === 'relevance') return [...hits];
  const compare = comparators[key];
  const decorated = hits.map((hit, rank) => ({ hit, rank, item: itemOf(hit) }));
  decorated.sort((a, b) => {
    if (!a.item || !b.item) return a.item ? -1 : b.item ? 1 : a.rank - b.rank;
    return compare(a.item, b.item) || a.rank - b.rank;
  });
  return decorated.map(({ hit }) => hit);
}
