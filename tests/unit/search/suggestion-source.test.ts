import { describe, expect, it, vi } from 'vitest';
import { createSearchPayload } from '../../../src/features/search/search-payload.ts';
import { buildSearchIndex, serializeIndex } from '../../../src/features/search/search-index.ts';
import { createSuggestionSource } from '../../../src/features/search/suggestion-source.ts';
import type { SuggestResult } from '../../../src/features/search/suggestions.ts';

const product = {
  slug: 'regenjas-wolkbreuk',
  category: 'regenjassen',
  name: { nl: 'Regenjas Wolkbreuk', en: 'Rain jacket Wolkbreuk' },
  shortDescription: { nl: 'Waterdicht.', en: 'Waterproof.' },
  description: { nl: 'Lang.', en: 'Long.' },
  colors: [{ id: 'geel', name: { nl: 'Geel', en: 'Yellow' } }],
  variants: [{ priceCents: 8995 }],
  popularity: 1,
};
const payload = createSearchPayload(
  serializeIndex(buildSearchIndex([product], 'nl')),
  new Map([[product.slug, { image: '/a.svg', from: false }]]),
);
const apiAnswer: SuggestResult = { query: 'jas', products: [], total: 0, didYouMean: null, categories: [] };
const signal = new AbortController().signal;

describe('suggestion source', () => {
  it('searches the index file in the browser, fetched once', async () => {
    const fetcher = vi.fn(async () => new Response(payload));
    const source = createSuggestionSource({
      locale: 'nl',
      indexHref: '/search-index/nl.x.json',
      apiHref: '/api/search',
      limit: 6,
      fetch: fetcher,
    });
    const first = await source.suggest('regnjas', signal);
    await source.suggest('geel', signal);
    expect(first.products[0]).toMatchObject({ slug: 'regenjas-wolkbreuk', image: '/a.svg', href: '/p/regenjas-wolkbreuk' });
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(source.remote()).toBe(false);
  });

  it('asks the endpoint when the build chose the server', async () => {
    const fetcher = vi.fn(async (_url: string | URL | Request) => Response.json(apiAnswer));
    const source = createSuggestionSource({
      locale: 'en',
      indexHref: undefined,
      apiHref: '/api/search',
      limit: 6,
      fetch: fetcher as typeof fetch,
    });
    expect(source.remote()).toBe(true);
    expect(await source.suggest('jas', signal)).toEqual(apiAnswer);
    expect(String(fetcher.mock.calls[0]?.[0])).toBe('/api/search?q=jas&locale=en&limit=6');
  });

  it('falls back to the endpoint when the index file cannot be loaded', async () => {
    const fetcher = vi.fn(async (url: string | URL | Request) =>
      String(url).startsWith('/search-index') ? new Response('gone', { status: 404 }) : Response.json(apiAnswer),
    );
    const source = createSuggestionSource({
      locale: 'nl',
      indexHref: '/search-index/nl.x.json',
      apiHref: '/api/search',
      limit: 6,
      fetch: fetcher as typeof fetch,
    });
    expect(await source.suggest('jas', signal)).toEqual(apiAnswer);
    expect(source.remote()).toBe(true);
  });
});
