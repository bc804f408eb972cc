/**
 * Starts paying for the cart: POST /api/checkout/payment with a CheckoutPaymentRequest
 * (src/features/orders/checkout-request.ts); answers { orderNumber, clientSecret,
 * publishableKey, statusPath, totals, ... } or an API error. See
 * src/features/orders/checkout-payment-endpoint.server.ts.
 */
import type { APIRoute } from 'astro';
import { allProducts } from '../../../features/catalog/catalog-store.ts';
import { catalogLookupFromProducts, type CatalogLookup } from '../../../features/cart/cart-catalog.ts';
import { checkoutPaymentRateLimit, handleCheckoutPayment } from '../../../features/orders/checkout-payment-endpoint.server.ts';
import { getStripe, paymentsConfig } from '../../../features/payments/stripe.server.ts';
import { getDb } from '../../../lib/db/database.server.ts';
import { getEnv, tokenSecret } from '../../../lib/env.server.ts';
import { withApiErrors } from '../../../lib/http/api-error.ts';
import { createMemoryRateLimiter } from '../../../lib/http/rate-limit.ts';

export const prerender = false;

const limiter = createMemoryRateLimiter(checkoutPaymentRateLimit);

// The catalog is fixed for the life of the process (it is content); index it once.
let catalog: Promise<CatalogLookup> | undefined;
const catalogLookup = () => (catalog ??= allProducts().then(catalogLookupFromProducts));

export const POST: APIRoute = withApiErrors(async ({ request, clientAddress }) => {
  const env = getEnv();
  return handleCheckoutPayment(request, {
    clientAddress,
    limiter,
    trustedOrigins: [env.SITE_URL],
    db: await getDb(),
    stripe: getStripe(),
    catalog: await catalogLookup(),
    publishableKey: paymentsConfig(env).publishableKey,
    tokenSecret: tokenSecret(env),
  });
});
