import { beforeAll, describe, expect, it } from 'vitest';
import { toFacetItem, type FacetItem } from '../../../src/features/search/facets.ts';
import { buildSearchIndex, type SearchIndex } from '../../../src/features/search/search-index.ts';
import { createLocalSearchProvider } from '../../../src/features/search/search-provider.ts';
import { search } from '../../../src/features/search/search.ts';
import { readCatalog, type Catalog } from '../catalog/read-catalog.ts';

let catalog: Catalog;
let index: SearchIndex;
let items: FacetItem[];

beforeAll(async () => {
  catalog = await readCatalog(new URL('../../../content', import.meta.url).pathname);
  index = buildSearchIndex(catalog.products, 'nl', { categories: catalog.categories });
  items = catalog.products.map((p) => ({ ...toFacetItem(p, 4), publishedAt: p.publishedAt }));
});

describe('local search provider', () => {
  it('ranks as search() does, and pages through the matches', async () => {
    const provider = createLocalSearchProvider(index, items);
    const all = search(index, 'regenjas', { limit: Infinity }).map((h) => h.slug);
    const first = await provider.search({ query: 'regenjas', limit: 3 });
    const second = await provider.search({ query: 'regenjas', limit: 3, offset: 3 });
    expect(first.total).toBe(all.length);
    expect([...first.hits, ...second.hits].map((h) => h.slug)).toEqual(all.slice(0, 6));
  });

  it('finds "regnjas" (a typo) and puts a rain jacket first', async () => {
    const { hits } = await createLocalSearchProvider(index).search({ query: 'regnjas', limit: 5 });
    expect(hits[0]?.category).toBe('regenjassen');
  });

  it('browses every product in popularity order without a query, when it has facet data', async () => {
    const provider = createLocalSearchProvider(index, items);
    const browse = await provider.search({ query: '', filters: { categories: ['ponchos'] }, limit: 100 });
    const ponchos = catalog.products.filter((p) => p.category === 'ponchos').sort((a, b) => b.popularity - a.popularity);
    expect(browse.hits.map((h) => h.slug)).toEqual(ponchos.map((p) => p.slug));
    expect(browse.facets?.categories['regenjassen']).toBeGreaterThan(0);
    expect((await createLocalSearchProvider(index).search({ query: ' ' })).hits).toEqual([]);
  });

  it('sorts the filtered matches', async () => {
    const provider = createLocalSearchProvider(index, items);
    const { hits } = await provider.search({ query: 'regenjas', sort: 'price-asc', limit: 50 });
    const prices = hits.map((h) => h.priceCents);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  it('suggests only when the query itself finds nothing, not when filters empty the list', async () => {
    const provider = createLocalSearchProvider(index, items);
    const none = await provider.search({ query: 'xqzwv' });
    expect(none.total).toBe(0);
    expect(none.suggestions?.categories.length).toBeGreaterThan(0);
    const filteredOut = await provider.search({ query: 'regenjas', filters: { minPriceCents: 1_000_000 } });
    expect(filteredOut.total).toBe(0);
    expect(filteredOut.suggestions).toBeUndefined();
  });
});
