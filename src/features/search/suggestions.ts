/**
 * What the search-as-you-type list shows, made from a provider's answer the same way in the
 * browser (local index) and on the server (/api/search), so the island renders one shape
 * whichever delivery the build chose.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { categoryPath, productPath } from '../../lib/shop-paths.ts';
import { selectionParams } from '../product/selection-url.ts';
import type { SuggestionMedia } from './search-payload.ts';
import type { SearchResponse } from './search-provider.ts';

export type ProductSuggestion = {
  slug: string;
  name: string;
  /** Index terms the product matched, for highlight(). */
  matches: string[];
  priceCents: number;
  /** The price is the lowest of several ("vanaf"). */
  from: boolean;
  image: string | undefined;
  /** The product page, on the colour the query named ("gele regenjas" opens the yellow one). */
  href: string;
};

export type CategorySuggestion = { slug: string; name: string; href: string };

export type SuggestResult = {
  query: string;
  products: ProductSuggestion[];
  /** Every match, of which `products` are the first few. */
  total: number;
  /** Only when nothing matched: a corrected query that does find something. */
  didYouMean: string | null;
  /** Only when nothing matched: categories to browse instead. */
  categories: CategorySuggestion[];
};

export function toSuggestResult(
  query: string,
  response: SearchResponse,
  media: (slug: string) => SuggestionMedia | undefined,
  locale: Locale,
): SuggestResult {
  const products = response.hits.map((hit): ProductSuggestion => {
    const extra = media(hit.slug);
    const color = hit.colors[0];
    const href = productPath(locale, hit.slug) + (color ? `?${selectionParams[locale].color}=${encodeURIComponent(color)}` : '');
    return {
      slug: hit.slug,
      name: hit.name,
      matches: hit.matches,
      priceCents: hit.priceCents,
      from: extra?.from ?? false,
      image: extra?.image,
      href,
    };
  });
  const suggestions = response.suggestions;
  return {
    query,
    products,
    total: response.total,
    didYouMean: suggestions?.didYouMean ?? null,
    categories: (suggestions?.categories ?? []).map((c) => ({ slug: c.slug, name: c.name[locale], href: categoryPath(locale, c.slug) })),
  };
}
