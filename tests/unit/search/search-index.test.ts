import { describe, expect, it } from 'vitest';
import { chooseSearchDelivery, SEARCH_TRANSFER_BUDGET } from '../../../src/features/search/search-delivery.ts';
import { buildSearchIndex, loadIndex, serializeIndex, type IndexableProduct } from '../../../src/features/search/search-index.ts';
import { search } from '../../../src/features/search/search.ts';

const product = (slug: string, nl: string, en: string, popularity: number, colors = ['zwart']): IndexableProduct => ({
  slug,
  category: 'regenjassen',
  name: { nl, en },
  shortDescription: { nl: 'Waterdicht en ademend.', en: 'Waterproof and breathable.' },
  description: { nl: 'Een lange tekst over de capuchon.', en: 'A long text about the hood.' },
  colors: colors.map((id) => ({ id, name: { nl: id, en: id } })),
  variants: [{ priceCents: 4995 }, { priceCents: 3995 }],
  popularity,
});

const products = [product('a', 'Regenjas Een', 'Rain jacket One', 10), product('b', 'Regenjas Twee', 'Rain jacket Two', 50, ['geel'])];

describe('search index', () => {
  it('numbers documents by popularity and keeps what a result shows', () => {
    const index = buildSearchIndex(products, 'nl');
    expect(index.docs.map((d) => d.slug)).toEqual(['b', 'a']);
    expect(index.docs[0]).toEqual({ slug: 'b', name: 'Regenjas Twee', category: 'regenjassen', colors: ['geel'], priceCents: 3995 });
  });

  it('survives serialise and load unchanged', () => {
    const index = buildSearchIndex(products, 'en');
    const loaded = loadIndex(serializeIndex(index));
    expect(loaded.docs).toEqual(index.docs);
    expect(loaded.terms).toEqual(index.terms);
    expect(search(loaded, 'rain jacket two')).toEqual(search(index, 'rain jacket two'));
    expect(loadIndex(JSON.parse(serializeIndex(index))).terms).toEqual(index.terms);
  });

  it('refuses data that is not an index of this format', () => {
    expect(() => loadIndex('{"format":"other"}')).toThrow(/kassa-search/);
  });

  it('leaves the long description out of the compact index only', () => {
    expect(buildSearchIndex(products, 'nl').termIds.has('capuchon')).toBe(false);
    expect(buildSearchIndex(products, 'nl', { scope: 'full' }).termIds.has('capuchon')).toBe(true);
  });

  it('uses category names when given', () => {
    const index = buildSearchIndex(products, 'en', {
      categories: [{ slug: 'regenjassen', name: { nl: 'Regenjassen', en: 'Rain jackets' } }],
    });
    expect(index.termIds.has('rain')).toBe(true);
    expect(search(index, 'jackets').length).toBe(2);
  });
});

describe('chooseSearchDelivery', () => {
  it('keeps search in the browser while index and code fit the budget with room to grow', () => {
    expect(chooseSearchDelivery({ indexBrotliBytes: 50_000, codeBrotliBytes: 5_000 })).toBe('browser');
    expect(chooseSearchDelivery({ indexBrotliBytes: SEARCH_TRANSFER_BUDGET - 5_000, codeBrotliBytes: 5_000 })).toBe('server');
    expect(chooseSearchDelivery({ indexBrotliBytes: 365_000, codeBrotliBytes: 4_400 })).toBe('server');
  });
});
