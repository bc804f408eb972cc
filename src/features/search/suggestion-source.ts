/**
 * Where the search island gets its suggestions: the static index file searched in the
 * browser, or /api/search, whichever the build chose (search-delivery.ts). If the index file
 * cannot be loaded (a flaky connection, a deploy that replaced it) it falls back to the
 * endpoint, so search as you type degrades to slower, never to nothing.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { readSearchPayload } from './search-payload.ts';
import { createLocalSearchProvider } from './search-provider.ts';
import { toSuggestResult, type SuggestResult } from './suggestions.ts';

export type SuggestionSource = {
  /** Whether each query is a request (then the island waits for a pause in typing). */
  readonly remote: () => boolean;
  suggest(query: string, signal: AbortSignal): Promise<SuggestResult>;
};

export type SuggestionSourceOptions = {
  locale: Locale;
  /** The static index file; absent when search runs on the server. */
  indexHref: string | undefined;
  apiHref: string;
  limit: number;
  fetch?: typeof fetch;
};

function isSuggestResult(value: unknown): value is SuggestResult {
  const data = value as SuggestResult | null;
  return (
    !!data && typeof data === 'object' && Array.isArray(data.products) && typeof data.total === 'number' && Array.isArray(data.categories)
  );
}

export function createSuggestionSource({
  locale,
  indexHref,
  apiHref,
  limit,
  fetch: fetcher = fetch,
}: SuggestionSourceOptions): SuggestionSource {
  let remote = indexHref === undefined;
  // Started at once: the island mounts on the first focus, which is the moment to fetch.
  const local = indexHref
    ? fetcher(indexHref)
        .then((response) => {
          if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
          return response.json();
        })
        .then((data) => {
          const { index, media } = readSearchPayload(data);
          return { provider: createLocalSearchProvider(index), media };
        })
        .catch(() => {
          remote = true;
          return undefined;
        })
    : Promise.resolve(undefined);

  async function fromApi(query: string, signal: AbortSignal): Promise<SuggestResult> {
    const params = new URLSearchParams({ q: query, locale, limit: String(limit) });
    const response = await fetcher(`${apiHref}?${params}`, { signal, headers: { accept: 'application/json' } });
    const data: unknown = await response.json();
    if (!response.ok || !isSuggestResult(data)) throw new Error(`search: HTTP ${response.status}`);
    return data;
  }

  return {
    remote: () => remote,
    async suggest(query, signal) {
      const loaded = await local;
      if (!loaded) return fromApi(query, signal);
      const response = await loaded.provider.search({ query, limit });
      return toSuggestResult(query, response, (slug) => loaded.media.get(slug), locale);
    },
  };
}
