import { describe, expect, it } from 'vitest';
import { pdokLookupUrl, pickPdokAddress, type PdokDoc } from '../../../src/features/addresses/pdok-provider.server.ts';

const doc = (extra: Partial<PdokDoc> = {}): PdokDoc => ({
  type: 'adres',
  straatnaam: 'Keizersgracht',
  huisnummer: 123,
  postcode: '1015CJ',
  woonplaatsnaam: 'Amsterdam',
  ...extra,
});

describe('pdokLookupUrl', () => {
  it('filters exactly on type, postcode and house number and asks only for the fields it reads', () => {
    const url = pdokLookupUrl('https://api.pdok.nl/bzk/locatieserver/search/v3_1/', { postcode: '1017 SG', houseNumber: 12 });
    expect(url.origin + url.pathname).toBe('https://api.pdok.nl/bzk/locatieserver/search/v3_1/free');
    expect(url.searchParams.getAll('fq')).toEqual(['type:adres', 'postcode:1017SG', 'huisnummer:12']);
    expect(url.searchParams.get('fl')).toContain('straatnaam');
    expect(url.searchParams.get('rows')).toBe('100');
    expect([...new Set(url.searchParams.keys())]).toEqual(['fq', 'fl', 'rows']);
  });
});

describe('pickPdokAddress', () => {
  const query = { country: 'NL' as const, postcode: '1015 CJ', houseNumber: 123 };
  const building = [doc({ huisnummertoevoeging: '2' }), doc({ huisnummertoevoeging: 'H' }), doc({ huisnummertoevoeging: '1' })];

  it('finds the exact address, with the addition as the BAG writes it', () => {
    expect(pickPdokAddress(building, { ...query, houseNumberAddition: 'h' })).toEqual({
      status: 'found',
      address: { street: 'Keizersgracht', houseNumber: 123, addition: 'H', postcode: '1015 CJ', city: 'Amsterdam', country: 'NL' },
      exact: true,
      additions: ['1', '2', 'H'],
    });
  });

  it('matches letter plus suffix however it is written', () => {
    const docs = [doc({ huisletter: 'B', huisnummertoevoeging: '2' })];
    for (const addition of ['B-2', 'b2', 'B 2']) {
      expect(pickPdokAddress(docs, { ...query, houseNumberAddition: addition })).toMatchObject({
        exact: true,
        address: { addition: 'B-2' },
      });
    }
  });

  it('without a known addition, still gives street and city and the additions to choose from', () => {
    expect(pickPdokAddress(building, query)).toMatchObject({ status: 'found', exact: false, additions: ['1', '2', 'H'] });
    expect(pickPdokAddress(building, { ...query, houseNumberAddition: '9' })).toMatchObject({
      exact: false,
      address: { street: 'Keizersgracht' },
    });
    const result = pickPdokAddress(building, query);
    expect(result.status === 'found' && 'addition' in result.address).toBe(false);
  });

  it('prefers the bare number when it exists next to lettered ones', () => {
    expect(pickPdokAddress([doc({ huisletter: 'A' }), doc()], query)).toMatchObject({ exact: true, additions: ['A'] });
  });

  it('ignores documents for another number, postcode or type', () => {
    expect(pickPdokAddress([doc({ huisnummer: 124 }), doc({ postcode: '1015CK' }), doc({ type: 'weg' })], query)).toEqual({
      status: 'not_found',
    });
    expect(pickPdokAddress([], query)).toEqual({ status: 'not_found' });
  });
});
