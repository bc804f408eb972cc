/**
 * What a build (or a server on its first search) makes of the catalog for search, in one
 * locale: the delivery decision (search-delivery.ts) on the compressed size of the browser's
 * payload, the static index file when search runs in the browser, and the index the server
 * answers from. No catalog access of its own, so the browser benchmark
 * (scripts/bench-search-browser.ts) makes exactly what the shop makes for a generated catalog.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Locale } from '../../lib/i18n/locales.ts';
import { createSearchPayload, type SuggestionMedia } from './search-payload.ts';
import { chooseSearchDelivery, SEARCH_TRANSFER_BUDGET, type SearchDelivery } from './search-delivery.ts';
import { buildSearchIndex, serializeIndex, type IndexableCategory, type IndexableProduct, type SearchIndex } from './search-index.ts';

/**
 * Compressed bytes of the code that runs the browser index: engine, island and the Solid
 * runtime, as measured on the build (README.md). Part of the transfer budget.
 */
export const SEARCH_CODE_BROTLI_BYTES = 24 * 1024;

/**
 * Brotli quality of the estimate: the production server compresses responses at 6
 * (scripts/lib/http-server.ts), so that is what a shopper downloads; it also keeps the
 * estimate fast enough to compute on a server's first request.
 */
const ESTIMATE_QUALITY = 6;

/** Served from /search-index/<locale>.<hash>.json by src/pages/search-index/[file].json.ts. */
export type SearchIndexFile = { name: string; href: string; body: string };

export type SearchBuild = {
  delivery: SearchDelivery;
  indexFile: SearchIndexFile | undefined;
  /** The compact index when the browser has the same (both rank alike), else the full-text one. */
  index: SearchIndex;
};

export function buildSearch(
  products: readonly IndexableProduct[],
  categories: readonly IndexableCategory[],
  media: ReadonlyMap<string, SuggestionMedia>,
  locale: Locale,
): SearchBuild {
  const compact = buildSearchIndex(products, locale, { categories, scope: 'compact' });
  const body = createSearchPayload(serializeIndex(compact), media);
  const raw = Buffer.byteLength(body);
  // Far over the budget even at an unrealistic 20x compression: no need to compress to know.
  const compressed =
    raw > 20 * SEARCH_TRANSFER_BUDGET
      ? raw
      : brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: ESTIMATE_QUALITY } }).length;
  const delivery = chooseSearchDelivery({ indexBrotliBytes: compressed, codeBrotliBytes: SEARCH_CODE_BROTLI_BYTES });
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const name = `${locale}.${hash}`;
  return {
    delivery,
    indexFile: delivery === 'browser' ? { name, href: `/search-index/${name}.json`, body } : undefined,
    index: delivery === 'browser' ? compact : buildSearchIndex(products, locale, { categories, scope: 'full' }),
  };
}
