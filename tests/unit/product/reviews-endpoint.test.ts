import { describe, expect, it } from 'vitest';
import { pageCount, pageOf, sortReviews, type ReviewView } from '../../../src/features/reviews/review-list.ts';
import { handleReviewsRequest, type ReviewsEndpointDeps } from '../../../src/features/reviews/reviews-endpoint.ts';

const seed: ReviewView[] = Array.from({ length: 7 }, (_, i) => ({
  id: `r${i}`,
  rating: (i % 5) + 1,
  title: `Titel ${i}`,
  body: 'Tekst',
  author: 'Sanne',
  date: `2026-01-0${i + 1}`,
  verifiedPurchase: i % 2 === 0,
  locale: i % 3 === 0 ? 'en' : 'nl',
}));

const deps: ReviewsEndpointDeps = {
  productExists: async (slug) => slug === 'regenjas',
  listReviews: async (slug, { sort, page }) => {
    const sorted = sortReviews(seed, sort);
    return { slug, sort, page, pages: pageCount(sorted.length), total: sorted.length, reviews: pageOf(sorted, page) };
  },
};

const get = (query: string, slug: string | undefined = 'regenjas', headers: HeadersInit = {}) =>
  handleReviewsRequest(new Request(`http://localhost/api/reviews/${slug ?? ''}${query}`, { headers }), slug, deps);

describe('GET /api/reviews/<slug>', () => {
  it('defaults to the newest first page, cached for a minute', async () => {
    const res = await get('');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const body = (await res.json()) as { page: number; pages: number; total: number; sort: string; reviews: ReviewView[] };
    expect(body).toMatchObject({ slug: 'regenjas', sort: 'newest', page: 1, pages: 2, total: 7 });
    expect(body.reviews.map((r) => r.id)).toEqual(['r6', 'r5', 'r4', 'r3', 'r2']);
  });

  it('pages and sorts', async () => {
    const body = (await (await get('?sort=lowest&page=2&locale=en')).json()) as { reviews: ReviewView[]; page: number };
    expect(body.page).toBe(2);
    expect(body.reviews.map((r) => r.id)).toEqual(['r3', 'r4']);
  });

  it('400 with field messages on bad input, in the asked language', async () => {
    const res = await get('?sort=helpful&page=0&locale=en');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string; fields: Record<string, string> } };
    expect(body.error.code).toBe('invalid_input');
    expect(Object.keys(body.error.fields).sort()).toEqual(['page', 'sort']);
    expect(body.error.message).toMatch(/check/i);
    expect((await get('?page=abc')).status).toBe(400);
    expect((await get('?page=2&extra=1')).status).toBe(400);
    expect((await get('?locale=fr')).status).toBe(400);
  });

  it('404 for an unknown product', async () => {
    const res = await get('', 'bestaat-niet', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'product_not_found',
      message: expect.stringMatching(/we do not know/i),
    });
    const noSlug = await handleReviewsRequest(new Request('http://localhost/api/reviews/'), undefined, deps);
    expect(noSlug.status).toBe(404);
  });
});
