/** The PDOK provider against a local stand-in that replays Locatieserver's response format. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPdokProvider } from '../../../src/features/addresses/pdok-provider.server.ts';
import type { AddressQuery } from '../../../src/features/addresses/address-lookup.ts';
import { startPdokStandin, type PdokStandin } from '../../helpers/pdok-standin.ts';

let standin: PdokStandin;
beforeAll(async () => {
  standin = await startPdokStandin();
});
afterAll(() => standin.close());
beforeEach(() => standin.setMode('ok'));

const nl = (postcode: string, houseNumber: number, houseNumberAddition?: string): AddressQuery => ({
  country: 'NL',
  postcode,
  houseNumber,
  ...(houseNumberAddition === undefined ? {} : { houseNumberAddition }),
});

describe('PDOK provider: answers', () => {
  it('finds street and city for a postcode and house number', async () => {
    const provider = createPdokProvider({ baseUrl: standin.url });
    expect(await provider.lookup(nl('1017 SG', 12))).toEqual({
      status: 'found',
      address: { street: 'Weteringschans', houseNumber: 12, postcode: '1017 SG', city: 'Amsterdam', country: 'NL' },
      exact: true,
      additions: [],
    });
    const sent = standin.requests.at(-1)!;
    expect(sent.getAll('fq')).toEqual(['type:adres', 'postcode:1017SG', 'huisnummer:12']);
  });

  it('finds an address with a house letter, a suffix, or both', async () => {
    const provider = createPdokProvider({ baseUrl: standin.url });
    expect(await provider.lookup(nl('2513 AA', 1, 'a'))).toMatchObject({
      status: 'found',
      exact: true,
      address: { street: 'Binnenhof', addition: 'A', city: "'s-Gravenhage" },
    });
    expect(await provider.lookup(nl('1015 CJ', 123, '2'))).toMatchObject({
      exact: true,
      address: { street: 'Keizersgracht', houseNumber: 123, addition: '2' },
      additions: ['1', '2', 'H'],
    });
    expect(await provider.lookup(nl('3511 AZ', 158, 'B-2'))).toMatchObject({
      exact: true,
      address: { street: 'Oudegracht', addition: 'B-2' },
    });
    expect(await provider.lookup(nl('8011 PT', 12, 'bis'))).toMatchObject({ exact: true, address: { addition: 'bis', city: 'Zwolle' } });
  });

  it('asks for the addition when the number alone is not an address', async () => {
    const provider = createPdokProvider({ baseUrl: standin.url });
    expect(await provider.lookup(nl('1015 CJ', 123))).toMatchObject({ status: 'found', exact: false, additions: ['1', '2', 'H'] });
    expect(await provider.lookup(nl('9711 LA', 5))).toMatchObject({ exact: true, additions: ['A'] });
  });

  it('answers not_found when Locatieserver has no match (numFound 0)', async () => {
    const provider = createPdokProvider({ baseUrl: standin.url });
    expect(await provider.lookup(nl('1017 SG', 999))).toEqual({ status: 'not_found' });
    expect(await provider.lookup(nl('9999 ZZ', 1))).toEqual({ status: 'not_found' });
  });
});

describe('PDOK provider: failures become unavailable', () => {
  it('a slow Locatieserver is cut off at the time-out', async () => {
    standin.setMode('slow', { delayMs: 5000 });
    const provider = createPdokProvider({ baseUrl: standin.url, timeoutMs: 300 });
    const started = performance.now();
    expect(await provider.lookup(nl('1017 SG', 12))).toEqual({ status: 'unavailable', reason: 'timeout' });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(1500);
  });

  it('a slow answer inside the time-out still counts', async () => {
    standin.setMode('slow', { delayMs: 100 });
    const provider = createPdokProvider({ baseUrl: standin.url, timeoutMs: 2000 });
    expect(await provider.lookup(nl('1017 SG', 12))).toMatchObject({ status: 'found' });
  });

  it.each([500, 503, 429, 400])('an HTTP %i', async (status) => {
    standin.setMode('fail', { failStatus: status });
    const provider = createPdokProvider({ baseUrl: standin.url });
    expect(await provider.lookup(nl('1017 SG', 12))).toEqual({ status: 'unavailable', reason: 'upstream_error' });
  });

  it('a body that is not JSON, or JSON in another shape', async () => {
    const provider = createPdokProvider({ baseUrl: standin.url });
    standin.setMode('invalid-json');
    expect(await provider.lookup(nl('1017 SG', 12))).toEqual({ status: 'unavailable', reason: 'invalid_response' });
    standin.setMode('wrong-shape');
    expect(await provider.lookup(nl('1017 SG', 12))).toEqual({ status: 'unavailable', reason: 'invalid_response' });
  });

  it('a refused connection', async () => {
    const gone = await startPdokStandin();
    await gone.close();
    const provider = createPdokProvider({ baseUrl: gone.url });
    const started = performance.now();
    expect(await provider.lookup(nl('1017 SG', 12))).toEqual({ status: 'unavailable', reason: 'network' });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('a wrong base URL (the stand-in answers 404 like any unknown path)', async () => {
    const provider = createPdokProvider({ baseUrl: `${standin.url}/nope` });
    expect(await provider.lookup(nl('1017 SG', 12))).toEqual({ status: 'unavailable', reason: 'upstream_error' });
  });
});
