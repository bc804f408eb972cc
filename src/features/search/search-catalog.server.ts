/**
 * The catalog as search sees it, per locale, built once per process (at build time for the
 * static index file and every prerendered page's search field; on the server for the search
 * page and /api/search) and kept in memory:
 *
 * - the delivery decision, the static index file and the server's index (search-build.ts);
 * - facet items and products by slug for the search page.
 *
 * Building is deterministic, so the prerendered pages and the server compute the same file
 * name without sharing anything but the catalog.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { allProducts, categoriesInOrder, ratingOf, type CatalogCategory, type CatalogProduct } from '../catalog/catalog-store.ts';
import { mainImage } from '../catalog/main-image.ts';
import { productPrice } from '../catalog/product-price.ts';
import { toFacetItem, type FacetItem } from './facets.ts';
import { withLiveStock } from './live-stock.ts';
import type { SuggestionMedia } from './search-payload.ts';
import { buildSearch, type SearchBuild } from './search-build.ts';
import { createLocalSearchProvider, type SearchProvider } from './search-provider.ts';

export type LocaleSearch = SearchBuild & {
  locale: Locale;
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
  return {
    ...buildSearch(products, categories, media, locale),
    locale,
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
