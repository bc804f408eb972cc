/**
 * schema.org JSON-LD for product pages: Product with its offer, shipping, return policy,
 * rating and a few reviews (the BreadcrumbList comes from breadcrumbs.ts, shared with the
 * visible trail). Pure builders: the page passes absolute URLs, the texts in its language and
 * the shop's terms, so tests check the output without a build.
 */
import type { ShopConfig } from '../../config/shop.schema.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { money, toDecimalString } from '../../lib/money.ts';
import type { Product } from './catalog.schema.ts';
import { productPrice } from './product-price.ts';
import type { RatingSummary } from './rating.ts';

export type JsonLd = Record<string, unknown>;

const schema = 'https://schema.org';

type ProductFacts = Pick<Product, 'slug' | 'name' | 'description' | 'colors' | 'materials' | 'variants'>;

export type ReviewFacts = {
  rating: number;
  title: string;
  body: string;
  author: string;
  date: string;
  locale: Locale;
};

export type ProductJsonLdInput = {
  product: ProductFacts;
  locale: Locale;
  /** Absolute canonical URL of the page. */
  url: string;
  /** Absolute image URLs, main image first. */
  imageUrls: readonly string[];
  brandName: string;
  rating: RatingSummary;
  /** The reviews to embed (a few, newest first); the rating covers all of them. */
  reviews: readonly ReviewFacts[];
  shipping: Pick<ShopConfig['shipping'], 'freeShippingThresholdCents' | 'methods'>;
  returns: ShopConfig['returns'];
  currency: ShopConfig['currency'];
};

/** The model number all variant SKUs share ("PB-WOLKJ" of PB-WOLKJ-NB-M ...); the SKU itself for one variant. */
export function commonSkuPrefix(skus: readonly string[]): string {
  const [first, ...rest] = skus;
  if (first === undefined) return '';
  if (rest.length === 0) return first;
  let parts = first.split('-');
  for (const sku of rest) {
    const other = sku.split('-');
    let i = 0;
    while (i < parts.length && parts[i] === other[i]) i += 1;
    parts = parts.slice(0, i);
  }
  return parts.join('-') || first;
}

/**
 * Availability at build time, from the catalog's initialStock: the page is prerendered, so
 * this is what the shop started with, not live stock. Search engines re-crawl far less often
 * than stock changes anyway; the page itself shows live stock through the stock endpoint.
 */
function buildTimeAvailability(variants: ProductFacts['variants']): string {
  return variants.some((v) => v.initialStock > 0) ? `${schema}/InStock` : `${schema}/OutOfStock`;
}

function shippingDetails(input: ProductJsonLdInput, priceCents: number): JsonLd | undefined {
  // The default method (first in the configuration) is the one the page promises.
  const method = input.shipping.methods[0];
  if (!method) return undefined;
  const free = priceCents >= input.shipping.freeShippingThresholdCents;
  return {
    '@type': 'OfferShippingDetails',
    shippingRate: { '@type': 'MonetaryAmount', value: toDecimalString(money(free ? 0 : method.priceCents)), currency: input.currency },
    shippingDestination: method.countries.map((country) => ({ '@type': 'DefinedRegion', addressCountry: country })),
    deliveryTime: {
      '@type': 'ShippingDeliveryTime',
      // Paid before the cut-off it leaves the same day, after it the next ship day.
      handlingTime: { '@type': 'QuantitativeValue', minValue: 0, maxValue: 1, unitCode: 'DAY' },
      transitTime: { '@type': 'QuantitativeValue', minValue: method.transitDays, maxValue: method.transitDays, unitCode: 'DAY' },
    },
  };
}

function returnPolicy(input: ProductJsonLdInput): JsonLd {
  const countries = [...new Set(input.shipping.methods.flatMap((m) => m.countries))];
  const { windowDays, free } = input.returns;
  if (windowDays === 0) {
    return { '@type': 'MerchantReturnPolicy', applicableCountry: countries, returnPolicyCategory: `${schema}/MerchantReturnNotPermitted` };
  }
  return {
    '@type': 'MerchantReturnPolicy',
    applicableCountry: countries,
    returnPolicyCategory: `${schema}/MerchantReturnFiniteReturnWindow`,
    merchantReturnDays: windowDays,
    returnMethod: `${schema}/ReturnByMail`,
    returnFees: free ? `${schema}/FreeReturn` : `${schema}/ReturnFeesCustomerResponsibility`,
  };
}

/** One Offer when every variant costs the same, else an AggregateOffer with the range. */
export function offerJsonLd(input: ProductJsonLdInput): JsonLd {
  const { variants } = input.product;
  const price = productPrice(variants);
  const common: JsonLd = {
    priceCurrency: input.currency,
    availability: buildTimeAvailability(variants),
    url: input.url,
    itemCondition: `${schema}/NewCondition`,
  };
  const shipping = shippingDetails(input, price.price.amount);
  if (shipping) common['shippingDetails'] = shipping;
  common['hasMerchantReturnPolicy'] = returnPolicy(input);

  const samePrice = variants.every(
    (v) => v.priceCents === variants[0]?.priceCents && v.compareAtPriceCents === variants[0]?.compareAtPriceCents,
  );
  if (!samePrice) {
    return {
      '@type': 'AggregateOffer',
      lowPrice: toDecimalString(price.price),
      highPrice: toDecimalString(price.highest),
      offerCount: variants.length,
      ...common,
    };
  }
  const offer: JsonLd = { '@type': 'Offer', price: toDecimalString(price.price), ...common };
  if (price.compareAt) {
    // How Google reads a sale: the former price as a strikethrough price specification.
    offer['priceSpecification'] = {
      '@type': 'UnitPriceSpecification',
      priceType: `${schema}/StrikethroughPrice`,
      price: toDecimalString(price.compareAt),
      priceCurrency: input.currency,
    };
  }
  return offer;
}

export function productJsonLd(input: ProductJsonLdInput): JsonLd {
  const { product, locale } = input;
  const data: JsonLd = {
    '@context': schema,
    '@type': 'Product',
    name: product.name[locale],
    description: product.description[locale],
    image: [...input.imageUrls],
    url: input.url,
    sku: commonSkuPrefix(product.variants.map((v) => v.sku)),
    brand: { '@type': 'Brand', name: input.brandName },
    material: product.materials[locale],
    color: product.colors.map((c) => c.name[locale]).join(', '),
    offers: offerJsonLd(input),
  };
  if (input.rating.count > 0) {
    data['aggregateRating'] = {
      '@type': 'AggregateRating',
      ratingValue: input.rating.average,
      reviewCount: input.rating.count,
      bestRating: 5,
      worstRating: 1,
    };
  }
  if (input.reviews.length > 0) {
    data['review'] = input.reviews.map((review) => ({
      '@type': 'Review',
      name: review.title,
      reviewBody: review.body,
      datePublished: review.date,
      inLanguage: review.locale,
      author: { '@type': 'Person', name: review.author },
      reviewRating: { '@type': 'Rating', ratingValue: review.rating, bestRating: 5, worstRating: 1 },
    }));
  }
  return data;
}

/**
 * The text of a <script type="application/ld+json">: "<" escaped, so a product text containing
 * </script> cannot end the block early (the same rule BaseLayout applies in the head).
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
