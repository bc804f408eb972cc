/**
 * Payment methods and what happens when they are charged. The outcome follows Stripe's test
 * cards (https://docs.stripe.com/testing) so an app tested here meets the same cases in
 * Stripe's test mode: 4242... succeeds, 4000...0002 declines, 4000 0025 0000 3155 asks for
 * 3D Secure, a real card number is refused in test mode.
 */
import { parameterInvalid, parameterMissing } from './errors.ts';
import type { FormObject } from './form.ts';
import { newId, nowSeconds } from './ids.ts';
import { optionalObject, optionalString } from './params.ts';

export const paymentMethodTypes = ['card', 'ideal', 'bancontact'] as const;
export type PaymentMethodType = (typeof paymentMethodTypes)[number];

/** Methods that send the shopper to their bank and back (next_action redirect_to_url). */
export const redirectMethodTypes: readonly PaymentMethodType[] = ['ideal', 'bancontact'];

/** iDEAL and Bancontact settle in euros only; Stripe refuses other currencies for them. */
export const methodCurrencies: Record<PaymentMethodType, readonly string[] | 'any'> = {
  card: 'any',
  ideal: ['eur'],
  bancontact: ['eur'],
};

export const idealBanks: Record<string, string> = {
  abn_amro: 'ABNANL2A',
  asn_bank: 'ASNBNL21',
  bunq: 'BUNQNL2A',
  ing: 'INGBNL2A',
  knab: 'KNABNL2H',
  n26: 'NTSBDEB1',
  rabobank: 'RABONL2U',
  regiobank: 'RBRBNL21',
  revolut: 'REVOLT21',
  sns_bank: 'SNSBNL2A',
  triodos_bank: 'TRIONL2U',
  van_lanschot: 'FVLBNL22',
  yoursafe: 'BITSNL2A',
};

export type Outcome =
  | { kind: 'succeed' }
  | { kind: 'authenticate' }
  | { kind: 'redirect' }
  | { kind: 'decline'; code: string; decline_code: string; message: string; param?: string };

export interface BillingDetails {
  address: Record<string, string | null> | null;
  email: string | null;
  name: string | null;
  phone: string | null;
}

export interface CardDetails {
  brand: string;
  country: string;
  display_brand: string;
  exp_month: number;
  exp_year: number;
  funding: string;
  last4: string;
  wallet: null;
}

export interface PaymentMethod {
  id: string;
  object: 'payment_method';
  billing_details: BillingDetails;
  created: number;
  customer: null;
  livemode: false;
  metadata: Record<string, string>;
  type: PaymentMethodType;
  card?: CardDetails;
  ideal?: { bank: string | null; bic: string | null };
  bancontact?: Record<string, never>;
}

/** A payment method and the outcome it will produce; the outcome never leaves the emulator. */
export interface ResolvedPaymentMethod {
  method: PaymentMethod;
  outcome: Outcome;
}

const declined = (decline_code: string, message = 'Your card was declined.', code = 'card_declined', param?: string): Outcome => ({
  kind: 'decline',
  code,
  decline_code,
  message,
  ...(param ? { param } : {}),
});

export const testCards: Record<string, Outcome> = {
  '4242424242424242': { kind: 'succeed' },
  '4000056655665556': { kind: 'succeed' },
  '5555555555554444': { kind: 'succeed' },
  '2223003122003222': { kind: 'succeed' },
  '378282246310005': { kind: 'succeed' },
  '4000000000000002': declined('generic_decline'),
  '4000000000009995': declined('insufficient_funds', 'Your card has insufficient funds.'),
  '4000000000009987': declined('lost_card'),
  '4000000000009979': declined('stolen_card'),
  '4000000000000069': declined('expired_card', 'Your card has expired.', 'expired_card', 'exp_month'),
  '4000000000000127': declined('incorrect_cvc', "Your card's security code is incorrect.", 'incorrect_cvc', 'cvc'),
  '4000000000000119': declined(
    'processing_error',
    'An error occurred while processing your card. Try again in a little bit.',
    'processing_error',
  ),
  '4000002500003155': { kind: 'authenticate' },
  '4000002760003184': { kind: 'authenticate' },
  '4000000000003220': { kind: 'authenticate' },
};

/** Stripe's test PaymentMethod ids, usable server-side as `payment_method`. */
export const testPaymentMethods: Record<string, string> = {
  pm_card_visa: '4242424242424242',
  pm_card_visa_debit: '4000056655665556',
  pm_card_mastercard: '5555555555554444',
  pm_card_amex: '378282246310005',
  pm_card_chargeDeclined: '4000000000000002',
  pm_card_chargeDeclinedInsufficientFunds: '4000000000009995',
  pm_card_chargeDeclinedLostCard: '4000000000009987',
  pm_card_chargeDeclinedStolenCard: '4000000000009979',
  pm_card_chargeDeclinedExpiredCard: '4000000000000069',
  pm_card_chargeDeclinedIncorrectCvc: '4000000000000127',
  pm_card_chargeDeclinedProcessingError: '4000000000000119',
  pm_card_authenticationRequired: '4000002760003184',
  pm_card_threeDSecure2Required: '4000000000003220',
};

function luhnValid(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

function brandOf(number: string): string {
  if (number.startsWith('4')) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(number)) return 'mastercard';
  if (/^3[47]/.test(number)) return 'amex';
  return 'unknown';
}

function cardOutcome(number: string): Outcome {
  // Stripe's test mode refuses real cards; unknown numbers that pass Luhn are treated alike.
  return (
    testCards[number] ??
    declined(
      'test_mode_live_card',
      'Your card was declined. Your request was in test mode, but used a non test (live) card. For a list of valid test cards, visit: https://stripe.com/docs/testing.',
    )
  );
}

function billingDetails(data: FormObject, param: string): BillingDetails {
  const given = optionalObject(data, 'billing_details') ?? {};
  const text = (name: string): string | null => {
    const value = optionalString(given, name);
    if (value !== undefined) return value || null;
    return null;
  };
  const address = optionalObject(given, 'address');
  if (address && Object.values(address).some((v) => typeof v !== 'string')) {
    throw parameterInvalid(`${param}[billing_details][address]`, 'Invalid address.');
  }
  return {
    address: address
      ? Object.fromEntries(['city', 'country', 'line1', 'line2', 'postal_code', 'state'].map((k) => [k, (address[k] as string) || null]))
      : null,
    email: text('email'),
    name: text('name'),
    phone: text('phone'),
  };
}

function card(number: string, expMonth: number, expYear: number, param: string): CardDetails {
  const digits = number.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits) || !luhnValid(digits)) {
    throw parameterInvalid(`${param}[card][number]`, 'Your card number is incorrect.', 'incorrect_number');
  }
  const brand = brandOf(digits);
  return {
    brand,
    country: 'US',
    display_brand: brand,
    exp_month: expMonth,
    exp_year: expYear,
    funding: 'credit',
    last4: digits.slice(-4),
    wallet: null,
  };
}

function base(type: PaymentMethodType, billing: BillingDetails): PaymentMethod {
  return {
    id: newId('pm'),
    object: 'payment_method',
    billing_details: billing,
    created: nowSeconds(),
    customer: null,
    livemode: false,
    metadata: {},
    type,
  };
}

const emptyBilling: BillingDetails = { address: null, email: null, name: null, phone: null };

/** `pm_card_visa` and friends: a fresh PaymentMethod per use, as Stripe creates one. */
export function fromTestPaymentMethod(id: string): ResolvedPaymentMethod | undefined {
  const number = testPaymentMethods[id];
  if (!number) return undefined;
  const year = new Date().getUTCFullYear() + 3;
  return { method: { ...base('card', emptyBilling), card: card(number, 12, year, 'payment_method') }, outcome: cardOutcome(number) };
}

/**
 * `payment_method_data[type]=...`. For cards the emulator takes the raw test number in
 * `payment_method_data[card][number]` (what the stand-in Stripe.js sends); real Stripe.js
 * tokenises it instead, which an offline stand-in cannot.
 */
export function fromPaymentMethodData(data: FormObject, param = 'payment_method_data'): ResolvedPaymentMethod {
  const type = optionalString(data, 'type');
  if (!type) throw parameterMissing(`${param}[type]`);
  if (!(paymentMethodTypes as readonly string[]).includes(type)) {
    throw parameterInvalid(`${param}[type]`, `Invalid ${param}[type]: the emulator supports ${paymentMethodTypes.join(', ')}.`);
  }
  const billing = billingDetails(data, param);
  if (type === 'card') {
    const details = optionalObject(data, 'card');
    const number = details && optionalString(details, 'number');
    if (!details || !number) throw parameterMissing(`${param}[card][number]`);
    const expMonth = Number(optionalString(details, 'exp_month') ?? 12);
    const expYear = Number(optionalString(details, 'exp_year') ?? new Date().getUTCFullYear() + 3);
    const method = { ...base('card', billing), card: card(number, expMonth, expYear, param) };
    // Date.UTC's month is 0-based, so this is the first instant after the expiry month.
    const expired = !(Date.UTC(expYear, expMonth) > Date.now());
    const outcome = expired
      ? declined('expired_card', 'Your card has expired.', 'expired_card', 'exp_month')
      : cardOutcome(number.replace(/[\s-]/g, ''));
    return { method, outcome };
  }
  if (type === 'ideal') {
    const details = optionalObject(data, 'ideal') ?? {};
    const bank = optionalString(details, 'bank') ?? null;
    if (bank !== null && !(bank in idealBanks)) throw parameterInvalid(`${param}[ideal][bank]`, `Invalid ${param}[ideal][bank]: ${bank}`);
    return { method: { ...base('ideal', billing), ideal: { bank, bic: bank ? idealBanks[bank]! : null } }, outcome: { kind: 'redirect' } };
  }
  // Bancontact, like Stripe, needs the account holder's name.
  if (!billing.name) throw parameterMissing(`${param}[billing_details][name]`);
  return { method: { ...base('bancontact', billing), bancontact: {} }, outcome: { kind: 'redirect' } };
}

/** What a Charge shows under payment_method_details. */
export function paymentMethodDetails(method: PaymentMethod, authenticated: boolean): Record<string, unknown> {
  if (method.type === 'card' && method.card) {
    const { wallet: _wallet, display_brand: _display, ...card } = method.card;
    return {
      type: 'card',
      card: {
        ...card,
        network: card.brand,
        three_d_secure: authenticated ? { authentication_flow: 'challenge', result: 'authenticated', version: '2.2.0' } : null,
      },
    };
  }
  if (method.type === 'ideal') {
    return { type: 'ideal', ideal: { ...method.ideal, iban_last4: '5264', verified_name: method.billing_details.name ?? 'Jenny Rosen' } };
  }
  return {
    type: 'bancontact',
    bancontact: {
      bank_code: 'VAPE',
      bank_name: 'VAN DE PUT & CO',
      bic: 'VAPEBE22',
      iban_last4: '7061',
      preferred_language: 'nl',
      verified_name: method.billing_details.name,
    },
  };
}
