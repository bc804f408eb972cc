import { describe, expect, it } from 'vitest';
import { applyFilters, facetCounts, toFacetItem, type FacetItem } from '../../../src/features/search/facets.ts';

const item = (slug: string, over: Partial<FacetItem>): FacetItem => ({
  slug,
  category: 'regenjassen',
  colors: ['zwart'],
  sizes: ['M'],
  priceCents: 9995,
  inStock: true,
  rating: 4.5,
  ...over,
});

const items: FacetItem[] = [
  item('a', {}),
  item('b', { colors: ['geel', 'zwart'], sizes: ['S', 'M'], priceCents: 4995 }),
  item('c', { category: 'fietstassen', colors: ['rood'], sizes: [], priceCents: 2495, rating: 3.2 }),
  item('d', { colors: ['geel'], inStock: false, rating: 0 }),
  item('e', { category: 'ponchos', colors: ['geel'], sizes: ['L'], priceCents: 15995, rating: 2 }),
];

describe('facetCounts', () => {
  it('counts every value without filters', () => {
    const counts = facetCounts(items);
    expect(counts.total).toBe(5);
    expect(counts.categories).toEqual({ regenjassen: 3, fietstassen: 1, ponchos: 1 });
    expect(counts.colors).toEqual({ zwart: 2, geel: 3, rood: 1 });
    expect(counts.sizes).toEqual({ M: 3, S: 1, L: 1 });
    expect(counts.prices).toEqual({ '0-25': 1, '25-50': 1, '50-100': 2, '150-': 1 });
    expect(counts.inStock).toBe(4);
    expect(counts.ratings).toEqual({ 4: 2, 3: 3, 2: 4, 1: 4 });
  });

  it('counts a facet by the other filters only (disjunctive)', () => {
    const counts = facetCounts(items, { colors: ['geel'] });
    expect(counts.total).toBe(3);
    // Colours ignore the colour filter: adding zwart would bring a back.
    expect(counts.colors).toEqual({ zwart: 2, geel: 3, rood: 1 });
    // Other facets follow it.
    expect(counts.categories).toEqual({ regenjassen: 2, ponchos: 1 });
    expect(counts.inStock).toBe(2);
  });

  it('combines facets with AND and values within a facet with OR', () => {
    const filters = { colors: ['geel', 'rood'], categories: ['regenjassen'], inStock: true };
    expect(applyFilters(items, filters).map((i) => i.slug)).toEqual(['b']);
    const counts = facetCounts(items, filters);
    expect(counts.total).toBe(1);
    expect(counts.categories).toEqual({ regenjassen: 1, fietstassen: 1, ponchos: 1 });
    expect(counts.colors).toEqual({ zwart: 2, geel: 1 });
    expect(counts.inStock).toBe(1);
  });

  it('filters by price bucket and minimum rating', () => {
    const filters = { prices: ['50-100'], minRating: 4 };
    expect(applyFilters(items, filters).map((i) => i.slug)).toEqual(['a']);
    const counts = facetCounts(items, filters);
    expect(counts.prices).toEqual({ '25-50': 1, '50-100': 1 });
    expect(counts.ratings[4]).toBe(1);
    expect(counts.ratings[1]).toBe(1);
  });

  it('counts an item that fails two facets nowhere', () => {
    const counts = facetCounts(items, { colors: ['rood'], categories: ['ponchos'] });
    expect(counts.total).toBe(0);
    expect(counts.colors).toEqual({ geel: 1 });
    expect(counts.categories).toEqual({ fietstassen: 1 });
  });

  // Speed at 10k products is measured by scripts/bench-search.ts, not asserted here.
  it('counts 10,000 products the same as filtering them one facet at a time', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      item(`p${i}`, {
        colors: [['zwart', 'geel', 'rood'][i % 3]!],
        priceCents: 1000 + (i % 200) * 100,
        rating: i % 6,
        inStock: i % 7 !== 0,
      }),
    );
    const filters = { colors: ['zwart', 'geel'], inStock: true, minRating: 3 };
    const counts = facetCounts(many, filters);
    const otherFiltersPass = many.filter((p) => p.inStock && p.rating >= 3);
    expect(counts.colors['rood']).toBe(otherFiltersPass.filter((p) => p.colors.includes('rood')).length);
    expect(counts.total).toBe(otherFiltersPass.filter((p) => p.colors.some((c) => c === 'zwart' || c === 'geel')).length);
    expect(counts.total).toBeGreaterThan(0);
  });
});

describe('toFacetItem', () => {
  it('flattens a product: lowest price, stock from any variant', () => {
    const product = {
      slug: 'x',
      category: 'ponchos',
      colors: [{ id: 'geel' }, { id: 'zwart' }],
      sizes: ['S/M', 'L/XL'],
      variants: [
        { priceCents: 3995, initialStock: 0 },
        { priceCents: 3495, initialStock: 2 },
      ],
    };
    expect(toFacetItem(product, 4.2)).toEqual({
      slug: 'x',
      category: 'ponchos',
      colors: ['geel', 'zwart'],
      sizes: ['S/M', 'L/XL'],
      priceCents: 3495,
      inStock: true,
      rating: 4.2,
    });
    expect(toFacetItem({ ...product, sizes: undefined, variants: [{ priceCents: 100, initialStock: 0 }] })).toMatchObject({
      sizes: [],
      inStock: false,
      rating: 0,
    });
  });
});
