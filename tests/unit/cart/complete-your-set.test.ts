import { describe, expect, it } from 'vitest';
import { cartProductSlugs, completeYourSet, maxSetSuggestions } from '../../../src/features/cart/complete-your-set.ts';
import { catalog, products } from './fixtures.ts';

const bySlug = new Map<string, { complementary: readonly string[] }>(products.map((product) => [product.slug, product]));
const lookup = (slug: string) => bySlug.get(slug);

describe('completeYourSet', () => {
  it('suggests the complementary products of the cart, minus what is already in it', () => {
    // The jacket points to broekbanden, regenbroek, helmhoes; broekbanden is in the cart.
    expect(completeYourSet(['regenjas-polder', 'broekbanden'], lookup)).toEqual(['regenbroek', 'helmhoes']);
  });

  it('lets the cart products take turns and never repeats a suggestion', () => {
    const turns = new Map<string, { complementary: readonly string[] }>([
      ['a', { complementary: ['a1', 'a2', 'a3', 'shared'] }],
      ['b', { complementary: ['shared', 'b1'] }],
      ...['a1', 'a2', 'a3', 'b1', 'shared'].map((slug) => [slug, { complementary: [] }] as const),
    ]);
    expect(completeYourSet(['a', 'b'], (slug) => turns.get(slug))).toEqual(['a1', 'shared', 'a2', 'b1']);
    expect(completeYourSet(['b', 'a'], (slug) => turns.get(slug), 10)).toEqual(['shared', 'a1', 'b1', 'a2', 'a3']);
  });

  it(`stops at ${maxSetSuggestions}, or at the limit given`, () => {
    const many = new Map<string, { complementary: readonly string[] }>([['x', { complementary: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'] }]]);
    for (const slug of ['p1', 'p2', 'p3', 'p4', 'p5', 'p6']) many.set(slug, { complementary: [] });
    expect(completeYourSet(['x'], (slug) => many.get(slug))).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(completeYourSet(['x'], (slug) => many.get(slug), 2)).toEqual(['p1', 'p2']);
    expect(completeYourSet(['x'], (slug) => many.get(slug), 0)).toEqual([]);
  });

  it('skips unknown products, in the cart and among the links, and copes with an empty cart', () => {
    // regenbroek points to overschoenen, which is not in the catalog.
    expect(completeYourSet(['regenbroek', 'vanished'], lookup)).toEqual(['regenjas-polder', 'broekbanden']);
    expect(completeYourSet([], lookup)).toEqual([]);
    expect(completeYourSet(['helmhoes', 'helmhoes'], lookup)).toEqual([]);
  });
});

describe('cartProductSlugs', () => {
  it('lists products newest first, once each, skipping unknown SKUs', () => {
    const lines = [
      { sku: 'JAS-GEEL-M', addedAt: 1 },
      { sku: 'BAND-OR', addedAt: 3 },
      { sku: 'GONE', addedAt: 4 },
      { sku: 'JAS-NAVY-M', addedAt: 5 },
      { sku: 'HOES-GEEL', addedAt: 2 },
    ];
    expect(cartProductSlugs(lines, (sku) => catalog.get(sku)?.productSlug)).toEqual(['regenjas-polder', 'broekbanden', 'helmhoes']);
  });

  it('breaks ties in addedAt by cart position, later first', () => {
    const lines = [
      { sku: 'BAND-OR', addedAt: 1 },
      { sku: 'HOES-GEEL', addedAt: 1 },
    ];
    expect(cartProductSlugs(lines, (sku) => catalog.get(sku)?.productSlug)).toEqual(['helmhoes', 'broekbanden']);
  });
});
