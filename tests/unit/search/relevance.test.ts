import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, loadIndex, serializeIndex, type SearchIndex } from '../../../src/features/search/search-index.ts';
import { search } from '../../../src/features/search/search.ts';
import { suggestWhenEmpty } from '../../../src/features/search/suggest.ts';
import { createLocalSearchProvider } from '../../../src/features/search/search-provider.ts';
import { toFacetItem } from '../../../src/features/search/facets.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import { readCatalog, type Catalog } from '../catalog/read-catalog.ts';
import { caseHolds, relevanceCases } from './relevance-cases.ts';

let catalog: Catalog;
const indexes = {} as Record<Locale, SearchIndex>;

beforeAll(async () => {
  catalog = await readCatalog(new URL('../../../content', import.meta.url).pathname);
  for (const locale of ['nl', 'en'] as const) {
    // Through serialise and load, as the browser and the server get it.
    indexes[locale] = loadIndex(serializeIndex(buildSearchIndex(catalog.products, locale, { categories: catalog.categories })));
  }
});

describe('relevance on the demo catalog', () => {
  it.each(relevanceCases.map((c) => [`${c.locale} "${c.query}" (${c.kind})`, c] as const))('%s', (_, testCase) => {
    const hits = search(indexes[testCase.locale], testCase.query, { limit: 5 });
    const slugs = hits.map((h) => h.slug);
    expect(caseHolds(testCase, slugs), `got ${slugs.slice(0, testCase.within).join(', ') || 'nothing'}`).toBe(true);
  });

  it('also holds for the index with full descriptions (the server index)', () => {
    const full = {
      nl: buildSearchIndex(catalog.products, 'nl', { categories: catalog.categories, scope: 'full' }),
      en: buildSearchIndex(catalog.products, 'en', { categories: catalog.categories, scope: 'full' }),
    };
    const failed = relevanceCases.filter(
      (c) =>
        !caseHolds(
          c,
          search(full[c.locale], c.query, { limit: 5 }).map((h) => h.slug),
        ),
    );
    expect(failed.map((c) => c.query)).toEqual([]);
  });

  it('ranks products that match every word above those that match some', () => {
    const hits = search(indexes.nl, 'gele regenjas', { limit: 20 });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.colors.some((c) => c === 'geel' || c === 'fluogeel')).toBe(true);
  });

  it('reports the colour a query named, so the result can show that variant', () => {
    const [first] = search(indexes.en, 'black poncho');
    expect(first?.colors).toEqual(['zwart']);
  });

  it('reports the matched terms for highlighting', () => {
    const [first] = search(indexes.nl, 'regnjas wolkbreuk');
    expect(first?.slug).toBe('regenjas-wolkbreuk');
    expect(first?.matches).toEqual(expect.arrayContaining(['regenjas', 'wolkbreuk']));
  });

  it('finds nothing for gibberish and an empty query', () => {
    expect(search(indexes.nl, 'xqzvbk')).toEqual([]);
    expect(search(indexes.nl, '   ')).toEqual([]);
  });

  it('keeps the order stable: equal scores go to the more popular product', () => {
    const hits = search(indexes.nl, 'regenjas', { limit: 10 });
    const tied = hits.filter((h) => h.score === hits[0]!.score).map((h) => h.slug);
    const popularity = new Map(catalog.products.map((p) => [p.slug, p.popularity]));
    expect(tied.map((s) => popularity.get(s)!)).toEqual([...tied.map((s) => popularity.get(s)!)].sort((a, b) => b - a));
  });

  it('respects the limit', () => {
    expect(search(indexes.nl, 'regen', { limit: 3 })).toHaveLength(3);
  });
});

describe('suggestWhenEmpty', () => {
  it('offers a correction beyond the typo tolerance, popular categories and products', () => {
    expect(search(indexes.nl, 'rgnjsn')).toEqual([]);
    const suggestions = suggestWhenEmpty(indexes.nl, 'handschnn');
    expect(suggestions.didYouMean).toBe('handschoen');
    expect(suggestions.categories.length).toBeGreaterThan(0);
    expect(suggestions.products[0]?.slug).toBe('regenjas-wolkbreuk');
  });

  it('offers no correction when nothing is close', () => {
    expect(suggestWhenEmpty(indexes.nl, 'xqzvbk').didYouMean).toBeNull();
  });
});

describe('local search provider', () => {
  it('returns hits, totals and facets that follow the query and filters', async () => {
    const items = catalog.products.map((p) => toFacetItem(p, 4));
    const provider = createLocalSearchProvider(indexes.nl, items);
    const all = await provider.search({ query: 'regenjas', limit: 3 });
    expect(all.hits).toHaveLength(3);
    expect(all.facets?.colors['geel']).toBeGreaterThan(0);
    const yellow = await provider.search({ query: 'regenjas', filters: { colors: ['geel'] } });
    expect(yellow.total).toBe(yellow.hits.length);
    expect(yellow.total).toBe(all.facets?.colors['geel']);
    // Disjunctive: picking yellow does not hide the other colours' counts.
    expect(yellow.facets?.colors['zwart']).toBe(all.facets?.colors['zwart']);
  });

  it('suggests something when nothing matches', async () => {
    const provider = createLocalSearchProvider(indexes.nl);
    const response = await provider.search({ query: 'xqzvbk' });
    expect(response.total).toBe(0);
    expect(response.suggestions?.products.length).toBeGreaterThan(0);
  });
});
