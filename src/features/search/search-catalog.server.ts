/**
 * The catalog as search sees it, per locale, built once per process (at build time for the
 * static index file and every prerendered page's search field; on the server for the search
 * page and /api/search) and kept in memory:
 *
 * - the delivery decision (search-delivery.ts) on the compressed size of the browser payload;
 * - the static index file (name with a content hash, body) when search runs in the browser;
 * - the index the server answers from: the compact one when the browser has the same (so the
 *   suggestions and the search page rank identically), the full-text one when the server
 *   answers every query anyway;
 * - facet items and products by slug for the search page.
 *
 * Building is deterministic, so the prerendered pages and the server compute the same file
 * name without sharing anything but the catalog.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Locale } from '../../lib/i18n/locales.ts';
import { allProducts, categoriesInOrder, ratingOf, type CatalogCategory, type CatalogProduct } from '../catalog/catalog-store.ts';
import { mainImage } from '../catalog/main-image.ts';
import { productPrice } from '../catalog/product-price.ts';
import { toFacetItem, type FacetItem } from './facets.ts';
import { withLiveStock } from './live-stock.ts';
import { createSearchPayload, type SuggestionMedia } from './search-payload.ts';
import { chooseSearchDelivery, SEARCH_TRANSFER_BUDGET, type SearchDelivery } from './search-delivery.ts';
import { buildSearchIndex, serializeIndex, type SearchIndex } from './search-index.ts';
import { createLocalSearchProvider, type SearchProvider } from './search-provider.ts';

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

export type LocaleSearch = {
  locale: Locale;
  delivery: SearchDelivery;
  indexFile: SearchIndexFile | undefined;
  index: SearchIndex;
  media: ReadonlyMap<string, SuggestionMedia>;
  /** Stock from the catalog's initialStock; the search page overlays live stock. */
  facetItems: readonly FacetItem[];
  productsBySlug: ReadonlyMap<string, CatalogProduct>;
  categories: readonly CatalogCategory[];
};

function mediaOf(products: readonly CatalogProduct[]): Map<string, SuggestionMedia> {
  return new Map(
    products.map((product) => [product.slug, { image: mainImage(product)?.src.src, from: productPrice(product.variants).varies }]),
  );
}

async function facetItemsOf(products: readonly CatalogProduct[]): Promise<FacetItem[]> {
  return Promise.all(
    products.map(async (product) => {
      const rating = await ratingOf(product.slug);
      return { ...toFacetItem(product, rating.average), ratingCount: rating.count, publishedAt: product.publishedAt };
    }),
  );
}

async function buildLocaleSearch(locale: Locale): Promise<LocaleSearch> {
  const [products, categories] = await Promise.all([allProducts(), categoriesInOrder()]);
  const media = mediaOf(products);
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
    locale,
    delivery,
    indexFile: delivery === 'browser' ? { name, href: `/search-index/${name}.json`, body } : undefined,
    index: delivery === 'browser' ? compact : buildSearchIndex(products, locale, { categories, scope: 'full' }),
    media,
    facetItems: await facetItemsOf(products),
    productsBySlug: new Map(products.map((product) => [product.slug, product])),
    categories,
  };
}

const cache = new Map<Locale, Promise<LocaleSearch>>();

export function localeSearch(locale: Locale): Promise<LocaleSearch> {
  let pending = cache.get(locale);
  if (!pending) {
    pending = buildLocaleSearch(locale);
    cache.set(locale, pending);
    pending.catch(() => cache.delete(locale));
  }
  return pending;
}

const providers = new WeakMap<LocaleSearch, { stock: ReadonlyMap<string, number> | undefined; provider: SearchProvider }>();

/**
 * The provider over this locale's index and facet items with the given live stock; rebuilt
 * only when the stock snapshot changes (every 30 s at most, live-stock.server.ts).
 */
export function providerWithStock(search: LocaleSearch, stock: ReadonlyMap<string, number> | undefined): SearchProvider {
  const cached = providers.get(search);
  if (cached && cached.stock === stock) return cached.provider;
  const provider = createLocalSearchProvider(search.index, withLiveStock(search.facetItems, stock));
  providers.set(search, { stock, provider });
  return provider;
}
