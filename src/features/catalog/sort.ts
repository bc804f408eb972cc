/**
 * The orders a category listing can be shown in. Pure and deterministic: every tie is broken
 * by slug, so the same catalog always yields the same pages (stable URLs for page 2, no
 * product appearing on two pages, byte-identical rebuilds).
 */

export const sortKeys = ['popular', 'price-asc', 'price-desc', 'newest', 'rating'] as const;
export type SortKey = (typeof sortKeys)[number];

/** The order of a category's own URL (/c/<slug>). */
export const defaultSort: SortKey = 'popular';

export function isSortKey(value: unknown): value is SortKey {
  return typeof value === 'string' && (sortKeys as readonly string[]).includes(value);
}

/** What sorting needs to know of a product, computed once per product rather than per comparison. */
export type SortFacts = {
  slug: string;
  popularity: number;
  /** ISO date (YYYY-MM-DD): compares correctly as a string. */
  publishedAt: string;
  /** The price a card shows: the cheapest variant. */
  priceCents: number;
  ratingAverage: number;
  ratingCount: number;
};

type Compare = (a: SortFacts, b: SortFacts) => number;

// Slugs are lower-case ASCII (slugSchema), so a code-unit comparison is a total order that does
// not depend on the build machine's ICU data, unlike localeCompare.
const bySlug: Compare = (a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

const comparators: Record<SortKey, Compare> = {
  popular: (a, b) => b.popularity - a.popularity || bySlug(a, b),
  'price-asc': (a, b) => a.priceCents - b.priceCents || bySlug(a, b),
  'price-desc': (a, b) => b.priceCents - a.priceCents || bySlug(a, b),
  newest: (a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : bySlug(a, b)),
  // Unreviewed products (average 0) sink to the end; among equal averages, more reviews is more trustworthy.
  rating: (a, b) => b.ratingAverage - a.ratingAverage || b.ratingCount - a.ratingCount || bySlug(a, b),
};

/** A sorted copy of items; `facts` is called once per item. */
export function sortProducts<T>(items: readonly T[], key: SortKey, facts: (item: T) => SortFacts): T[] {
  const compare = comparators[key];
  const decorated = items.map((item) => ({ item, facts: facts(item) }));
  decorated.sort((a, b) => compare(a.facts, b.facts));
  return decorated.map(({ item }) => item);
}

/** Every order at once, sharing one facts computation: what a category's static pages need. */
export function sortAll<T>(items: readonly T[], facts: (item: T) => SortFacts): Record<SortKey, T[]> {
  const decorated = items.map((item) => ({ item, facts: facts(item) }));
  const result = {} as Record<SortKey, T[]>;
  for (const key of sortKeys) {
    const compare = comparators[key];
    result[key] = [...decorated].sort((a, b) => compare(a.facts, b.facts)).map(({ item }) => item);
  }
  return result;
}
