/**
 * A small catalog and fixed shop rules for the cart tests, independent of content/ and of
 * src/config/shop.ts, so a fork editing either does not break the arithmetic tests.
 */
import type { ShippingMethod } from '../../../src/config/shop.schema.ts';
import { catalogItemsFromProducts, type PricedProduct } from '../../../src/features/cart/cart-catalog.ts';
import type { PricingRules } from '../../../src/features/cart/cart-pricing.ts';

const color = (id: string, nl: string, en: string) => ({ id, name: { nl, en } });

export const products = [
  {
    slug: 'regenjas-polder',
    name: { nl: 'Regenjas Polder', en: 'Polder rain jacket' },
    colors: [color('geel', 'Geel', 'Yellow'), color('navy', 'Marineblauw', 'Navy')],
    variants: [
      { sku: 'JAS-GEEL-M', color: 'geel', size: 'M', priceCents: 8995, compareAtPriceCents: 10995 },
      { sku: 'JAS-GEEL-L', color: 'geel', size: 'L', priceCents: 8995 },
      { sku: 'JAS-NAVY-M', color: 'navy', size: 'M', priceCents: 9495 },
    ],
    complementary: ['broekbanden', 'regenbroek', 'helmhoes'],
  },
  {
    slug: 'broekbanden',
    name: { nl: 'Broekbanden', en: 'Trouser bands' },
    colors: [color('oranje', 'Signaaloranje', 'Signal orange')],
    variants: [{ sku: 'BAND-OR', color: 'oranje', priceCents: 995 }],
    complementary: ['regenjas-polder', 'helmhoes'],
  },
  {
    slug: 'regenbroek',
    name: { nl: 'Regenbroek', en: 'Rain trousers' },
    colors: [color('zwart', 'Zwart', 'Black')],
    variants: [
      { sku: 'BROEK-ZW-M', color: 'zwart', size: 'M', priceCents: 4999 },
      { sku: 'BROEK-ZW-L', color: 'zwart', size: 'L', priceCents: 1995 },
    ],
    complementary: ['regenjas-polder', 'overschoenen', 'broekbanden'],
  },
  {
    slug: 'helmhoes',
    name: { nl: 'Helmhoes', en: 'Helmet cover' },
    colors: [color('geel', 'Geel', 'Yellow')],
    variants: [{ sku: 'HOES-GEEL', color: 'geel', priceCents: 1 }],
    complementary: [],
  },
] satisfies (PricedProduct & { complementary: string[] })[];

export const catalog = catalogItemsFromProducts(products);

const method = (id: string, countries: ShippingMethod['countries'], priceCents: number): ShippingMethod => ({
  id,
  countries,
  priceCents,
  cutoff: '22:00',
  transitDays: 1,
  shipsOn: ['mon', 'tue', 'wed', 'thu', 'fri'],
});

export const rules: PricingRules = {
  currency: 'EUR',
  vatRate: 21,
  shippingMethods: [method('standard', ['NL'], 495), method('pickup', ['NL', 'BE'], 395), method('standard-be', ['BE'], 695)],
  freeShippingThresholdCents: 5000,
};
