/**
 * What the cart really costs: POST /api/cart/price with { lines, country, shippingMethodId?,
 * discountCode? } -> CartPriceResponse (src/features/cart/cart-price-client.ts). See
 * src/features/cart/cart-price-endpoint.server.ts.
 */
import type { APIRoute } from 'astro';
import { catalogLookupFromProducts, type CatalogLookup } from '../../../features/cart/cart-catalog.ts';
import { cartPriceRateLimit, handleCartPrice } from '../../../features/cart/cart-price-endpoint.server.ts';
import { cartProducts } from '../../../features/cart/cart-products.server.ts';
import { allProducts } from '../../../features/catalog/catalog-store.ts';
import { getDb } from '../../../lib/db/database.server.ts';
import { getEnv } from '../../../lib/env.server.ts';
import { withApiErrors } from '../../../lib/http/api-error.ts';
import { createMemoryRateLimiter } from '../../../lib/http/rate-limit.ts';

export const prerender = false;

const limiter = createMemoryRateLimiter(cartPriceRateLimit);

// The catalog is fixed for the life of the process (it is content); index it once.
let catalog: Promise<CatalogLookup> | undefined;
const catalogLookup = () => (catalog ??= allProducts().then(catalogLookupFromProducts));

export const POST: APIRoute = withApiErrors(async ({ request, clientAddress }) =>
  handleCartPrice(request, {
    clientAddress,
    limiter,
    trustedOrigins: [getEnv().SITE_URL],
    db: await getDb(),
    catalog: await catalogLookup(),
    products: await cartProducts(),
  }),
);
