/**
 * The seam between the search UI and whatever answers it. The island only knows this
 * interface; which implementation it gets is decided at build time by the size of the index
 * (README.md): the local provider in the browser for small catalogs, the same local provider
 * behind /api/search on the server for large ones, or a fork's own (Meilisearch, Algolia, a
 * commerce API's search) without touching the UI.
 */
import { applyFilters, facetCounts, type FacetCounts, type FacetFilters, type FacetItem } from './facets.ts';
import type { SearchIndex } from './search-index.ts';
import { defaultSearchSort, sortSearchHits, type SearchSortKey } from './search-sort.ts';
import { search, type SearchHit } from './search.ts';
import { suggestWhenEmpty, type EmptySearchSuggestions } from './suggest.ts';

export type SearchRequest = {
  /** Empty: every product in popularity order (browsing a category from its filter form). */
  query: string;
  filters?: FacetFilters;
  /** Hits to return; facets and total always count every match. */
  limit?: number;
  /** Hits to skip, for page 2 and on. */
  offset?: number;
  sort?: SearchSortKey;
};

export type SearchResponse = {
  hits: SearchHit[];
  /** Matches after filters. */
  total: number;
  /** Absent when the provider has no facet data. */
  facets?: FacetCounts;
  /** Present when the query itself matched nothing (filters aside). */
  suggestions?: EmptySearchSuggestions;
};

export interface SearchProvider {
  search(request: SearchRequest): Promise<SearchResponse>;
}

/**
 * Answers from an index in memory. `facetItems` (by slug) adds filtering, facet counts,
 * sorting and browsing without a query; without them filters and sort are ignored and an
 * empty query finds nothing, which keeps the browser payload small when the UI only shows
 * suggestions as you type.
 */
export function createLocalSearchProvider(index: SearchIndex, facetItems?: readonly FacetItem[]): SearchProvider {
  const itemsBySlug = facetItems ? new Map(facetItems.map((item) => [item.slug, item])) : undefined;
  const browseAll = (): SearchHit[] =>
    index.docs.map((doc) => ({
      slug: doc.slug,
      name: doc.name,
      category: doc.category,
      priceCents: doc.priceCents,
      score: 0,
      matches: [],
      colors: [],
    }));
  return {
    async search({ query, filters = {}, limit = 10, offset = 0, sort = defaultSearchSort }) {
      const browsing = !query.trim();
      if (browsing && !itemsBySlug) return { hits: [], total: 0 };
      let hits = browsing ? browseAll() : search(index, query, { limit: itemsBySlug ? Infinity : offset + limit });
      const matchedBeforeFilters = hits.length;
      let facets: FacetCounts | undefined;
      let total = hits.length;
      if (itemsBySlug) {
        const matched = hits.map((hit) => itemsBySlug.get(hit.slug)).filter((item) => item !== undefined);
        facets = facetCounts(matched, filters);
        const passing = new Set(applyFilters(matched, filters).map((item) => item.slug));
        hits = sortSearchHits(
          hits.filter((hit) => passing.has(hit.slug)),
          sort,
          (hit) => itemsBySlug.get(hit.slug),
        );
        total = hits.length;
      }
      hits = hits.slice(offset, offset + limit);
      const response: SearchResponse = { hits, total };
      if (facets) response.facets = facets;
      if (matchedBeforeFilters === 0 && !browsing) response.suggestions = suggestWhenEmpty(index, query);
      return response;
    },
  };
}
