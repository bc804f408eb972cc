/**
 * GET /api/address-lookup: the handler with its real dependencies (PDOK provider against the
 * stand-in, in-memory limiter), and the Astro route itself wired to the environment.
 */
import type { APIContext } from 'astro';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAddressLookup } from '../../../src/features/addresses/address-lookup.ts';
import { handleAddressLookup, type AddressLookupEndpointDeps } from '../../../src/features/addresses/lookup-endpoint.ts';
import { createPdokProvider } from '../../../src/features/addresses/pdok-provider.server.ts';
import { createMemoryRateLimiter } from '../../../src/lib/http/rate-limit.ts';
import { startPdokStandin, type PdokStandin } from '../../helpers/pdok-standin.ts';

let standin: PdokStandin;
beforeAll(async () => {
  standin = await startPdokStandin();
});
afterAll(() => standin.close());
beforeEach(() => standin.setMode('ok'));

function deps(overrides: Partial<AddressLookupEndpointDeps> = {}): AddressLookupEndpointDeps {
  return {
    clientAddress: '198.51.100.7',
    limiter: createMemoryRateLimiter({ limit: 30, windowMs: 60_000 }),
    lookup: createAddressLookup({ NL: createPdokProvider({ baseUrl: standin.url, timeoutMs: 300 }) }, { deadlineMs: 500 }),
    ...overrides,
  };
}

const request = (query: string, headers: HeadersInit = {}) => new Request(`http://localhost:4321/api/address-lookup?${query}`, { headers });

describe('handleAddressLookup', () => {
  it('200 found, cached privately for a day', async () => {
    const res = await handleAddressLookup(request('country=NL&postcode=1017sg&houseNumber=12&addition='), deps());
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, max-age=86400');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({
      status: 'found',
      address: { street: 'Weteringschans', houseNumber: 12, postcode: '1017 SG', city: 'Amsterdam', country: 'NL' },
      exact: true,
      additions: [],
    });
  });

  it('200 found with an addition typed in the number field or given separately', async () => {
    const inField = await handleAddressLookup(request('country=NL&postcode=2513AA&houseNumber=1a'), deps());
    expect(await inField.json()).toMatchObject({ status: 'found', address: { street: 'Binnenhof', addition: 'A' } });
    const separate = await handleAddressLookup(request('country=NL&postcode=1015CJ&houseNumber=123&addition=h'), deps());
    expect(await separate.json()).toMatchObject({ status: 'found', exact: true, address: { addition: 'H' } });
  });

  it('200 not_found, also cached', async () => {
    const res = await handleAddressLookup(request('country=NL&postcode=1017SG&houseNumber=998'), deps());
    expect(await res.json()).toEqual({ status: 'not_found' });
    expect(res.headers.get('cache-control')).toBe('private, max-age=86400');
  });

  it('200 unavailable quickly when PDOK is slow, never cached, without internal detail', async () => {
    standin.setMode('slow', { delayMs: 5000 });
    const started = performance.now();
    const res = await handleAddressLookup(request('country=NL&postcode=1017SG&houseNumber=12'), deps());
    expect(performance.now() - started).toBeLessThan(1500);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'unavailable' });
  });

  it('200 unavailable when PDOK fails', async () => {
    standin.setMode('fail');
    const res = await handleAddressLookup(request('country=NL&postcode=1017SG&houseNumber=12'), deps());
    expect(await res.json()).toEqual({ status: 'unavailable' });
  });

  it('200 unsupported at once for a country without a provider', async () => {
    const before = standin.requests.length;
    const res = await handleAddressLookup(request('country=BE&postcode=1000&houseNumber=12'), deps());
    expect(await res.json()).toEqual({ status: 'unsupported' });
    expect(standin.requests.length).toBe(before);
  });

  it('400 with a message per field, in the requested language', async () => {
    const res = await handleAddressLookup(request('country=NL&postcode=1017&houseNumber=abc&locale=en'), deps());
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      error: {
        code: 'invalid_input',
        message: 'Check the highlighted fields and try again.',
        fields: {
          postcode: 'Enter a postcode like 1234 AB: four digits and two letters.',
          houseNumber: 'Enter a house number like 12, 12a or 12-3.',
        },
      },
    });
    const nl = await handleAddressLookup(request('country=XX', { 'accept-language': 'nl-NL' }), deps());
    expect(nl.status).toBe(400);
    expect(await nl.json()).toMatchObject({
      error: {
        fields: { country: 'Kies Nederland, België of Duitsland.', postcode: 'Vul je postcode in.', houseNumber: 'Vul je huisnummer in.' },
      },
    });
  });

  it('429 with Retry-After after 30 lookups a minute from one client; other clients carry on', async () => {
    const shared = deps({ limiter: createMemoryRateLimiter({ limit: 30, windowMs: 60_000 }) });
    for (let i = 0; i < 30; i++) {
      const ok = await handleAddressLookup(request('country=BE&postcode=1000&houseNumber=1'), shared);
      expect(ok.status).toBe(200);
    }
    const res = await handleAddressLookup(request('country=NL&postcode=1017SG&houseNumber=12'), shared);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(await res.json()).toEqual({
      error: { code: 'rate_limited', message: 'Je probeert het erg vaak achter elkaar. Wacht 2 seconden en probeer het dan opnieuw.' },
    });
    const other = await handleAddressLookup(request('country=NL&postcode=1017SG&houseNumber=12'), {
      ...shared,
      clientAddress: '203.0.113.9',
    });
    expect(other.status).toBe(200);
  });
});

describe('the Astro route', () => {
  it('is on demand and answers through the configured ADDRESS_LOOKUP_URL', async () => {
    process.env.ADDRESS_LOOKUP_URL = standin.url;
    const route = await import('../../../src/pages/api/address-lookup.ts');
    expect(route.prerender).toBe(false);
    const context = { request: request('country=NL&postcode=6211LE&houseNumber=47'), clientAddress: '192.0.2.1' } as unknown as APIContext;
    const res = await route.GET(context);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'found', address: { street: 'Vrijthof', city: 'Maastricht' } });
    const bad = await route.GET({ ...context, request: request('country=NL') } as APIContext);
    expect(bad.status).toBe(400);
  });
});
