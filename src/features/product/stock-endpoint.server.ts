/**
 * GET /api/stock/<slug> as a function of the request and its dependencies, so it is tested
 * on both databases without a server; src/pages/api/stock/[slug].ts only wires it up.
 *
 * The catalog decides which variants exist (and their order); the database only how many of
 * each can be sold. A variant without an inventory row (added to content/ after the last
 * seed) reads as 0: never offer what nobody has counted.
 */
import type { Db } from '../../lib/db/client.server.ts';
import { apiError, json } from '../../lib/http/api-error.ts';
import { requestLocale } from '../../lib/http/request-locale.ts';
import { stockForProduct, type VariantStock } from '../catalog/stock.server.ts';
import { productMessages } from './messages.ts';

export type StockResponse = { slug: string; variants: VariantStock[] };

export interface StockEndpointDeps {
  db: Db;
  /** The product's SKUs in catalog order; undefined when there is no such product. */
  skusOf(slug: string): Promise<readonly string[] | undefined>;
}

/**
 * Half a minute of caching: stock is a hint on a product page, and the checkout checks it again
 * where it counts. It keeps a busy product page from querying the database per view.
 */
export const stockCacheControl = 'public, max-age=30';

export async function handleStockRequest(request: Request, slug: string | undefined, deps: StockEndpointDeps): Promise<Response> {
  const skus = slug === undefined ? undefined : await deps.skusOf(slug);
  if (slug === undefined || skus === undefined) {
    return apiError(404, 'product_not_found', productMessages[requestLocale(request)].notFound);
  }
  const live = new Map((await stockForProduct(deps.db, slug)).map((row) => [row.sku, row.available]));
  const body: StockResponse = { slug, variants: skus.map((sku) => ({ sku, available: live.get(sku) ?? 0 })) };
  return json(body, { headers: { 'cache-control': stockCacheControl } });
}
