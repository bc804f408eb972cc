/**
 * Live stock of one product for its page's variant picker: GET /api/stock/<slug>
 * -> { slug, variants: [{ sku, available }] }. See src/features/product/stock-endpoint.server.ts.
 */
import type { APIRoute } from 'astro';
import { productBySlug } from '../../../features/catalog/catalog-store.ts';
import { handleStockRequest } from '../../../features/product/stock-endpoint.server.ts';
import { getDb } from '../../../lib/db/database.server.ts';
import { withApiErrors } from '../../../lib/http/api-error.ts';

export const prerender = false;

export const GET: APIRoute = withApiErrors(async ({ request, params }) =>
  handleStockRequest(request, params['slug'], {
    db: await getDb(),
    skusOf: async (slug) => (await productBySlug(slug))?.variants.map((variant) => variant.sku),
  }),
);
