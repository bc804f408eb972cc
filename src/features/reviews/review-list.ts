/**
 * Sorting and paging of a product's reviews. Pure and free of zod (the review island imports
 * it), so the endpoint, the prerendered first page and the island agree on what "page 1" is.
 */
import type { Locale } from '../../lib/i18n/locales.ts';

/** "Most helpful" needs votes, which Kassa does not collect; it is left out rather than faked. */
export const reviewSorts = ['newest', 'highest', 'lowest'] as const;
export type ReviewSort = (typeof reviewSorts)[number];

/** Reviews per page: the product page prerenders the first page, the island fetches the rest. */
export const reviewPageSize = 5;

/** What a page shows of a review; the same for seed reviews and (later) submitted ones. */
export type ReviewView = {
  id: string;
  rating: number;
  title: string;
  body: string;
  author: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  verifiedPurchase: boolean;
  /** The language it was written in. */
  locale: Locale;
};

export type ReviewPage = {
  slug: string;
  sort: ReviewSort;
  page: number;
  pages: number;
  total: number;
  reviews: ReviewView[];
};

// Newer first breaks every tie, then the id, so a page never reshuffles between requests.
const byDateDesc = (a: ReviewView, b: ReviewView) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? 1 : -1);

const comparators: Record<ReviewSort, (a: ReviewView, b: ReviewView) => number> = {
  newest: byDateDesc,
  highest: (a, b) => b.rating - a.rating || byDateDesc(a, b),
  lowest: (a, b) => a.rating - b.rating || byDateDesc(a, b),
};

export function sortReviews<T extends ReviewView>(reviews: readonly T[], sort: ReviewSort): T[] {
  return [...reviews].sort(comparators[sort]);
}

export function pageCount(total: number, pageSize: number = reviewPageSize): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** One page (1-based) of already sorted reviews; past the end it is empty, not an error. */
export function pageOf<T>(reviews: readonly T[], page: number, pageSize: number = reviewPageSize): T[] {
  const start = (page - 1) * pageSize;
  return reviews.slice(start, start + pageSize);
}
