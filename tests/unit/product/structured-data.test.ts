import { describe, expect, it } from 'vitest';
import {
  commonSkuPrefix,
  offerJsonLd,
  productJsonLd,
  serializeJsonLd,
  type ProductJsonLdInput,
} from '../../../src/features/catalog/structured-data.ts';

const product: ProductJsonLdInput['product'] = {
  slug: 'regenjas-test',
  name: { nl: 'Regenjas Test', en: 'Test rain jacket' },
  description: { nl: 'Een jas.\n\nWaterdicht.', en: 'A jacket.\n\nWaterproof.' },
  materials: { nl: '100% polyester', en: '100% polyester' },
  colors: [
    { id: 'geel', name: { nl: 'Geel', en: 'Yellow' }, hex: '#f2c230' },
    { id: 'zwart', name: { nl: 'Zwart', en: 'Black' }, hex: '#111111' },
  ],
  variants: [
    { sku: 'PB-TEST-GE-M', color: 'geel', size: 'M', priceCents: 7495, compareAtPriceCents: 8995, initialStock: 0 },
    { sku: 'PB-TEST-GE-L', color: 'geel', size: 'L', priceCents: 7495, compareAtPriceCents: 8995, initialStock: 3 },
    { sku: 'PB-TEST-ZW-M', color: 'zwart', size: 'M', priceCents: 7495, compareAtPriceCents: 8995, initialStock: 0 },
  ],
};

const input = (overrides: Partial<ProductJsonLdInput> = {}): ProductJsonLdInput => ({
  product,
  locale: 'nl',
  url: 'https://shop.example/p/regenjas-test',
  imageUrls: ['https://shop.example/_astro/a.webp', 'https://shop.example/_astro/b.webp'],
  brandName: 'Plensbui',
  rating: { count: 2, average: 4.5, distribution: [0, 0, 0, 1, 1] },
  reviews: [{ rating: 5, title: 'Top', body: 'Droog gebleven.', author: 'Sanne', date: '2026-01-02', locale: 'nl' }],
  shipping: {
    freeShippingThresholdCents: 5000,
    methods: [{ id: 'standard', countries: ['NL'], priceCents: 495, cutoff: '22:00', transitDays: 1, shipsOn: ['mon', 'tue'] }],
  },
  returns: { windowDays: 30, free: true },
  currency: 'EUR',
  ...overrides,
});

describe('commonSkuPrefix', () => {
  it('is the shared model number of the variant SKUs, or the one SKU', () => {
    expect(commonSkuPrefix(['PB-WOLKJ-NB-XS', 'PB-WOLKJ-ZW-M'])).toBe('PB-WOLKJ');
    expect(commonSkuPrefix(['PB-TAS-ZW'])).toBe('PB-TAS-ZW');
    expect(commonSkuPrefix(['A-1', 'B-1'])).toBe('A-1');
    expect(commonSkuPrefix([])).toBe('');
  });
});

describe('productJsonLd', () => {
  it('describes the product in the page language with absolute images, brand, material and colours', () => {
    const data = productJsonLd(input());
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Regenjas Test',
      description: 'Een jas.\n\nWaterdicht.',
      image: ['https://shop.example/_astro/a.webp', 'https://shop.example/_astro/b.webp'],
      url: 'https://shop.example/p/regenjas-test',
      sku: 'PB-TEST',
      brand: { '@type': 'Brand', name: 'Plensbui' },
      material: '100% polyester',
      color: 'Geel, Zwart',
    });
    expect(productJsonLd(input({ locale: 'en' }))).toMatchObject({ name: 'Test rain jacket', color: 'Yellow, Black' });
  });

  it('one Offer with a decimal price, the former price as strikethrough, build-time availability', () => {
    const offer = offerJsonLd(input());
    expect(offer).toMatchObject({
      '@type': 'Offer',
      price: '74.95',
      priceCurrency: 'EUR',
      availability: 'https://schema.org/InStock',
      itemCondition: 'https://schema.org/NewCondition',
      url: 'https://shop.example/p/regenjas-test',
      priceSpecification: {
        '@type': 'UnitPriceSpecification',
        priceType: 'https://schema.org/StrikethroughPrice',
        price: '89.95',
        priceCurrency: 'EUR',
      },
    });
    const soldOut = { ...product, variants: product.variants.map((v) => ({ ...v, initialStock: 0 })) };
    expect(offerJsonLd(input({ product: soldOut }))['availability']).toBe('https://schema.org/OutOfStock');
  });

  it('an AggregateOffer with the price range when variants cost different amounts', () => {
    const mixed = { ...product, variants: [{ ...product.variants[0]!, priceCents: 6995 }, product.variants[1]!] };
    expect(offerJsonLd(input({ product: mixed }))).toMatchObject({
      '@type': 'AggregateOffer',
      lowPrice: '69.95',
      highPrice: '74.95',
      offerCount: 2,
      priceCurrency: 'EUR',
      availability: 'https://schema.org/InStock',
    });
  });

  it('shipping of the default method (free from the threshold) and the return policy from the shop terms', () => {
    const offer = offerJsonLd(input());
    expect(offer['shippingDetails']).toMatchObject({
      '@type': 'OfferShippingDetails',
      shippingRate: { '@type': 'MonetaryAmount', value: '0.00', currency: 'EUR' },
      shippingDestination: [{ '@type': 'DefinedRegion', addressCountry: 'NL' }],
      deliveryTime: { transitTime: { minValue: 1, maxValue: 1, unitCode: 'DAY' } },
    });
    const cheap = { ...product, variants: [{ ...product.variants[1]!, priceCents: 995, compareAtPriceCents: undefined }] };
    const cheapOffer = offerJsonLd(
      input({ product: { ...cheap, variants: [{ sku: 'X', color: 'geel', priceCents: 995, initialStock: 1 }] } }),
    );
    expect(cheapOffer['shippingDetails']).toMatchObject({ shippingRate: { value: '4.95' } });
    expect(offer['hasMerchantReturnPolicy']).toEqual({
      '@type': 'MerchantReturnPolicy',
      applicableCountry: ['NL'],
      returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
      merchantReturnDays: 30,
      returnMethod: 'https://schema.org/ReturnByMail',
      returnFees: 'https://schema.org/FreeReturn',
    });
    expect(offerJsonLd(input({ returns: { windowDays: 14, free: false } }))['hasMerchantReturnPolicy']).toMatchObject({
      returnFees: 'https://schema.org/ReturnFeesCustomerResponsibility',
    });
    expect(offerJsonLd(input({ returns: { windowDays: 0, free: false } }))['hasMerchantReturnPolicy']).toMatchObject({
      returnPolicyCategory: 'https://schema.org/MerchantReturnNotPermitted',
    });
  });

  it('aggregateRating and reviews only when there are reviews', () => {
    const data = productJsonLd(input());
    expect(data['aggregateRating']).toEqual({
      '@type': 'AggregateRating',
      ratingValue: 4.5,
      reviewCount: 2,
      bestRating: 5,
      worstRating: 1,
    });
    expect(data['review']).toEqual([
      {
        '@type': 'Review',
        name: 'Top',
        reviewBody: 'Droog gebleven.',
        datePublished: '2026-01-02',
        inLanguage: 'nl',
        author: { '@type': 'Person', name: 'Sanne' },
        reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
      },
    ]);
    const none = productJsonLd(input({ rating: { count: 0, average: 0, distribution: [0, 0, 0, 0, 0] }, reviews: [] }));
    expect(none).not.toHaveProperty('aggregateRating');
    expect(none).not.toHaveProperty('review');
  });
});

describe('serializeJsonLd', () => {
  it('escapes "<" so a text cannot close the script element', () => {
    const text = serializeJsonLd({ name: 'a</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ name: 'a</script><script>alert(1)</script>' });
  });
});
