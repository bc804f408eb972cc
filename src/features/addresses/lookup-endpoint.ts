/**
 * GET /api/address-lookup as a plain function of the request and its dependencies, so it is
 * tested without a server; src/pages/api/address-lookup.ts only wires it up.
 *
 * Every outcome of the lookup itself is a 200 with a status the form acts on: `found` and
 * `not_found` are cached privately for a day (addresses rarely change, and a shopper going
 * back and forth should not ask again); `unavailable` is never cached. Bad input is a 400
 * with field messages, too many requests a 429 with Retry-After.
 */
import { json, parseInput } from '../../lib/http/api-error.ts';
import { rateLimitKey, tooManyRequests, type RateLimiter } from '../../lib/http/rate-limit.ts';
import { requestLocale } from '../../lib/http/request-locale.ts';
import { addressQuerySchema, type AddressLookupResponse, type AddressLookupService } from './address-lookup.ts';

export interface AddressLookupEndpointDeps {
  /** Astro's context.clientAddress. */
  clientAddress: string;
  limiter: RateLimiter;
  lookup: AddressLookupService;
}

/** 30 lookups a minute per client: a form that looks up once per completed postcode + number never gets near it. */
export const addressLookupRateLimit = { limit: 30, windowMs: 60_000 } as const;

const cacheControl: Record<AddressLookupResponse['status'], string> = {
  found: 'private, max-age=86400',
  not_found: 'private, max-age=86400',
  unsupported: 'private, max-age=3600',
  unavailable: 'no-store',
};

export async function handleAddressLookup(request: Request, deps: AddressLookupEndpointDeps): Promise<Response> {
  const locale = requestLocale(request);
  const decision = await deps.limiter.consume(rateLimitKey('address-lookup', deps.clientAddress));
  if (!decision.allowed) return tooManyRequests(decision, locale);

  const params = Object.fromEntries(new URL(request.url).searchParams);
  const input = parseInput(addressQuerySchema(locale), params, locale);
  if (!input.ok) return input.response;

  const result = await deps.lookup.lookup(input.data);
  // The reason for `unavailable` is for our logs (createAddressLookup reports it), not for the shopper.
  const body = result.status === 'unavailable' ? { status: result.status } : result;
  return json(body, { status: 200, headers: { 'cache-control': cacheControl[result.status] } });
}
