import { describe, expect, it } from 'vitest';
import { applyFilters, facetCounts, type FacetItem } from '../../../src/features/search/facets.ts';

const item = (slug: string, priceCents: number, colors = ['zwart']): FacetItem => ({
  slug,
  category: 'regenjassen',
  colors,
  sizes: [],
  priceCents,
  inStock: true,
  rating: 0,
});
const items = [item('a', 1995), item('b', 4995, ['geel']), item('c', 8995), item('d', 15995, ['geel'])];

describe('typed price range', () => {
  it('keeps prices within the range, both ends included', () => {
    expect(applyFilters(items, { minPriceCents: 4995, maxPriceCents: 8995 }).map((i) => i.slug)).toEqual(['b', 'c']);
    expect(applyFilters(items, { minPriceCents: 5000 }).map((i) => i.slug)).toEqual(['c', 'd']);
    expect(applyFilters(items, { maxPriceCents: 1995 }).map((i) => i.slug)).toEqual(['a']);
  });

  it('narrows the picked buckets', () => {
    expect(applyFilters(items, { prices: ['0-25', '50-100'], maxPriceCents: 5000 }).map((i) => i.slug)).toEqual(['a']);
  });

  it('is part of the price facet: bucket counts ignore it, the other facets follow it', () => {
    const counts = facetCounts(items, { minPriceCents: 5000 });
    expect(counts.total).toBe(2);
    expect(counts.prices).toEqual({ '0-25': 1, '25-50': 1, '50-100': 1, '150-': 1 });
    expect(counts.colors).toEqual({ zwart: 1, geel: 1 });
  });
});

describe('price span (the slider ends)', () => {
  it('spans the products the other filters let through, whatever the price filters', () => {
    expect(facetCounts(items).priceSpan).toEqual({ minCents: 1995, maxCents: 15995 });
    expect(facetCounts(items, { colors: ['geel'], minPriceCents: 10000, prices: ['0-25'] }).priceSpan).toEqual({
      minCents: 4995,
      maxCents: 15995,
    });
    expect(facetCounts(items, { colors: ['rood'] }).priceSpan).toBeUndefined();
  });
});
