/**
 * The checkout form's field checks with the server's own schemas: POST /api/checkout/validate
 * with { country?, fields } -> { errors }. See src/features/checkout/validate-endpoint.server.ts.
 */
import type { APIRoute } from 'astro';
import { checkoutValidateRateLimit, handleCheckoutValidate } from '../../../features/checkout/validate-endpoint.server.ts';
import { getEnv } from '../../../lib/env.server.ts';
import { withApiErrors } from '../../../lib/http/api-error.ts';
import { createMemoryRateLimiter } from '../../../lib/http/rate-limit.ts';

export const prerender = false;

const limiter = createMemoryRateLimiter(checkoutValidateRateLimit);

export const POST: APIRoute = withApiErrors(({ request, clientAddress }) =>
  handleCheckoutValidate(request, { clientAddress, limiter, trustedOrigins: [getEnv().SITE_URL] }),
);
