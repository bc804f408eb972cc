import { describe, expect, it, vi } from 'vitest';
import {
  addressQuerySchema,
  createAddressLookup,
  type AddressLookupProvider,
  type AddressQuery,
  type LookupResult,
} from '../../../src/features/addresses/address-lookup.ts';
import { validationErrorMap, zodFieldErrors } from '../../../src/lib/http/api-error.ts';

const query: AddressQuery = { country: 'NL', postcode: '1017 SG', houseNumber: 12 };
const found: LookupResult = {
  status: 'found',
  address: { street: 'Weteringschans', houseNumber: 12, postcode: '1017 SG', city: 'Amsterdam', country: 'NL' },
  exact: true,
  additions: [],
};

function provider(impl: AddressLookupProvider['lookup']): AddressLookupProvider {
  return { name: 'test', lookup: vi.fn(impl) };
}

describe('createAddressLookup', () => {
  it('routes by country and answers unsupported for a country without a provider', async () => {
    const nl = provider(async () => found);
    const lookup = createAddressLookup({ NL: nl });
    expect(await lookup.lookup(query)).toEqual(found);
    expect(await lookup.lookup({ ...query, country: 'BE', postcode: '1000' })).toEqual({ status: 'unsupported' });
    expect(lookup.supports('NL')).toBe(true);
    expect(lookup.supports('DE')).toBe(false);
  });

  it('turns a provider that throws into unavailable', async () => {
    const onUnavailable = vi.fn();
    const lookup = createAddressLookup({ NL: provider(() => Promise.reject(new Error('bug'))) }, { onUnavailable });
    expect(await lookup.lookup(query)).toEqual({ status: 'unavailable', reason: 'provider_error' });
    expect(onUnavailable).toHaveBeenCalledWith('test', 'provider_error');
  });

  it('answers unavailable at the deadline even when a provider ignores its own time-out, and aborts it', async () => {
    let signal: AbortSignal | undefined;
    const hanging = provider((_q, options) => {
      signal = options?.signal;
      return new Promise<LookupResult>(() => undefined);
    });
    const lookup = createAddressLookup({ NL: hanging }, { deadlineMs: 50 });
    const started = performance.now();
    expect(await lookup.lookup(query)).toEqual({ status: 'unavailable', reason: 'timeout' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(signal?.aborted).toBe(true);
  });

  it('stops asking a failing provider for a while, then tries again', async () => {
    let t = 0;
    let healthy = false;
    const flaky = provider(async () => (healthy ? found : { status: 'unavailable', reason: 'network' }));
    const lookup = createAddressLookup({ NL: flaky }, { failureThreshold: 3, cooldownMs: 30_000, now: () => t });
    for (let i = 0; i < 3; i++) expect(await lookup.lookup(query)).toMatchObject({ reason: 'network' });
    expect(await lookup.lookup(query)).toEqual({ status: 'unavailable', reason: 'circuit_open' });
    expect(flaky.lookup).toHaveBeenCalledTimes(3);
    healthy = true;
    t += 30_000;
    expect(await lookup.lookup(query)).toEqual(found);
  });

  it('a success resets the failure count', async () => {
    const results: LookupResult[] = [
      { status: 'unavailable', reason: 'timeout' },
      { status: 'unavailable', reason: 'timeout' },
      found,
      { status: 'unavailable', reason: 'timeout' },
      { status: 'unavailable', reason: 'timeout' },
      found,
    ];
    const lookup = createAddressLookup({ NL: provider(async () => results.shift()!) }, { failureThreshold: 3 });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await lookup.lookup(query)).status);
    expect(statuses).toEqual(['unavailable', 'unavailable', 'found', 'unavailable', 'unavailable', 'found']);
  });
});

describe('addressQuerySchema', () => {
  const parse = (input: Record<string, string>, locale: 'nl' | 'en' = 'nl') =>
    addressQuerySchema(locale).safeParse(input, { error: validationErrorMap(locale) });

  it('normalises the query; a separate addition wins over one typed in the number field', () => {
    expect(parse({ country: 'NL', postcode: '1017sg', houseNumber: '12', addition: '' }).data).toEqual(query);
    expect(parse({ country: 'NL', postcode: '1015 CJ', houseNumber: '123-h' }).data).toEqual({
      country: 'NL',
      postcode: '1015 CJ',
      houseNumber: 123,
      houseNumberAddition: 'H',
    });
    expect(parse({ country: 'NL', postcode: '2513AA', houseNumber: '1b', addition: 'a' }).data?.houseNumberAddition).toBe('A');
  });

  it('reports every bad field with a message that says how to fix it', () => {
    const result = parse({ country: 'NL', postcode: '1017', houseNumber: 'x', addition: '###' }, 'en');
    expect(zodFieldErrors(result.error!, 'en')).toEqual({
      postcode: 'Enter a postcode like 1234 AB: four digits and two letters.',
      houseNumber: 'Enter a house number like 12, 12a or 12-3.',
      addition: 'Enter a short addition, like A, 2 or bis, or leave the field empty.',
    });
    expect(zodFieldErrors(parse({ country: 'FR', postcode: '75001', houseNumber: '1' }).error!, 'nl')).toEqual({
      country: 'Kies Nederland, België of Duitsland.',
    });
    expect(zodFieldErrors(parse({ country: 'NL' }).error!, 'nl')).toEqual({
      postcode: 'Vul je postcode in.',
      houseNumber: 'Vul je huisnummer in.',
    });
  });
});
