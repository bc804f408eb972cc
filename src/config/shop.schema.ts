/** The shape of src/config/shop.ts; one schema so a fork's mistake is caught at build time. */
import { z } from 'zod';

const localized = z.object({ nl: z.string().min(1), en: z.string().min(1) });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM, 24-hour');
const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
/** Countries the shop ships to; the address forms and postcode rules follow this list. */
export const shopCountries = ['NL', 'BE', 'DE'] as const;
const country = z.enum(shopCountries);

export const shippingMethodSchema = z.object({
  /** Also the key of its name and description in the message catalogs (shipping.<id>.*). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  countries: z.array(country).min(1),
  priceCents: z.number().int().min(0),
  /** Orders paid before this local time leave the warehouse the same day. */
  cutoff: clock,
  /** Working days between dispatch and delivery; 0 means the evening of the dispatch day. */
  transitDays: z.number().int().min(0).max(10),
  shipsOn: z.array(weekday).min(1),
});

export const shopConfigSchema = z.object({
  brand: z.object({
    name: z.string().min(1),
    tagline: localized,
    legalName: z.string().min(1),
    colors: z.object({
      primary: z.string().regex(/^#[0-9a-f]{6}$/i),
      primaryContrast: z.string().regex(/^#[0-9a-f]{6}$/i),
      accent: z.string().regex(/^#[0-9a-f]{6}$/i),
      ink: z.string().regex(/^#[0-9a-f]{6}$/i),
      surface: z.string().regex(/^#[0-9a-f]{6}$/i),
    }),
  }),
  contact: z.object({
    email: z.email(),
    phone: z.string().min(6),
    chatHours: z.array(z.object({ days: z.enum(['mon-fri', 'sat', 'sun']), opens: clock, closes: clock })),
    address: z.object({ street: z.string(), postalCode: z.string(), city: z.string(), country }),
    chamberOfCommerce: z.string(),
    vatNumber: z.string(),
  }),
  social: z.array(z.object({ network: z.enum(['instagram', 'facebook', 'youtube', 'tiktok', 'pinterest']), url: z.url() })),
  currency: z.literal('EUR'),
  /** Standard VAT rate in percent; consumer prices in content/ include it. */
  vatRate: z.number().min(0).max(100),
  paymentMethods: z.array(z.enum(['ideal', 'bancontact', 'card', 'apple-pay', 'google-pay'])).min(1),
  shipping: z.object({
    freeShippingThresholdCents: z.number().int().min(0),
    timeZone: z.string(),
    methods: z.array(shippingMethodSchema).min(1),
  }),
  returns: z.object({ windowDays: z.number().int().min(0), free: z.boolean() }),
  emails: z.object({
    reviewRequestDaysAfterDelivery: z.number().int().min(0),
    usageInstructionsDaysAfterDelivery: z.number().int().min(0),
    nextOrderDiscountDaysAfterDelivery: z.number().int().min(0),
    reengagementDaysAfterOrder: z.number().int().min(0),
    satisfactionSurveyDaysAfterDelivery: z.number().int().min(0),
  }),
});

export type ShopConfig = z.infer<typeof shopConfigSchema>;
export type ShippingMethod = z.infer<typeof shippingMethodSchema>;
