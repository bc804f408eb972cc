/**
 * Money: integer minor units (cents) tagged with a currency. One module does the arithmetic,
 * the rounding and the formatting, so a cent is never lost or invented somewhere in between.
 *
 * Money is an object, not a branded number, on purpose: `a + b` on two objects is a type error,
 * so nobody adds amounts behind this module's back, and the currency travels with the amount
 * once a fork adds a second one. Consumer prices are VAT-inclusive (the catalog's priceCents).
 *
 * Rounding is half-up, away from zero ("rekenkundig afronden"): it is what Dutch invoices and
 * bookkeepers expect, and because it is symmetric around zero, a refund of -X has exactly the
 * negated VAT of the sale of X. Banker's rounding only pays off when many rounded values are
 * summed; an order rounds a handful of lines, and allocate() handles spreading without loss.
 * The arithmetic behind it is exact (BigInt), so 0.5 cent is never seen as 0.4999.
 */
import { localeTags, type Locale } from './i18n/locales.ts';

export type Currency = 'EUR';
export type Money = Readonly<{ amount: number; currency: Currency }>;

/** Digits after the decimal separator per currency (ISO 4217 minor unit). */
const minorDigits: Readonly<Record<Currency, number>> = { EUR: 2 };

/** Money from integer minor units: money(1295) is € 12,95. Rejects fractions, NaN, Infinity. */
export function money(amount: number, currency: Currency = 'EUR'): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Money needs a whole number of minor units (cents), got ${String(amount)}`);
  }
  // -0 would print as "€ -0,00"; there is no such thing as negative nothing.
  return { amount: amount === 0 ? 0 : amount, currency };
}

export function zero(currency: Currency = 'EUR'): Money {
  return money(0, currency);
}

/** A runtime guard for values that crossed a boundary (JSON, a store). */
export function isMoney(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null) return false;
  const { amount, currency } = value as { amount?: unknown; currency?: unknown };
  return typeof amount === 'number' && Number.isSafeInteger(amount) && typeof currency === 'string' && Object.hasOwn(minorDigits, currency);
}

function sameCurrency(a: Money, b: Money): Currency {
  if (a.currency !== b.currency) throw new TypeError(`Cannot combine ${a.currency} with ${b.currency}`);
  return a.currency;
}

export function add(a: Money, b: Money): Money {
  return money(a.amount + b.amount, sameCurrency(a, b));
}

export function subtract(a: Money, b: Money): Money {
  return money(a.amount - b.amount, sameCurrency(a, b));
}

export function negate(a: Money): Money {
  return money(-a.amount, a.currency);
}

/** Line total: unit price times a whole quantity (negative for a returned line). */
export function multiply(a: Money, quantity: number): Money {
  if (!Number.isSafeInteger(quantity)) throw new RangeError(`Quantity must be a whole number, got ${String(quantity)}`);
  return money(a.amount * quantity, a.currency);
}

/** Sum of amounts; the currency is needed for the empty sum. */
export function sum(items: readonly Money[], currency: Currency = 'EUR'): Money {
  let total = zero(currency);
  for (const item of items) total = add(total, item);
  return total;
}

/** Integer division rounded half-up away from zero; d > 0. */
function divideHalfUp(n: bigint, d: bigint): bigint {
  const q = n / d; // truncates toward zero
  const r = n % d;
  return 2n * (r < 0n ? -r : r) >= d ? q + (n < 0n ? -1n : 1n) : q;
}

/**
 * A percentage as an exact ratio numerator/scale: 12.5 -> 125/10. Parsing the shortest decimal
 * form keeps 21 as 21, where multiplying binary floats would turn 0.21 * 1005 into 211.04999.
 */
function exactPercent(percent: number): { numerator: bigint; scale: bigint } {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(percent));
  if (!Number.isFinite(percent) || !match) throw new RangeError(`Percentage must be a plain decimal number, got ${String(percent)}`);
  const [, sign = '', whole = '0', fraction = ''] = match;
  return { numerator: BigInt(`${sign}${whole}${fraction}`), scale: 10n ** BigInt(fraction.length) };
}

function fromBigInt(amount: bigint, currency: Currency): Money {
  return money(Number(amount), currency);
}

/** percent % of an amount, rounded half-up to a whole cent: percentOf(money(1999), 15) is 300. */
export function percentOf(a: Money, percent: number): Money {
  const { numerator, scale } = exactPercent(percent);
  return fromBigInt(divideHalfUp(BigInt(a.amount) * numerator, 100n * scale), a.currency);
}

/**
 * The VAT inside a VAT-inclusive price ("waarvan btw"): gross * rate / (100 + rate), rounded
 * half-up. vatIncluded(money(1210), 21) is 210. Works on negative amounts (refunds) too.
 */
export function vatIncluded(gross: Money, ratePercent: number): Money {
  if (!(ratePercent >= 0)) throw new RangeError(`VAT rate must be 0 or more, got ${String(ratePercent)}`);
  const { numerator, scale } = exactPercent(ratePercent);
  return fromBigInt(divideHalfUp(BigInt(gross.amount) * numerator, 100n * scale + numerator), gross.currency);
}

/** The price without VAT; always gross minus vatIncluded, so the two add up to the cent. */
export function excludingVat(gross: Money, ratePercent: number): Money {
  return subtract(gross, vatIncluded(gross, ratePercent));
}

/**
 * Splits total over weights (e.g. a discount over the lines' amounts) so the parts sum exactly
 * to total: every part gets its floor share, and the cents left over go to the largest
 * remainders (ties: the earlier line). A zero weight never receives a cent, and when
 * |total| <= sum of weights no part exceeds its weight, so a discount never makes a line negative.
 * Weights are non-negative whole numbers with a positive sum.
 */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  for (const weight of weights) {
    if (!Number.isSafeInteger(weight) || weight < 0) throw new RangeError(`Weights must be whole numbers >= 0, got ${String(weight)}`);
  }
  const weightSum = weights.reduce((acc, weight) => acc + BigInt(weight), 0n);
  if (weightSum === 0n) throw new RangeError('Cannot allocate over weights that sum to zero');

  const magnitude = BigInt(Math.abs(total.amount));
  const shares = weights.map((weight) => (magnitude * BigInt(weight)) / weightSum);
  const remainders = weights.map((weight) => (magnitude * BigInt(weight)) % weightSum);
  let left = magnitude - shares.reduce((acc, share) => acc + share, 0n);

  const byRemainder = weights.map((_, index) => index);
  byRemainder.sort((i, j) => {
    const ri = remainders[i] ?? 0n;
    const rj = remainders[j] ?? 0n;
    return ri === rj ? i - j : ri > rj ? -1 : 1;
  });
  for (const index of byRemainder) {
    if (left === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    left -= 1n;
  }

  const sign = total.amount < 0 ? -1n : 1n;
  return shares.map((share) => fromBigInt(sign * share, total.currency));
}

export function compare(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

export function equals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amount === b.amount;
}

export function isZero(a: Money): boolean {
  return a.amount === 0;
}

export function isPositive(a: Money): boolean {
  return a.amount > 0;
}

export function isNegative(a: Money): boolean {
  return a.amount < 0;
}

export function min(a: Money, b: Money): Money {
  return compare(a, b) <= 0 ? a : b;
}

export function max(a: Money, b: Money): Money {
  return compare(a, b) >= 0 ? a : b;
}

/**
 * The amount as a plain decimal string in major units, "12.95" or "-0.50": for structured data
 * (schema.org Offer price, og product:price:amount) and exact Intl formatting.
 */
export function toDecimalString(a: Money): string {
  const digits = minorDigits[a.currency];
  const padded = String(Math.abs(a.amount)).padStart(digits + 1, '0');
  const whole = padded.slice(0, padded.length - digits);
  const fraction = digits > 0 ? `.${padded.slice(padded.length - digits)}` : '';
  return `${a.amount < 0 ? '-' : ''}${whole}${fraction}`;
}

export type FormatMoneyOptions = {
  /** "€ 50" instead of "€ 50,00" for whole amounts: for banners and thresholds, not for prices in a cart. */
  stripZeroCents?: boolean;
};

// Building an Intl.NumberFormat is far slower than using one; a product grid formats hundreds.
const formatters = new Map<string, Intl.NumberFormat>();

/** Localised money: nl "€ 12,95" (with a no-break space), en "€12.95". */
export function formatMoney(a: Money, locale: Locale, options: FormatMoneyOptions = {}): string {
  const strip = options.stripZeroCents === true;
  const key = `${locale}|${a.currency}|${strip ? 'strip' : 'auto'}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(localeTags[locale], {
      style: 'currency',
      currency: a.currency,
      trailingZeroDisplay: strip ? 'stripIfInteger' : 'auto',
    });
    formatters.set(key, formatter);
  }
  // A decimal string is formatted exactly; dividing by 100 would go through a binary float.
  return formatter.format(toDecimalString(a) as Intl.StringNumericLiteral);
}
