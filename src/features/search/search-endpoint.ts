/**
 * GET /api/search as a function of the request and its dependencies, so it is tested without
 * a server; src/pages/api/search.ts only wires it up. The search field uses it when the
 * catalog is too large to search in the browser (search-delivery.ts), and when the browser
 * index could not be loaded.
 *
 *   /api/search?q=regnjas&locale=nl&limit=6[&offset=&category=&color=&size=&price=&min=&max=&stock=1&rating=&sort=]
 *   -> SuggestResult (suggestions.ts): { query, products, total, didYouMean, categories }
 *
 * Filter and sort parameters use the English names of search-url.ts whatever the locale: an
 * API has one vocabulary.
 */
import { z } from 'zod';
import { locales, type Locale } from '../../lib/i18n/locales.ts';
import { json, parseInput } from '../../lib/http/api-error.ts';
import { rateLimitKey, tooManyRequests, type RateLimiter } from '../../lib/http/rate-limit.ts';
import { requestLocale } from '../../lib/http/request-locale.ts';
import type { SuggestionMedia } from './search-payload.ts';
import type { SearchProvider } from './search-provider.ts';
import { parseSearchState, toFacetFilters } from './search-url.ts';
import { toSuggestResult } from './suggestions.ts';

export const searchQuerySchema = z.object({
  q: z.string().max(100),
  locale: z.enum(locales).default('nl'),
  limit: z.coerce.number().int().min(1).max(48).default(6),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

export interface SearchEndpointDeps {
  /** Astro's context.clientAddress. */
  clientAddress: string;
  limiter: RateLimiter;
  searchFor(locale: Locale): Promise<{ provider: SearchProvider; media: (slug: string) => SuggestionMedia | undefined }>;
}

/**
 * 240 a minute per client: typing sends one request per pause (the island waits 120 ms), so a
 * fast typist stays far below; a script scraping the catalog does not.
 */
export const searchRateLimit = { limit: 240, windowMs: 60_000 } as const;

/** Answers depend on the query string only: a CDN or the browser may keep them five minutes. */
export const searchCacheControl = 'public, max-age=300';

export async function handleSearchRequest(request: Request, deps: SearchEndpointDeps): Promise<Response> {
  const url = new URL(request.url);
  const locale = requestLocale(request);
  const decision = await deps.limiter.consume(rateLimitKey('search', deps.clientAddress));
  if (!decision.allowed) return tooManyRequests(decision, locale);

  const raw = Object.fromEntries(
    ['q', 'locale', 'limit', 'offset'].flatMap((key) => {
      const value = url.searchParams.get(key);
      return value === null ? [] : [[key, value]];
    }),
  );
  const input = parseInput(searchQuerySchema, raw, locale);
  if (!input.ok) return input.response;

  const { q, limit, offset } = input.data;
  const state = parseSearchState(url.searchParams, 'en');
  const { provider, media } = await deps.searchFor(input.data.locale);
  const response = await provider.search({ query: q, filters: toFacetFilters(state), limit, offset, sort: state.sort });
  return json(toSuggestResult(q, response, media, input.data.locale), { headers: { 'cache-control': searchCacheControl } });
}
