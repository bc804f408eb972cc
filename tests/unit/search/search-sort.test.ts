import { describe, expect, it } from 'vitest';
import { isSearchSortKey, sortSearchHits, type SortableItem } from '../../../src/features/search/search-sort.ts';

const items: Record<string, SortableItem> = {
  a: { priceCents: 5000, rating: 4.5, ratingCount: 2, publishedAt: '2024-03-01' },
  b: { priceCents: 2500, rating: 0, publishedAt: '2025-01-10' },
  c: { priceCents: 5000, rating: 4.5, ratingCount: 9, publishedAt: '2023-06-30' },
  d: { priceCents: 9900, rating: 3, publishedAt: '2025-01-10' },
};
const ranked = ['a', 'b', 'c', 'd'];
const sorted = (key: Parameters<typeof sortSearchHits>[1]) => sortSearchHits(ranked, key, (slug) => items[slug]);

describe('sortSearchHits', () => {
  it('keeps the ranking for relevance', () => {
    expect(sorted('relevance')).toEqual(ranked);
  });

  it('sorts by price, keeping the better match first on a tie', () => {
    expect(sorted('price-asc')).toEqual(['b', 'a', 'c', 'd']);
    expect(sorted('price-desc')).toEqual(['d', 'a', 'c', 'b']);
  });

  it('sorts by date and by rating (more reviews first, unreviewed last)', () => {
    expect(sorted('newest')).toEqual(['b', 'd', 'a', 'c']);
    expect(sorted('rating')).toEqual(['c', 'a', 'd', 'b']);
  });

  it('puts hits without facts last, in their ranking order', () => {
    expect(sortSearchHits(['x', 'a', 'y', 'b'], 'price-asc', (slug) => items[slug])).toEqual(['b', 'a', 'x', 'y']);
  });

  it('knows its keys', () => {
    expect(isSearchSortKey('newest')).toBe(true);
    expect(isSearchSortKey('popular')).toBe(false);
  });
});
