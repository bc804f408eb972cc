/**
 * Postcodes and house numbers of the countries Kassa ships to: validation, normalisation to
 * the way the post office writes them, and zod schemas the checkout form uses in the browser
 * and the server uses on the same fields. Browser-safe: no Node imports.
 */
import { shopCountries } from '../../config/shop.schema.ts';
import { postcodeValidator } from 'postcode-validator';
import { z } from 'zod';
import type { Locale } from '../../lib/i18n/locales.ts';
import { addressMessages } from './messages.ts';

/** The shop's delivery countries (one list, in the shop config schema). */
export const addressCountries = shopCountries;
export type AddressCountry = (typeof addressCountries)[number];

export function isAddressCountry(value: unknown): value is AddressCountry {
  return typeof value === 'string' && (addressCountries as readonly string[]).includes(value);
}

/** What a shopper may type before the digits: "B-1000", "D-10115". */
const countryPrefix: Record<AddressCountry, RegExp> = { NL: /^NL-?/, BE: /^BE?-?/, DE: /^DE?-?/ };

/**
 * The postcode as the post office writes it ("1017 SG", "1000", "10115"), or undefined when
 * it cannot be one. Forgiving about case, spaces and a country prefix; strict about digits.
 */
export function normalizePostcode(country: AddressCountry, input: string): string | undefined {
  const compact = input.replace(/\s+/g, '').toUpperCase().replace(countryPrefix[country], '');
  if (!postcodeValidator(compact, country)) return undefined;
  switch (country) {
    case 'NL':
      // The library accepts 0000 AA; Dutch postcodes start at 1000, and SA, SD and SS are never issued.
      if (compact.startsWith('0') || /^\d{4}(SA|SD|SS)$/.test(compact)) return undefined;
      return `${compact.slice(0, 4)} ${compact.slice(4)}`;
    case 'BE':
      return compact.startsWith('0') ? undefined : compact;
    case 'DE':
      // German postcodes run from 01001; 00xxx is not a delivery area.
      return compact.startsWith('00') ? undefined : compact;
  }
}

/** "1017 SG" -> "1017SG": the form lookup services and the BAG use. */
export function compactPostcode(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

export interface HouseNumber {
  number: number;
  /** Letter and/or suffix: "A", "3", "A-3", "bis", "bus 4". */
  addition?: string;
}

/** Longest addition: the BAG allows a letter plus four characters; Belgian "bus 1234" and German "1/2" need a little more. */
const additionMaxLength: Record<AddressCountry, number> = { NL: 6, BE: 10, DE: 10 };
export const maxHouseNumber = 99_999;

/**
 * Normalises an addition: a single letter is upper-cased ("a" -> "A"), a letter followed by a
 * suffix is joined with a hyphen ("a 3" -> "A-3"), spaces are collapsed; undefined if empty
 * or not an addition.
 */
export function normalizeAddition(country: AddressCountry, input: string | undefined): string | undefined | null {
  const trimmed = (input ?? '')
    .trim()
    .replace(/^[-/]\s*/, '')
    .replace(/\s+/g, ' ');
  if (trimmed === '') return undefined;
  if (!/^[\p{L}\d]+(?:[ /-][\p{L}\d]+)*$/u.test(trimmed) || trimmed.length > additionMaxLength[country]) return null;
  const letterThenSuffix = /^(\p{L})[ -](.+)$/u.exec(trimmed);
  if (letterThenSuffix) return `${letterThenSuffix[1]!.toUpperCase()}-${letterThenSuffix[2]}`;
  return /^\p{L}$/u.test(trimmed) ? trimmed.toUpperCase() : trimmed;
}

/**
 * Splits what a shopper types in a house number field: "12" -> 12; "12a" -> 12 + "A";
 * "12-3" -> 12 + "3"; "12 bis" -> 12 + "bis"; "12A-3" -> 12 + "A-3". Undefined when there
 * is no house number (1 to 99999) at the start or the rest is not an addition.
 */
export function parseHouseNumber(input: string, country: AddressCountry = 'NL'): HouseNumber | undefined {
  const match = /^(\d+)(.*)$/su.exec(input.trim());
  if (!match) return undefined;
  const number = Number(match[1]);
  if (!Number.isSafeInteger(number) || number < 1 || number > maxHouseNumber) return undefined;
  const addition = normalizeAddition(country, match[2]);
  if (addition === null) return undefined;
  return addition === undefined ? { number } : { number, addition };
}

/** "12", "12A", "12-3", "12A-3", "12-bis": how the BAG and Dutch post write a house number. */
export function formatHouseNumber(number: number, addition?: string): string {
  if (!addition) return String(number);
  return /^\p{L}(?:-|$)/u.test(addition) ? `${number}${addition}` : `${number}-${addition}`;
}

/** A postcode field: trims, validates for the country and outputs the normalised form. */
export function postcodeSchema(country: AddressCountry, locale: Locale) {
  const m = addressMessages[locale].postcode;
  return z
    .string({ error: m.required })
    .trim()
    .min(1, m.required)
    .transform((value, ctx) => {
      const normalized = normalizePostcode(country, value);
      if (normalized === undefined) {
        ctx.addIssue({ code: 'custom', message: m[country], input: value });
        return z.NEVER;
      }
      return normalized;
    });
}

/** A house number field that may hold the addition too ("12a"); outputs { number, addition? }. */
export function houseNumberSchema(country: AddressCountry, locale: Locale) {
  const m = addressMessages[locale].houseNumber;
  return z
    .string({ error: m.required })
    .trim()
    .min(1, m.required)
    .transform((value, ctx): HouseNumber => {
      const parsed = parseHouseNumber(value, country);
      if (parsed === undefined) {
        const digits = /^\d+/.exec(value)?.[0];
        const tooLarge = digits !== undefined && Number(digits) > maxHouseNumber;
        ctx.addIssue({ code: 'custom', message: tooLarge ? m.tooLarge : m.invalid, input: value });
        return z.NEVER;
      }
      return parsed;
    });
}

/** A separate addition field; empty means none. */
export function additionSchema(country: AddressCountry, locale: Locale) {
  const message = addressMessages[locale].addition.invalid;
  return z
    .string({ error: message })
    .optional()
    .transform((value, ctx) => {
      const addition = normalizeAddition(country, value);
      if (addition === null) {
        ctx.addIssue({ code: 'custom', message, input: value });
        return z.NEVER;
      }
      return addition;
    });
}

/** The country field of an address. */
export function countrySchema(locale: Locale) {
  return z.enum(addressCountries, { error: addressMessages[locale].country.invalid });
}

export type ParsedPostalAddress = { postcode: string; houseNumber: number; addition?: string };

/**
 * Checks postcode, house number and addition together for a country, reporting each bad
 * field on `ctx` by its own name; one place for the lookup query and the order address.
 * Returns undefined when any field is invalid (the issues are already on ctx).
 */
export function parsePostalAddress(
  input: { country: AddressCountry; postcode: string; houseNumber: string; addition?: string | undefined },
  locale: Locale,
  ctx: z.core.$RefinementCtx,
): ParsedPostalAddress | undefined {
  const postcode = postcodeSchema(input.country, locale).safeParse(input.postcode);
  const houseNumber = houseNumberSchema(input.country, locale).safeParse(input.houseNumber);
  const addition = additionSchema(input.country, locale).safeParse(input.addition);
  for (const [field, result] of [
    ['postcode', postcode],
    ['houseNumber', houseNumber],
    ['addition', addition],
  ] as const) {
    if (!result.success) ctx.addIssue({ code: 'custom', path: [field], message: result.error.issues[0]?.message ?? '' });
  }
  if (!postcode.success || !houseNumber.success || !addition.success) return undefined;
  const houseNumberAddition = addition.data ?? houseNumber.data.addition;
  return {
    postcode: postcode.data,
    houseNumber: houseNumber.data.number,
    ...(houseNumberAddition === undefined ? {} : { addition: houseNumberAddition }),
  };
}
