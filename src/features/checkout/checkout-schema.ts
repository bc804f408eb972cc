/**
 * The checkout's validation: contact, address and delivery, with the very schemas the server
 * applies to POST /api/checkout/payment (src/features/orders/checkout-request.ts, which builds
 * on the address feature's postcode and house-number schemas). A field the form accepts is a
 * field the payment endpoint accepts, and both word a mistake the same way, in Dutch or English.
 *
 * Server-side only: the form asks POST /api/checkout/validate (validate-endpoint.server.ts),
 * which answers with these functions. Shipping the classic zod build to the browser instead
 * was measured: lazily loaded it still moved ~9 KB (compressed) of zod's core into the chunk
 * every page shares with the cart badge (zod/mini and classic share that core, and the bundler
 * keeps what either needs), besides ~19 KB for the checkout itself.
 */
import type { z } from 'zod';
import { validationErrorMap } from '../../lib/http/api-error.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { additionSchema, countrySchema, houseNumberSchema, postcodeSchema } from '../addresses/postcode.ts';
import { checkoutContactSchema, checkoutPaymentRequestSchema, orderAddressSchema, type OrderAddress } from '../orders/checkout-request.ts';
import { orderMessages } from '../orders/messages.ts';
import type { ShippingCountry } from '../shipping/delivery-promise.ts';
import type { CheckoutDraft } from './checkout-draft.ts';
import { detailsFields, type CheckoutField, type FieldErrors } from './checkout-fields.ts';

export type { CheckoutField, FieldErrors };

export type Contact = z.output<ReturnType<typeof checkoutContactSchema>>;

export type DetailsResult = { ok: true; contact: Contact; address: OrderAddress } | { ok: false; errors: FieldErrors };

/** The server's schema for one field, for the country the address is in. */
export function fieldSchema(field: CheckoutField, country: ShippingCountry, locale: Locale): z.ZodType {
  const contact = checkoutContactSchema(locale).shape;
  const address = orderAddressSchema(locale).in.shape;
  switch (field) {
    case 'email':
      return contact.email;
    case 'name':
      return contact.name;
    case 'phone':
      return contact.phone;
    case 'country':
      return countrySchema(locale);
    case 'postcode':
      return postcodeSchema(country, locale);
    case 'houseNumber':
      return houseNumberSchema(country, locale);
    case 'addition':
      return additionSchema(country, locale);
    case 'street':
      return address.street;
    case 'city':
      return address.city;
    case 'shippingMethodId':
      return checkoutPaymentRequestSchema(locale).shape.shippingMethodId;
  }
}

function firstMessage(error: z.ZodError, locale: Locale): string {
  // Parsed with validationErrorMap, every issue carries a message; the fallback is for safety.
  return error.issues[0]?.message || orderMessages[locale].field.checkoutId;
}

/** What is wrong with one value, or undefined when the server would accept it. */
export function validateField(field: CheckoutField, value: string, country: ShippingCountry, locale: Locale): string | undefined {
  const result = fieldSchema(field, country, locale).safeParse(value, { error: validationErrorMap(locale) });
  return result.success ? undefined : firstMessage(result.error, locale);
}

/** Step 1: contact and address, every field judged, all messages at once. */
export function validateDetails(draft: CheckoutDraft, locale: Locale): DetailsResult {
  const errors: FieldErrors = {};
  for (const field of detailsFields) {
    const message = validateField(field, field === 'country' ? draft.country : draft[field], draft.country, locale);
    if (message !== undefined) errors[field] = message;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // The same objects the server parses, so normalisation (postcode "1017 SG", e-mail in lower case) matches too.
  const options = { error: validationErrorMap(locale) };
  const contact = checkoutContactSchema(locale).safeParse({ email: draft.email, name: draft.name, phone: draft.phone }, options);
  const address = orderAddressSchema(locale).safeParse(
    {
      country: draft.country,
      postcode: draft.postcode,
      houseNumber: draft.houseNumber,
      addition: draft.addition,
      street: draft.street,
      city: draft.city,
    },
    options,
  );
  if (!contact.success || !address.success) {
    for (const issue of [...(contact.error?.issues ?? []), ...(address.error?.issues ?? [])]) {
      const field = issue.path[0];
      if (typeof field === 'string' && !(field in errors)) errors[field as CheckoutField] = issue.message;
    }
    return { ok: false, errors };
  }
  return { ok: true, contact: contact.data, address: address.data };
}

/** Step 2: a delivery method that the server's schema accepts and that ships to the country. */
export function validateDelivery(draft: CheckoutDraft, offered: readonly string[], locale: Locale): FieldErrors {
  const message = validateField('shippingMethodId', draft.shippingMethodId, draft.country, locale);
  if (message !== undefined) return { shippingMethodId: message };
  return offered.includes(draft.shippingMethodId) ? {} : { shippingMethodId: orderMessages[locale].field.shippingMethod };
}
