/**
 * POST /api/checkout/payment as a function of the request and its dependencies, so it is
 * tested on both databases without a server; src/pages/api/checkout/payment.ts wires it up.
 *
 * Guards, in order: same origin (a JSON POST from another site must not place orders in a
 * shopper's name), a rate limit per client (10 a minute: a shopper needs one or two; a script
 * trying cards or draining stock with holds needs many), JSON, the strict schema. Then
 * startPayment. Answers: 200 StartPaymentResponse, or the API error convention.
 */
import { isLocale } from '../../lib/i18n/locales.ts';
import { json, parseInput, readJson } from '../../lib/http/api-error.ts';
import { requireSameOrigin } from '../../lib/http/origin.ts';
import { rateLimitKey, tooManyRequests, type RateLimiter } from '../../lib/http/rate-limit.ts';
import { requestLocale } from '../../lib/http/request-locale.ts';
import { checkoutPaymentRequestSchema } from './checkout-request.ts';
import { startPayment, type StartPaymentDeps } from './start-payment.server.ts';

export const checkoutPaymentRateLimit = { limit: 10, windowMs: 60_000 } as const;

export interface CheckoutPaymentEndpointDeps extends StartPaymentDeps {
  /** Astro's context.clientAddress. */
  clientAddress: string;
  limiter: RateLimiter;
  /** SITE_URL, when the shop sits behind a proxy that changes the request URL's origin. */
  trustedOrigins?: readonly string[];
}

export async function handleCheckoutPayment(request: Request, deps: CheckoutPaymentEndpointDeps): Promise<Response> {
  const refused = requireSameOrigin(request, { trustedOrigins: deps.trustedOrigins ?? [] });
  if (refused) return refused;
  const decision = await deps.limiter.consume(rateLimitKey('checkout-payment', deps.clientAddress));
  if (!decision.allowed) return tooManyRequests(decision, requestLocale(request));

  const body = await readJson(request);
  const asked = typeof body === 'object' && body !== null && 'locale' in body ? body.locale : undefined;
  const locale = isLocale(asked) ? asked : requestLocale(request);
  const input = parseInput(checkoutPaymentRequestSchema(locale), body, locale);
  if (!input.ok) return input.response;

  const answer = await startPayment(input.data, deps);
  return json(answer, { headers: { 'cache-control': 'no-store' } });
}
