/**
 * POST /api/checkout/validate, the form's field checks, as a plain function: same-origin only,
 * rate-limited, strict about its input, and answering with the payment endpoint's messages.
 */
import { describe, expect, it } from 'vitest';
import { checkoutValidateRateLimit, handleCheckoutValidate } from '../../../src/features/checkout/validate-endpoint.server.ts';
import { withApiErrors } from '../../../src/lib/http/api-error.ts';
import { createMemoryRateLimiter } from '../../../src/lib/http/rate-limit.ts';

const origin = 'https://shop.example';

function post(body: unknown, options: { origin?: string; locale?: string } = {}): Request {
  return new Request(`${origin}/api/checkout/validate?locale=${options.locale ?? 'nl'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: options.origin ?? origin },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const deps = () => ({ clientAddress: '203.0.113.7', limiter: createMemoryRateLimiter(checkoutValidateRateLimit) });

describe('POST /api/checkout/validate', () => {
  it('answers a message for each wrong field and nothing for right ones', async () => {
    const response = await handleCheckoutValidate(
      post({ country: 'NL', fields: { email: 'sanne@', name: 'Sanne', postcode: '1017sg', houseNumber: '' } }),
      deps(),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { errors } = (await response.json()) as { errors: Record<string, string> };
    expect(Object.keys(errors).sort()).toEqual(['email', 'houseNumber']);
    expect(errors['email']).toMatch(/naam@voorbeeld\.nl/);
  });

  it('speaks the language of the page', async () => {
    const response = await handleCheckoutValidate(post({ fields: { postcode: '12' } }, { locale: 'en' }), deps());
    expect(((await response.json()) as { errors: Record<string, string> }).errors['postcode']).toMatch(/^Enter a postcode/);
  });

  it('uses the postcode rules of the given country and reports an unknown one', async () => {
    const belgian = await handleCheckoutValidate(post({ country: 'BE', fields: { postcode: '1000' } }), deps());
    expect(await belgian.json()).toEqual({ errors: {} });
    const unknown = await handleCheckoutValidate(post({ country: 'FR', fields: { postcode: '1017 SG' } }), deps());
    expect(Object.keys(((await unknown.json()) as { errors: object }).errors)).toEqual(['country']);
  });

  it('refuses another origin, bad JSON, unknown fields and too many tries', async () => {
    expect((await handleCheckoutValidate(post({ fields: {} }, { origin: 'https://evil.example' }), deps())).status).toBe(403);
    // As the route wires it: a body that is not JSON is the shopper's 400, never a 500.
    const route = withApiErrors(({ request }: { request: Request }) => handleCheckoutValidate(request, deps()));
    expect((await route({ request: post('{') })).status).toBe(400);
    const unknown = await handleCheckoutValidate(post({ fields: { password: 'x' } }), deps());
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('invalid_input');

    const limited = { clientAddress: '203.0.113.8', limiter: createMemoryRateLimiter({ limit: 1, windowMs: 60_000 }) };
    expect((await handleCheckoutValidate(post({ fields: {} }), limited)).status).toBe(200);
    const refused = await handleCheckoutValidate(post({ fields: {} }), limited);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
  });
});
