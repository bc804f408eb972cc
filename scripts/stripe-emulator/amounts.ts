/**
 * Amount and currency rules as Stripe states them: lowercase ISO codes, a minimum of about
 * 50 cents, at most eight digits, and messages with the amount written out (`€0.50`).
 */
import { invalidRequest, parameterInvalid } from './errors.ts';
import type { FormObject } from './form.ts';
import { optionalString, requiredString } from './params.ts';

/** Formats minor units the way Stripe's messages do: `€0.50`. */
export function formatAmount(amount: number, currency: string): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

function fractionDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

export function validateCurrency(params: FormObject, required: true): string;
export function validateCurrency(params: FormObject, required: false): string | undefined;
export function validateCurrency(params: FormObject, required: boolean): string | undefined {
  const value = required ? requiredString(params, 'currency') : optionalString(params, 'currency');
  if (value === undefined) return undefined;
  const currency = value.toLowerCase();
  let known = /^[a-z]{3}$/.test(currency);
  try {
    if (known) new Intl.NumberFormat('en-US', { style: 'currency', currency });
  } catch {
    known = false;
  }
  if (!known)
    throw parameterInvalid('currency', `Invalid currency: ${value}. Stripe currently supports these currencies: eur, usd, gbp, ...`);
  return currency;
}

/** Stripe's minimum is about 50 cents; its maximum 99,999,999 minor units. */
export function validateAmount(amount: number, currency: string): void {
  const minimum = fractionDigits(currency) === 2 ? 50 : 1;
  if (amount < minimum) {
    throw invalidRequest(`Amount must be at least ${formatAmount(minimum, currency)} ${currency}`, {
      code: 'amount_too_small',
      param: 'amount',
    });
  }
  if (amount > 99_999_999) {
    throw invalidRequest(`Amount must be no more than ${formatAmount(99_999_999, currency)}`, {
      code: 'amount_too_large',
      param: 'amount',
    });
  }
}
