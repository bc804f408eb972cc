import { describe, expect, it } from 'vitest';
import { isSortKey, sortAll, sortKeys, sortProducts, type SortFacts } from '../../../src/features/catalog/sort.ts';

const item = (slug: string, facts: Partial<SortFacts> = {}): SortFacts => ({
  slug,
  popularity: 0,
  publishedAt: '2024-01-01',
  priceCents: 1000,
  ratingAverage: 0,
  ratingCount: 0,
  ...facts,
});

const slugs = (items: readonly SortFacts[]) => items.map((i) => i.slug);
const sorted = (items: readonly SortFacts[], key: Parameters<typeof sortProducts>[1]) => slugs(sortProducts(items, key, (i) => i));

describe('sortProducts', () => {
  const products = [
    item('b-jacket', { popularity: 50, priceCents: 8995, publishedAt: '2024-05-01', ratingAverage: 4.5, ratingCount: 10 }),
    item('a-poncho', { popularity: 90, priceCents: 3995, publishedAt: '2023-02-01', ratingAverage: 4.5, ratingCount: 30 }),
    item('c-bag', { popularity: 70, priceCents: 12995, publishedAt: '2025-01-10', ratingAverage: 3.9, ratingCount: 40 }),
    item('d-gloves', { popularity: 10, priceCents: 1995, publishedAt: '2024-11-11' }),
  ];

  it('orders by popularity, best sellers first', () => {
    expect(sorted(products, 'popular')).toEqual(['a-poncho', 'c-bag', 'b-jacket', 'd-gloves']);
  });

  it('orders by price both ways', () => {
    expect(sorted(products, 'price-asc')).toEqual(['d-gloves', 'a-poncho', 'b-jacket', 'c-bag']);
    expect(sorted(products, 'price-desc')).toEqual(['c-bag', 'b-jacket', 'a-poncho', 'd-gloves']);
  });

  it('orders by publication date, newest first', () => {
    expect(sorted(products, 'newest')).toEqual(['c-bag', 'd-gloves', 'b-jacket', 'a-poncho']);
  });

  it('orders by rating, then by number of reviews, unreviewed last', () => {
    expect(sorted(products, 'rating')).toEqual(['a-poncho', 'b-jacket', 'c-bag', 'd-gloves']);
  });

  it('breaks every tie by slug, whatever the input order', () => {
    const ties = [item('m'), item('c'), item('x'), item('a')];
    for (const key of sortKeys) {
      expect(sorted(ties, key), key).toEqual(['a', 'c', 'm', 'x']);
      expect(sorted([...ties].reverse(), key), key).toEqual(['a', 'c', 'm', 'x']);
    }
  });

  it('keeps price-desc the mirror of price-asc only where prices differ', () => {
    const samePrice = [item('b', { priceCents: 500 }), item('a', { priceCents: 500 }), item('c', { priceCents: 100 })];
    expect(sorted(samePrice, 'price-asc')).toEqual(['c', 'a', 'b']);
    expect(sorted(samePrice, 'price-desc')).toEqual(['a', 'b', 'c']);
  });

  it('returns a copy and computes the facts once per product', () => {
    const input = [item('b', { popularity: 1 }), item('a', { popularity: 2 })];
    let calls = 0;
    const result = sortProducts(input, 'popular', (i) => {
      calls += 1;
      return i;
    });
    expect(slugs(result)).toEqual(['a', 'b']);
    expect(slugs(input)).toEqual(['b', 'a']);
    expect(calls).toBe(2);
  });

  it('sortAll gives every order, each equal to sortProducts', () => {
    const all = sortAll(products, (i) => i);
    expect(Object.keys(all)).toEqual([...sortKeys]);
    for (const key of sortKeys) expect(slugs(all[key]), key).toEqual(sorted(products, key));
  });

  it('handles an empty list', () => {
    expect(sortProducts([], 'rating', (i: SortFacts) => i)).toEqual([]);
  });
});

describe('isSortKey', () => {
  it('accepts only the known orders', () => {
    expect(isSortKey('price-asc')).toBe(true);
    expect(isSortKey('cheapest')).toBe(false);
    expect(isSortKey(undefined)).toBe(false);
  });
});
