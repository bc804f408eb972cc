/**
 * Pages of a product's reviews for the review list island:
 * GET /api/reviews/<slug>?sort=newest|highest|lowest&page=2&locale=nl
 * See src/features/reviews/reviews-endpoint.ts.
 */
import type { APIRoute } from 'astro';
import { productBySlug } from '../../../features/catalog/catalog-store.ts';
import { handleReviewsRequest } from '../../../features/reviews/reviews-endpoint.ts';
import { listReviews } from '../../../features/reviews/reviews.server.ts';
import { withApiErrors } from '../../../lib/http/api-error.ts';

export const prerender = false;

export const GET: APIRoute = withApiErrors(({ request, params }) =>
  handleReviewsRequest(request, params['slug'], {
    productExists: async (slug) => (await productBySlug(slug)) !== undefined,
    listReviews,
  }),
);
