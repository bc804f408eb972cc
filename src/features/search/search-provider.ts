/**
 * The seam between the search UI and whatever answers it. The island only knows this
 * interface; which implementation it gets is decided at build time by the size of the index
 * (README.md): the local provider in the browser for small catalogs, the same local provider
 * behind /api/search on the server for large ones, or a fork's own (Meilisearch, Algolia, a
 * commerce API's search) without touching the UI.
 */
import { applyFilters, facetCounts, type FacetCounts, type FacetFilters, type FacetItem } from './facets.ts';
import type { SearchIndex } from './search-index.ts';
import { search, type SearchHit } from './search.ts';
import { suggestWhenEmpty, type EmptySearchSuggestions } from './suggest.ts';

export type SearchRequest = {
  query: string;
  filters?: FacetFilters;
  /** Hits to return; facets and total always count every match. */
  limit?: number;
};

export type SearchResponse = {
  hits: SearchHit[];
  /** Matches after filters. */
  total: number;
  /** Absent when the provider has no facet data. */
  facets?: FacetCounts;
  /** Present when nothing matched. */
  suggestions?: EmptySearchSuggestions;
};

export interface SearchProvider {
  search(request: SearchRequest): Promise<SearchResponse>;
}

/**
 * Answers from an index in memory. `facetItems` (by slug) adds filtering and facet counts;
 * without them filters are ignored, which keeps the browser payload small when the UI only
 * shows suggestions as you type.
 */
export function createLocalSearchProvider(index: SearchIndex, facetItems?: readonly FacetItem[]): SearchProvider {
  const itemsBySlug = facetItems ? new Map(facetItems.map((item) => [item.slug, item])) : undefined;
  return {
    async search({ query, filters = {}, limit = 10 }) {
      if (!query.trim()) return { hits: [], total: 0 };
      let hits = search(index, query, { limit: itemsBySlug ? Infinity : limit });
      let facets: FacetCounts | undefined;
      let total = hits.length;
      if (itemsBySlug) {
        const matched = hits.map((hit) => itemsBySlug.get(hit.slug)).filter((item) => item !== undefined);
        facets = facetCounts(matched, filters);
        const passing = new Set(applyFilters(matched, filters).map((item) => item.slug));
        hits = hits.filter((hit) => passing.has(hit.slug));
        total = hits.length;
        hits = hits.slice(0, limit);
      }
      const response: SearchResponse = { hits, total };
      if (facets) response.facets = facets;
      if (total === 0) response.suggestions = suggestWhenEmpty(index, query);
      return response;
    },
  };
}
