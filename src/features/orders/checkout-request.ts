/**
 * What the checkout sends to start paying (POST /api/checkout/payment), as one zod schema the
 * form can use in the browser and the server uses on the request. Every object is strict: a
 * field the server does not know (a `totalCents`, a line's `priceCents`) is refused with a 400,
 * never quietly used. What the shopper pays is always the server's own pricing of the SKUs.
 *
 * `checkoutId` is a UUID the browser makes once per checkout attempt (crypto.randomUUID()) and
 * keeps while it retries: a double click or a retry after a network error with the same id
 * gets the same order and PaymentIntent back. When the cart or the details change, the browser
 * makes a new id; the server refuses an id it has seen with different contents.
 */
import { z } from 'zod';
import { countrySchema, parsePostalAddress, type AddressCountry } from '../addresses/postcode.ts';
import { discountCodeInputSchema, pricingLineInputSchema } from '../cart/cart-request.ts';
import { maxCartLines } from '../cart/cart-lines.ts';
import { locales, type Locale } from '../../lib/i18n/locales.ts';
import { orderMessages } from './messages.ts';

/** A delivery or billing address as the order stores it. */
export interface OrderAddress {
  country: AddressCountry;
  /** Normalised: "1017 SG", "1000", "10115". */
  postcode: string;
  houseNumber: number;
  /** Normalised: "A", "3", "A-3", "bis". */
  addition?: string | undefined;
  street: string;
  city: string;
}

const emptyAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export function orderAddressSchema(locale: Locale) {
  const m = orderMessages[locale].field;
  return z
    .strictObject({
      country: countrySchema(locale),
      postcode: z.string(),
      /** May hold the addition too ("12a"); a separate `addition` wins. */
      houseNumber: z.union([z.string(), z.number().int().transform(String)]),
      addition: z.preprocess(emptyAsUndefined, z.string().optional()),
      street: z.string({ error: m.street }).trim().min(1, m.street).max(100),
      city: z.string({ error: m.city }).trim().min(1, m.city).max(80),
    })
    .transform((input, ctx): OrderAddress => {
      const parsed = parsePostalAddress(input, locale, ctx);
      if (!parsed) return z.NEVER;
      return { country: input.country, ...parsed, street: input.street, city: input.city };
    });
}

export function checkoutContactSchema(locale: Locale) {
  const m = orderMessages[locale].field;
  return z.strictObject({
    email: z
      .string({ error: m.email })
      .trim()
      .toLowerCase()
      .max(254, m.email)
      .pipe(z.email({ error: m.email })),
    name: z.string({ error: m.name }).trim().min(1, m.name).max(100),
    phone: z.preprocess(
      emptyAsUndefined,
      z
        .string({ error: m.phone })
        .trim()
        .regex(/^\+?[0-9][0-9 ()-]{5,19}$/, m.phone)
        .optional(),
    ),
  });
}

export function checkoutPaymentRequestSchema(locale: Locale) {
  const m = orderMessages[locale].field;
  return z.strictObject({
    checkoutId: z.uuid({ error: m.checkoutId }),
    /** The language of the order: its e-mails and pages. */
    locale: z.enum(locales),
    lines: z.array(pricingLineInputSchema.strict()).min(1, m.lines).max(maxCartLines),
    contact: checkoutContactSchema(locale),
    shippingAddress: orderAddressSchema(locale),
    /** Absent: the same as the shipping address. */
    billingAddress: orderAddressSchema(locale).optional(),
    shippingMethodId: z.string({ error: m.shippingMethod }).regex(/^[a-z0-9-]{1,40}$/, m.shippingMethod),
    discountCode: z.preprocess(emptyAsUndefined, discountCodeInputSchema.optional()),
    consent: z.strictObject({
      /** Unticked by default in the form; true only when the shopper ticked it. */
      marketing: z.boolean(),
    }),
  });
}

export type CheckoutPaymentRequest = z.output<ReturnType<typeof checkoutPaymentRequestSchema>>;
/** What the browser sends (before normalisation), for typing the island's request. */
export type CheckoutPaymentRequestInput = z.input<ReturnType<typeof checkoutPaymentRequestSchema>>;
