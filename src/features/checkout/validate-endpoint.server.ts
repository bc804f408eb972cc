/**
 * POST /api/checkout/validate: the checkout form's field checks, answered by the server's own
 * schemas (checkout-schema.ts), so the browser carries no validator and can never disagree
 * with the payment endpoint. src/pages/api/checkout/validate.ts wires it up.
 *
 * Request: { country?: 'NL' | 'BE' | 'DE', fields: { email?: string, postcode?: string, ... } }
 * Answer:  200 { errors: { postcode?: "Vul een postcode in zoals 1234 AB: ..." } }, one message
 * per given field that is wrong (none: {}), in the language of ?locale=. Guards: same origin
 * (the values are personal data), a rate limit per client, JSON, the request schema.
 */
import { z } from 'zod';
import { json, parseInput, readJson } from '../../lib/http/api-error.ts';
import { requireSameOrigin } from '../../lib/http/origin.ts';
import { rateLimitKey, tooManyRequests, type RateLimiter } from '../../lib/http/rate-limit.ts';
import { requestLocale } from '../../lib/http/request-locale.ts';
import { isAddressCountry } from '../addresses/postcode.ts';
import { fieldOrder, type FieldErrors } from './checkout-fields.ts';
import { validateField } from './checkout-schema.ts';

/** A form checks a field on every blur and a whole step on every submit; a person stays far below this. */
export const checkoutValidateRateLimit = { limit: 240, windowMs: 60_000 } as const;

const fieldName = z.enum(fieldOrder);

export const checkoutValidateRequestSchema = z.strictObject({
  country: z.string().max(8).optional(),
  fields: z.partialRecord(fieldName, z.string().max(300)),
});

export interface CheckoutValidateDeps {
  clientAddress: string;
  limiter: RateLimiter;
  trustedOrigins?: readonly string[];
}

export async function handleCheckoutValidate(request: Request, deps: CheckoutValidateDeps): Promise<Response> {
  const refused = requireSameOrigin(request, { trustedOrigins: deps.trustedOrigins ?? [] });
  if (refused) return refused;
  const locale = requestLocale(request);
  const decision = await deps.limiter.consume(rateLimitKey('checkout-validate', deps.clientAddress));
  if (!decision.allowed) return tooManyRequests(decision, locale);

  const input = parseInput(checkoutValidateRequestSchema, await readJson(request, locale), locale);
  if (!input.ok) return input.response;
  const { fields } = input.data;
  const countryGiven = input.data.country ?? 'NL';
  // Postcode rules need a country; an unknown one is reported on its own field and NL's rules apply meanwhile.
  const country = isAddressCountry(countryGiven) ? countryGiven : 'NL';
  const errors: FieldErrors = {};
  const checks = { ...fields, ...(fields.country === undefined && input.data.country !== undefined ? { country: countryGiven } : {}) };
  for (const [field, value] of Object.entries(checks) as [keyof FieldErrors, string][]) {
    const message = validateField(field, value, country, locale);
    if (message !== undefined) errors[field] = message;
  }
  return json({ errors }, { headers: { 'cache-control': 'no-store' } });
}
