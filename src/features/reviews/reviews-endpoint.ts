/**
 * GET /api/reviews/<slug>?sort=&page=&locale= as a function of the request and its
 * dependencies; src/pages/api/reviews/[slug].ts wires it to the catalog. Bad input is a 400
 * with field messages, an unknown product a 404, a page past the end an empty page.
 */
import { z } from 'zod';
import { apiError, json, parseInput } from '../../lib/http/api-error.ts';
import { requestLocale } from '../../lib/http/request-locale.ts';
import { locales } from '../../lib/i18n/locales.ts';
import { reviewMessages } from './messages.ts';
import { reviewSorts, type ReviewPage, type ReviewSort } from './review-list.ts';

/** Query of GET /api/reviews/<slug>: ?sort=newest&page=2&locale=nl; every field optional. */
export const reviewQuerySchema = z
  .object({
    sort: z.enum(reviewSorts).default('newest'),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    locale: z.enum(locales).optional(),
  })
  .strict();

export type ReviewQuery = z.output<typeof reviewQuerySchema>;

export interface ReviewsEndpointDeps {
  productExists(slug: string): Promise<boolean>;
  listReviews(slug: string, options: { sort: ReviewSort; page: number }): Promise<ReviewPage>;
}

/** A minute: a new review may wait that long; a page of reviews is the same for everyone. */
export const reviewsCacheControl = 'public, max-age=60';

export async function handleReviewsRequest(request: Request, slug: string | undefined, deps: ReviewsEndpointDeps): Promise<Response> {
  const locale = requestLocale(request);
  const input = parseInput(reviewQuerySchema, Object.fromEntries(new URL(request.url).searchParams), locale);
  if (!input.ok) return input.response;
  if (slug === undefined || !(await deps.productExists(slug))) {
    return apiError(404, 'product_not_found', reviewMessages[locale].notFound);
  }
  const page = await deps.listReviews(slug, { sort: input.data.sort, page: input.data.page });
  return json(page, { headers: { 'cache-control': reviewsCacheControl } });
}
