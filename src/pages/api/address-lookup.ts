/**
 * Address completion for the checkout form:
 * GET /api/address-lookup?country=NL&postcode=1017SG&houseNumber=12&addition=&locale=nl
 * See src/features/addresses/lookup-endpoint.ts for the answers.
 */
import type { APIRoute } from 'astro';
import { addressLookupRateLimit, handleAddressLookup } from '../../features/addresses/lookup-endpoint.ts';
import { addressLookupService } from '../../features/addresses/providers.server.ts';
import { withApiErrors } from '../../lib/http/api-error.ts';
import { createMemoryRateLimiter } from '../../lib/http/rate-limit.ts';

export const prerender = false;

const limiter = createMemoryRateLimiter(addressLookupRateLimit);

export const GET: APIRoute = withApiErrors(({ request, clientAddress }) =>
  handleAddressLookup(request, { clientAddress, limiter, lookup: addressLookupService() }),
);
