import { describe, expect, it } from 'vitest';
import { pageCount, pageOf, sortReviews, type ReviewView } from '../../../src/features/reviews/review-list.ts';
import { parseReviewPage, reviewsUrl } from '../../../src/features/reviews/review-query.ts';

const review = (id: string, rating: number, date: string): ReviewView => ({
  id,
  rating,
  date,
  title: id,
  body: 'body',
  author: 'A',
  verifiedPurchase: true,
  locale: 'nl',
});
const reviews = [
  review('a', 3, '2026-01-01'),
  review('b', 5, '2026-03-01'),
  review('c', 1, '2026-02-01'),
  review('d', 5, '2026-01-15'),
  review('e', 3, '2026-03-01'),
];

describe('sortReviews', () => {
  it('newest first, ties by id so pages never reshuffle', () => {
    expect(sortReviews(reviews, 'newest').map((r) => r.id)).toEqual(['b', 'e', 'c', 'd', 'a']);
  });

  it('highest and lowest rating, newer first within a rating', () => {
    expect(sortReviews(reviews, 'highest').map((r) => r.id)).toEqual(['b', 'd', 'e', 'a', 'c']);
    expect(sortReviews(reviews, 'lowest').map((r) => r.id)).toEqual(['c', 'e', 'a', 'b', 'd']);
  });

  it('leaves the input alone', () => {
    const copy = [...reviews];
    sortReviews(reviews, 'lowest');
    expect(reviews).toEqual(copy);
  });
});

describe('paging', () => {
  it('slices 1-based pages and counts at least one page', () => {
    expect(pageOf(reviews, 1, 2).map((r) => r.id)).toEqual(['a', 'b']);
    expect(pageOf(reviews, 3, 2).map((r) => r.id)).toEqual(['e']);
    expect(pageOf(reviews, 4, 2)).toEqual([]);
    expect(pageCount(5, 2)).toBe(3);
    expect(pageCount(0, 5)).toBe(1);
  });
});

describe('review client helpers', () => {
  it('builds the endpoint URL', () => {
    expect(reviewsUrl('regenjas wolk', 'highest', 2, 'en')).toBe('/api/reviews/regenjas%20wolk?sort=highest&page=2&locale=en');
  });

  it('accepts a review page and refuses anything else', () => {
    const page = { slug: 's', sort: 'newest', page: 1, pages: 1, total: 1, reviews: [review('a', 4, '2026-01-01')] };
    expect(parseReviewPage(page)).toEqual(page);
    expect(() => parseReviewPage({ error: { code: 'x' } })).toThrow(TypeError);
    expect(() => parseReviewPage({ ...page, reviews: [{ id: 1 }] })).toThrow(TypeError);
  });
});
