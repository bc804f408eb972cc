import { describe, expect, it } from 'vitest';
import {
  additionSchema,
  formatHouseNumber,
  houseNumberSchema,
  normalizeAddition,
  normalizePostcode,
  parseHouseNumber,
  postcodeSchema,
} from '../../../src/features/addresses/postcode.ts';

describe('normalizePostcode', () => {
  it('writes Dutch postcodes as 1234 AB, forgiving case and spaces', () => {
    for (const input of ['1017sg', '1017 SG', ' 1017  sg ', '1017Sg', 'NL-1017SG']) expect(normalizePostcode('NL', input)).toBe('1017 SG');
  });

  it('refuses what cannot be a Dutch postcode', () => {
    for (const input of ['', '1017', '1017 S', '1017 SGX', '0123 AB', '1017 SA', '1017 SS', '1017 SD', 'AB 1234', '10175G']) {
      expect(normalizePostcode('NL', input)).toBeUndefined();
    }
  });

  it('takes four digits in Belgium and five in Germany, with an optional country prefix', () => {
    expect(normalizePostcode('BE', '1000')).toBe('1000');
    expect(normalizePostcode('BE', 'B-9000')).toBe('9000');
    expect(normalizePostcode('BE', '0999')).toBeUndefined();
    expect(normalizePostcode('BE', '10000')).toBeUndefined();
    expect(normalizePostcode('DE', '10115')).toBe('10115');
    expect(normalizePostcode('DE', 'D-01067')).toBe('01067');
    expect(normalizePostcode('DE', '00123')).toBeUndefined();
    expect(normalizePostcode('DE', '1011')).toBeUndefined();
    expect(normalizePostcode('DE', '1017 SG')).toBeUndefined();
  });
});

describe('parseHouseNumber', () => {
  it.each([
    ['12', { number: 12 }],
    ['12a', { number: 12, addition: 'A' }],
    ['12 A', { number: 12, addition: 'A' }],
    ['12-3', { number: 12, addition: '3' }],
    ['12 - 3', { number: 12, addition: '3' }],
    ['12/3', { number: 12, addition: '3' }],
    ['12 bis', { number: 12, addition: 'bis' }],
    ['12A-3', { number: 12, addition: 'A-3' }],
    ['12 a 3', { number: 12, addition: 'A-3' }],
    ['123-H', { number: 123, addition: 'H' }],
    [' 99999 ', { number: 99999 }],
  ])('%j -> %j', (input, expected) => {
    expect(parseHouseNumber(input)).toEqual(expected);
  });

  it('refuses input without a house number or with a runaway addition', () => {
    for (const input of ['', 'a12', '0', '100000', '12 !', '12 abcdefg', 'twaalf', '12--3'])
      expect(parseHouseNumber(input)).toBeUndefined();
  });

  it('allows the longer additions of Belgium and Germany', () => {
    expect(parseHouseNumber('12 bus 3', 'BE')).toEqual({ number: 12, addition: 'bus 3' });
    expect(parseHouseNumber('7 1/2', 'DE')).toEqual({ number: 7, addition: '1/2' });
    expect(parseHouseNumber('12 bus 1234', 'NL')).toBeUndefined();
  });

  it('normalizes a separate addition field; empty is none, nonsense is null', () => {
    expect(normalizeAddition('NL', ' b ')).toBe('B');
    expect(normalizeAddition('NL', '')).toBeUndefined();
    expect(normalizeAddition('NL', undefined)).toBeUndefined();
    expect(normalizeAddition('NL', '#3')).toBeNull();
  });

  it('formats a house number the way the BAG writes it', () => {
    expect(formatHouseNumber(12)).toBe('12');
    expect(formatHouseNumber(12, 'A')).toBe('12A');
    expect(formatHouseNumber(12, 'A-3')).toBe('12A-3');
    expect(formatHouseNumber(12, '3')).toBe('12-3');
    expect(formatHouseNumber(12, 'bis')).toBe('12-bis');
  });
});

describe('field schemas (shared by the checkout form and the server)', () => {
  it('output the normalised value', () => {
    expect(postcodeSchema('NL', 'nl').parse(' 1017sg ')).toBe('1017 SG');
    expect(houseNumberSchema('NL', 'nl').parse('12a')).toEqual({ number: 12, addition: 'A' });
    expect(additionSchema('NL', 'nl').parse('')).toBeUndefined();
    expect(additionSchema('NL', 'nl').parse(undefined)).toBeUndefined();
  });

  it('say how to fix the input, in the shopper language and with the country example', () => {
    const message = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;
    expect(message(postcodeSchema('NL', 'nl').safeParse('1017'))).toBe('Vul een postcode in zoals 1234 AB: vier cijfers en twee letters.');
    expect(message(postcodeSchema('NL', 'en').safeParse('1017'))).toBe('Enter a postcode like 1234 AB: four digits and two letters.');
    expect(message(postcodeSchema('BE', 'nl').safeParse('1017 SG'))).toMatch(/vier cijfers, zoals 1000/);
    expect(message(postcodeSchema('DE', 'en').safeParse('1234'))).toMatch(/five digits, like 10115/);
    expect(message(postcodeSchema('NL', 'nl').safeParse('  '))).toBe('Vul je postcode in.');
    expect(message(postcodeSchema('NL', 'en').safeParse(undefined))).toBe('Enter your postcode.');
    expect(message(houseNumberSchema('NL', 'nl').safeParse('a'))).toBe('Vul een huisnummer in zoals 12, 12a of 12-3.');
    expect(message(houseNumberSchema('NL', 'en').safeParse('1017123'))).toMatch(/too high/);
    expect(message(additionSchema('NL', 'en').safeParse('#!'))).toMatch(/short addition, like A, 2 or bis/);
  });
});
