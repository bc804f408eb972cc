/**
 * Which payment method types an intent offers (its `payment_method_types`), from the
 * parameters of the SDK's API version: automatic payment methods (on by default),
 * narrowed by `allowed_payment_method_types` / `excluded_payment_method_types`, filtered to
 * what fits the currency, as Stripe does. The older explicit `payment_method_types`
 * parameter is still accepted and, as on Stripe, refuses a type the currency cannot use.
 */
import { invalidRequest, parameterInvalid, parameterMissing } from './errors.ts';
import type { FormObject } from './form.ts';
import { methodCurrencies, paymentMethodTypes, redirectMethodTypes, type PaymentMethodType } from './payment-methods.ts';
import { optionalBoolean, optionalEnum, optionalObject, optionalStringArray } from './params.ts';

export interface MethodTypeSettings {
  automatic_payment_methods: { allow_redirects: 'always' | 'never'; enabled: true } | null;
  allowed_payment_method_types: string[] | null;
  excluded_payment_method_types: string[] | null;
  payment_method_types: PaymentMethodType[];
}

/** The parameters that change an intent's method types (gated after payment starts). */
export const methodTypeParams = ['allowed_payment_method_types', 'excluded_payment_method_types', 'payment_method_types'];

function fitsCurrency(type: PaymentMethodType, currency: string): boolean {
  const allowed = methodCurrencies[type];
  return allowed === 'any' || allowed.includes(currency);
}

function legacyTypes(params: FormObject, currency: string): PaymentMethodType[] | undefined {
  const types = optionalStringArray(params, 'payment_method_types');
  if (types === undefined) return undefined;
  if (types.length === 0) throw parameterMissing('payment_method_types');
  for (const type of types) {
    if (!(paymentMethodTypes as readonly string[]).includes(type)) {
      throw parameterInvalid(
        'payment_method_types',
        `The payment method type "${type}" is invalid. The Stripe emulator supports: ${paymentMethodTypes.join(', ')}.`,
        'payment_intent_invalid_parameter',
      );
    }
    const fit = methodCurrencies[type as PaymentMethodType];
    if (fit !== 'any' && !fit.includes(currency)) {
      throw parameterInvalid(
        'currency',
        `The currency provided (${currency}) is invalid for one or more payment method types on this PaymentIntent. The payment method type '${type}' only supports the following currencies: ${fit.join(', ')}.`,
        'payment_intent_invalid_parameter',
      );
    }
  }
  return [...new Set(types)] as PaymentMethodType[];
}

/** `''` (the SDK's null) clears a list; undefined leaves it as it was. */
function optionalList(params: FormObject, name: string): string[] | null | undefined {
  return params[name] === '' ? null : optionalStringArray(params, name);
}

/** For a create (`current` undefined) or an update of an intent in `currency`. */
export function methodTypeSettings(params: FormObject, currency: string, current?: MethodTypeSettings): MethodTypeSettings {
  const legacy = legacyTypes(params, currency);
  const allowed = optionalList(params, 'allowed_payment_method_types');
  const excluded = optionalList(params, 'excluded_payment_method_types');
  const automaticParam = optionalObject(params, 'automatic_payment_methods');
  if (legacy && (allowed || automaticParam)) {
    throw invalidRequest(
      'You may only specify one of these parameters: payment_method_types, automatic_payment_methods, allowed_payment_method_types.',
      {
        code: 'parameters_exclusive',
        param: 'payment_method_types',
      },
    );
  }
  if (legacy)
    return {
      automatic_payment_methods: null,
      allowed_payment_method_types: null,
      excluded_payment_method_types: null,
      payment_method_types: legacy,
    };
  // An intent created with explicit types keeps them unless new ones are given.
  if (current && current.automatic_payment_methods === null && current.allowed_payment_method_types === null && !allowed && !excluded) {
    legacyTypes({ payment_method_types: current.payment_method_types }, currency);
    return {
      automatic_payment_methods: null,
      allowed_payment_method_types: null,
      excluded_payment_method_types: current.excluded_payment_method_types,
      payment_method_types: current.payment_method_types,
    };
  }

  // Automatic payment methods are on by default since API version 2023-08-16.
  let automatic = current ? current.automatic_payment_methods : { allow_redirects: 'always' as const, enabled: true as const };
  if (automaticParam) {
    const enabled = optionalBoolean(automaticParam, 'automatic_payment_methods[enabled]', automaticParam.enabled);
    if (enabled === undefined) throw parameterMissing('automatic_payment_methods[enabled]');
    const allowRedirects = optionalEnum(automaticParam, 'allow_redirects', ['always', 'never'] as const) ?? 'always';
    automatic = enabled ? { allow_redirects: allowRedirects, enabled: true } : null;
  }
  const allowedList = allowed !== undefined ? allowed : (current?.allowed_payment_method_types ?? null);
  const excludedList = excluded !== undefined ? excluded : (current?.excluded_payment_method_types ?? null);
  if (!automatic && !allowedList) throw parameterMissing('allowed_payment_method_types');
  const types = paymentMethodTypes.filter(
    (type) =>
      (!allowedList || allowedList.includes(type)) &&
      !excludedList?.includes(type) &&
      fitsCurrency(type, currency) &&
      (automatic?.allow_redirects !== 'never' || !redirectMethodTypes.includes(type)),
  );
  if (types.length === 0) {
    throw invalidRequest(
      `No payment method type is left for a ${currency} payment. The Stripe emulator offers card, and ideal and bancontact in eur.`,
      { param: allowedList ? 'allowed_payment_method_types' : 'currency' },
    );
  }
  return {
    automatic_payment_methods: automatic,
    allowed_payment_method_types: allowedList,
    excluded_payment_method_types: excludedList,
    payment_method_types: types,
  };
}
