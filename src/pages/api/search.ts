/**
 * Search as you type for catalogs too large for the browser index, and the fallback when that
 * index cannot be loaded: GET /api/search?q=&locale=&limit=. See
 * src/features/search/search-endpoint.ts for the answers.
 */
import type { APIContext, APIRoute } from 'astro';
import { availableByProduct } from '../../features/search/live-stock.server.ts';
import { localeSearch, providerWithStock } from '../../features/search/search-catalog.server.ts';
import { handleSearchRequest, searchRateLimit } from '../../features/search/search-endpoint.ts';
import { withApiErrors } from '../../lib/http/api-error.ts';
import { createMemoryRateLimiter } from '../../lib/http/rate-limit.ts';

export const prerender = false;

const limiter = createMemoryRateLimiter(searchRateLimit);

/**
 * The Node adapter throws when the socket is already gone, which is routine here: the search
 * field aborts the previous request on every keystroke. Such a request gets an answer nobody
 * reads, not a logged 500.
 */
function clientAddressOf(context: APIContext): string {
  try {
    return context.clientAddress;
  } catch {
    return 'unknown';
  }
}

export const GET: APIRoute = withApiErrors((context) =>
  handleSearchRequest(context.request, {
    clientAddress: clientAddressOf(context),
    limiter,
    async searchFor(locale) {
      const [search, stock] = await Promise.all([localeSearch(locale), availableByProduct()]);
      return { provider: providerWithStock(search, stock), media: (slug) => search.media.get(slug) };
    },
  }),
);
