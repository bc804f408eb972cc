import { beforeAll, describe, expect, it } from 'vitest';
import { toFacetItem } from '../../../src/features/search/facets.ts';
import { buildSearchIndex, type SearchIndex } from '../../../src/features/search/search-index.ts';
import { handleSearchRequest, searchCacheControl, type SearchEndpointDeps } from '../../../src/features/search/search-endpoint.ts';
import { createLocalSearchProvider } from '../../../src/features/search/search-provider.ts';
import type { SuggestResult } from '../../../src/features/search/suggestions.ts';
import { createMemoryRateLimiter } from '../../../src/lib/http/rate-limit.ts';
import { readCatalog, type Catalog } from '../catalog/read-catalog.ts';

let catalog: Catalog;
const indexes = {} as Record<'nl' | 'en', SearchIndex>;

beforeAll(async () => {
  catalog = await readCatalog(new URL('../../../content', import.meta.url).pathname);
  for (const locale of ['nl', 'en'] as const)
    indexes[locale] = buildSearchIndex(catalog.products, locale, { categories: catalog.categories });
});

function deps(limit = 100): SearchEndpointDeps {
  return {
    clientAddress: '203.0.113.9',
    limiter: createMemoryRateLimiter({ limit, windowMs: 60_000 }),
    async searchFor(locale) {
      return {
        provider: createLocalSearchProvider(
          indexes[locale],
          catalog.products.map((p) => toFacetItem(p)),
        ),
        media: (slug) => ({ image: `/img/${slug}.svg`, from: false }),
      };
    },
  };
}

const get = (query: string, d = deps()) => handleSearchRequest(new Request(`http://shop.test/api/search?${query}`), d);

describe('GET /api/search', () => {
  it('answers suggestions for a query with a typo, cacheable', async () => {
    const response = await get('q=regnjas&locale=nl&limit=3');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(searchCacheControl);
    const body = (await response.json()) as SuggestResult;
    expect(body.products).toHaveLength(3);
    expect(body.products[0]).toMatchObject({ href: expect.stringMatching(/^\/p\/regenjas-/), image: expect.stringMatching(/^\/img\//) });
    expect(body.total).toBeGreaterThan(3);
  });

  it('searches in the requested language, with English filter names', async () => {
    const body = (await (await get('q=rain+jacket&locale=en&color=geel&limit=48')).json()) as SuggestResult;
    expect(body.products.length).toBeGreaterThan(0);
    for (const product of body.products) expect(product.href).toMatch(/^\/en\/p\//);
    const unfiltered = (await (await get('q=rain+jacket&locale=en&limit=48')).json()) as SuggestResult;
    expect(body.total).toBeLessThan(unfiltered.total);
  });

  it('refuses bad input with field messages, never a 500', async () => {
    const response = await get('q=' + 'x'.repeat(101) + '&locale=de&limit=0');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(body.error.code).toBe('invalid_input');
    expect(Object.keys(body.error.fields).sort()).toEqual(['limit', 'locale', 'q']);
    expect((await get('locale=nl')).status).toBe(400);
  });

  it('rate-limits a client', async () => {
    const d = deps(2);
    expect((await get('q=jas', d)).status).toBe(200);
    expect((await get('q=jas', d)).status).toBe(200);
    const limited = await get('q=jas', d);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeTruthy();
  });
});
