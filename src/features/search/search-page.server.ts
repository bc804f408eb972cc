/**
 * The search page's data, rendered on the server for every request (/zoeken, /en/search): the
 * URL state (search-url.ts), the same provider and ranking as the search field, facet counts
 * over live stock, one page of products. Without JavaScript this is the whole search; with it,
 * the page only swaps in this same HTML for a new URL (search-page-enhance.ts).
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import type { CatalogProduct } from '../catalog/catalog-store.ts';
import { pageCount, pageSize } from '../catalog/pagination.ts';
import { activeFilters, type ActiveFilter } from './active-filters.ts';
import { facetPanel, facetVocabulary, type FacetPanel, type FacetVocabulary } from './facet-options.ts';
import { availableByProduct } from './live-stock.server.ts';
import { localeSearch, providerWithStock, type LocaleSearch } from './search-catalog.server.ts';
import {
  emptySearchState,
  hasFilters,
  parseSearchState,
  searchHref,
  serializeSearchState,
  toFacetFilters,
  type SearchState,
} from './search-url.ts';
import type { CategorySuggestion } from './suggestions.ts';
import { categoryPath } from '../../lib/shop-paths.ts';

export type SearchPageData = {
  state: SearchState;
  products: CatalogProduct[];
  /** Products after filters, over all pages. */
  total: number;
  pages: number;
  panel: FacetPanel;
  chips: ActiveFilter[];
  filtered: boolean;
  /** The same search without filters: "clear all". */
  clearHref: string;
  /** When the query found nothing: a corrected query, categories and popular products to go to. */
  empty: { didYouMean: { query: string; href: string } | null; categories: CategorySuggestion[]; popular: CatalogProduct[] } | undefined;
};

export type SearchPageResult = { redirect: string } | { data: SearchPageData };

const vocabularies = new WeakMap<LocaleSearch, FacetVocabulary>();

function vocabularyOf(search: LocaleSearch): FacetVocabulary {
  let vocabulary = vocabularies.get(search);
  if (!vocabulary) {
    vocabulary = facetVocabulary([...search.productsBySlug.values()], search.categories);
    vocabularies.set(search, vocabulary);
  }
  return vocabulary;
}

export async function loadSearchPage(locale: Locale, url: URL): Promise<SearchPageResult> {
  const state = parseSearchState(url.searchParams, locale);
  // One search, one URL: a GET form sends empty fields and default values; send the shopper on
  // to the short form, which is also what gets shared.
  const canonical = serializeSearchState(state, locale);
  if (new URLSearchParams(url.search).toString() !== canonical) return { redirect: searchHref(locale, state) };

  const [search, stock] = await Promise.all([localeSearch(locale), availableByProduct()]);
  const provider = providerWithStock(search, stock);
  const response = await provider.search({
    query: state.query,
    filters: toFacetFilters(state),
    sort: state.sort,
    limit: pageSize,
    offset: (state.page - 1) * pageSize,
  });
  const pages = pageCount(response.total);
  if (state.page > pages) return { redirect: searchHref(locale, { ...state, page: pages }) };

  const vocabulary = vocabularyOf(search);
  const bySlug = (slug: string) => search.productsBySlug.get(slug);
  const products = response.hits.map((hit) => bySlug(hit.slug)).filter((p) => p !== undefined);
  const suggestions = response.suggestions;
  return {
    data: {
      state,
      products,
      total: response.total,
      pages,
      panel: facetPanel(
        vocabulary,
        response.facets ?? { total: 0, categories: {}, colors: {}, sizes: {}, prices: {}, inStock: 0, ratings: {}, priceSpan: undefined },
        state,
        locale,
      ),
      chips: activeFilters(vocabulary, state, locale),
      filtered: hasFilters(state),
      clearHref: searchHref(locale, { ...emptySearchState, query: state.query, sort: state.sort }),
      empty: suggestions
        ? {
            didYouMean: suggestions.didYouMean
              ? { query: suggestions.didYouMean, href: searchHref(locale, { ...emptySearchState, query: suggestions.didYouMean }) }
              : null,
            categories: suggestions.categories.map((c) => ({ slug: c.slug, name: c.name[locale], href: categoryPath(locale, c.slug) })),
            popular: suggestions.products.map((doc) => bySlug(doc.slug)).filter((p) => p !== undefined),
          }
        : undefined,
    },
  };
}
