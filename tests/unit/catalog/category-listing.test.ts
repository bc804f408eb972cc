import { describe, expect, it } from 'vitest';
import {
  buildCategoryListing,
  canonicalView,
  categoryListingPath,
  listingPages,
  listingRest,
  parseListingRest,
} from '../../../src/features/catalog/category-listing.ts';
import { sortKeys, type SortFacts } from '../../../src/features/catalog/sort.ts';

const product = (i: number): SortFacts => ({
  slug: `p-${String(i).padStart(4, '0')}`,
  popularity: (i * 37) % 101,
  publishedAt: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
  priceCents: 1000 + ((i * 53) % 97) * 100,
  ratingAverage: (i % 5) + 0.5,
  ratingCount: i % 7,
});

describe('listing URLs', () => {
  it('spells each view one way', () => {
    expect(listingRest({ sort: 'popular', page: 1 })).toBeUndefined();
    expect(listingRest({ sort: 'popular', page: 2 })).toBe('popular/2');
    expect(listingRest({ sort: 'price-asc', page: 1 })).toBe('price-asc');
    expect(listingRest({ sort: 'newest', page: 3 })).toBe('newest/3');
  });

  it('parses what it spells and nothing else', () => {
    for (const sort of sortKeys) {
      for (const page of [1, 2, 17]) {
        const view = { sort, page };
        expect(parseListingRest(listingRest(view))).toEqual(view);
      }
    }
    for (const bad of ['popular', 'popular/1', 'price-asc/1', 'price-asc/0', 'price-asc/02', 'cheap', 'rating/2/x', 'rating/two']) {
      expect(parseListingRest(bad), bad).toBeUndefined();
    }
  });

  it('builds paths per locale', () => {
    expect(categoryListingPath('nl', 'regenjassen', { sort: 'popular', page: 1 })).toBe('/c/regenjassen');
    expect(categoryListingPath('nl', 'regenjassen', { sort: 'price-asc', page: 2 })).toBe('/c/regenjassen/price-asc/2');
    expect(categoryListingPath('en', 'regenjassen', { sort: 'popular', page: 3 })).toBe('/en/c/regenjassen/popular/3');
  });

  it('points other orders at the default order of the same page', () => {
    expect(canonicalView({ sort: 'price-desc', page: 1 })).toEqual({ sort: 'popular', page: 1 });
    expect(canonicalView({ sort: 'rating', page: 4 })).toEqual({ sort: 'popular', page: 4 });
  });
});

describe('listing pages', () => {
  it('plans every order times every page, each product once per order', () => {
    const products = Array.from({ length: 2000 }, (_, i) => product(i));
    const listing = buildCategoryListing(products, (p) => p);
    expect(listing.pages).toBe(84);
    const pages = listingPages(listing);
    expect(pages).toHaveLength(84 * sortKeys.length);
    for (const sort of sortKeys) {
      const inOrder = pages.filter((page) => page.view.sort === sort).flatMap((page) => page.items);
      expect(inOrder).toHaveLength(2000);
      expect(new Set(inOrder.map((p) => p.slug)).size).toBe(2000);
    }
    const cheapFirst = pages.filter((page) => page.view.sort === 'price-asc').flatMap((page) => page.items.map((p) => p.priceCents));
    expect(cheapFirst).toEqual([...cheapFirst].sort((a, b) => a - b));
  });

  it('gives an empty category its one empty page per order', () => {
    const pages = listingPages(buildCategoryListing([], (p: SortFacts) => p));
    expect(pages.map((page) => [page.view.page, page.items.length])).toEqual(sortKeys.map(() => [1, 0]));
  });
});
