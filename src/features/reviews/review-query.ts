/**
 * How the review list island fetches a page: GET /api/reviews/<slug>. The answer is trusted
 * only as far as the fields the list renders, checked by hand (zod would outweigh the island).
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import type { ReviewPage, ReviewSort } from './review-list.ts';

export function reviewsUrl(slug: string, sort: ReviewSort, page: number, locale: Locale): string {
  const query = new URLSearchParams({ sort, page: String(page), locale });
  return `/api/reviews/${encodeURIComponent(slug)}?${query.toString()}`;
}

export function parseReviewPage(body: unknown): ReviewPage {
  const page = body as Partial<ReviewPage> | null;
  if (
    !page ||
    typeof page.page !== 'number' ||
    typeof page.pages !== 'number' ||
    typeof page.total !== 'number' ||
    !Array.isArray(page.reviews) ||
    !page.reviews.every(
      (r) => typeof r?.id === 'string' && typeof r.title === 'string' && typeof r.body === 'string' && typeof r.rating === 'number',
    )
  ) {
    throw new TypeError('unexpected review page');
  }
  return page as ReviewPage;
}

export async function fetchReviewPage(
  slug: string,
  sort: ReviewSort,
  page: number,
  locale: Locale,
  signal?: AbortSignal,
): Promise<ReviewPage> {
  const response = await fetch(reviewsUrl(slug, sort, page, locale), {
    headers: { accept: 'application/json' },
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) throw new Error(`reviews request failed with ${response.status}`);
  return parseReviewPage(await response.json());
}
