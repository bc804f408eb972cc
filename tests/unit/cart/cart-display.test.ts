import { describe, expect, it } from 'vitest';
import { cartProductIndex, lineImages, setSuggestions, type CartProduct } from '../../../src/features/cart/cart-display.ts';
import { money } from '../../../src/lib/money.ts';

const image = (src: string) => ({ src, width: 800, height: 800 });

const products: CartProduct[] = [
  {
    slug: 'regenjas-polder',
    name: { nl: 'Regenjas Polder', en: 'Polder rain jacket' },
    complementary: ['broekbanden', 'regenbroek', 'verdwenen'],
    imagesByColor: new Map([
      ['geel', image('/jas-geel.svg')],
      ['navy', image('/jas-navy.svg')],
    ]),
    variants: [
      { sku: 'JAS-GEEL-M', color: 'geel', priceCents: 8995 },
      { sku: 'JAS-NAVY-M', color: 'navy', priceCents: 9495 },
      { sku: 'JAS-ROOD-M', color: 'rood', priceCents: 9495 },
    ],
  },
  {
    slug: 'broekbanden',
    name: { nl: 'Broekbanden', en: 'Trouser bands' },
    complementary: ['regenjas-polder'],
    imagesByColor: new Map([['oranje', image('/banden.svg')]]),
    variants: [{ sku: 'BAND-OR', color: 'oranje', priceCents: 995, compareAtPriceCents: 1295 }],
  },
  {
    slug: 'regenbroek',
    name: { nl: 'Regenbroek', en: 'Rain trousers' },
    complementary: [],
    imagesByColor: new Map([['zwart', image('/broek.svg')]]),
    variants: [
      { sku: 'BROEK-M', color: 'zwart', priceCents: 4999 },
      { sku: 'BROEK-L', color: 'zwart', priceCents: 5499 },
    ],
  },
];
const index = cartProductIndex(products);

describe('what the cart shows beside the prices', () => {
  it('shows each line in the colour in the cart, the main image when that colour has none', () => {
    expect(lineImages(index, ['JAS-NAVY-M', 'JAS-ROOD-M', 'ONBEKEND'])).toEqual({
      'JAS-NAVY-M': image('/jas-navy.svg'),
      'JAS-ROOD-M': image('/jas-geel.svg'),
    });
  });

  it('suggests what completes the set, in the page language, with the lowest price', () => {
    const suggestions = setSuggestions(index, ['JAS-GEEL-M'], 'en');
    expect(suggestions.map((s) => s.slug)).toEqual(['broekbanden', 'regenbroek']);
    expect(suggestions[0]).toMatchObject({ name: 'Trouser bands', price: money(995), compareAt: money(1295), fromPrice: false });
    expect(suggestions[1]).toMatchObject({ name: 'Rain trousers', price: money(4999), fromPrice: true, image: image('/broek.svg') });
  });

  it('never suggests what is already in the cart', () => {
    expect(setSuggestions(index, ['JAS-GEEL-M', 'BAND-OR'], 'nl').map((s) => s.slug)).toEqual(['regenbroek']);
    expect(setSuggestions(index, [], 'nl')).toEqual([]);
  });
});
