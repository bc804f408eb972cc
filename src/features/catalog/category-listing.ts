/**
 * The URL scheme of category listings and the plan of their static pages. Sort and page live
 * in the path, not the query string, so every combination is a prerendered file a CDN serves
 * and sorting works without JavaScript:
 *
 *   /c/<slug>                  popular, page 1 (the category's canonical URL)
 *   /c/<slug>/popular/<page>   popular, page 2 and up
 *   /c/<slug>/<sort>           another order, page 1
 *   /c/<slug>/<sort>/<page>    another order, page 2 and up
 *
 * Page 1 is never spelled out ("/price-asc/1", "/popular"), so each view has exactly one URL.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { categoryPath } from '../../lib/shop-paths.ts';
import { pageCount, pageItems, pageSize } from './pagination.ts';
import { defaultSort, isSortKey, sortAll, sortKeys, type SortFacts, type SortKey } from './sort.ts';

export type ListingView = { sort: SortKey; page: number };

export const firstView: ListingView = { sort: defaultSort, page: 1 };

/** The part of the URL after /c/<slug>; undefined for the category's own URL. */
export function listingRest({ sort, page }: ListingView): string | undefined {
  if (page <= 1) return sort === defaultSort ? undefined : sort;
  return `${sort}/${page}`;
}

/** The view a URL rest stands for; undefined for anything that is not its one spelling. */
export function parseListingRest(rest: string | undefined): ListingView | undefined {
  if (rest === undefined || rest === '') return firstView;
  const [sort, page, ...extra] = rest.split('/');
  if (extra.length > 0 || !isSortKey(sort)) return undefined;
  if (page === undefined) return sort === defaultSort ? undefined : { sort, page: 1 };
  if (!/^[1-9]\d*$/.test(page) || page === '1') return undefined;
  return { sort, page: Number(page) };
}

export function categoryListingPath(locale: Locale, slug: string, view: ListingView): string {
  const rest = listingRest(view);
  return rest === undefined ? categoryPath(locale, slug) : `${categoryPath(locale, slug)}/${rest}`;
}

/**
 * The page search engines should index for a view: the same page in the default order.
 * Another order shows the same products, so it points there instead of competing with it;
 * page 2 keeps its own canonical, because its products are not on page 1.
 */
export function canonicalView(view: ListingView): ListingView {
  return { sort: defaultSort, page: view.page };
}

/** A category's products in every order, sorted once for all of its pages. */
export type CategoryListing<T> = { total: number; pages: number; sorted: Record<SortKey, T[]> };

export function buildCategoryListing<T>(
  products: readonly T[],
  facts: (item: T) => SortFacts,
  size: number = pageSize,
): CategoryListing<T> {
  return { total: products.length, pages: pageCount(products.length, size), sorted: sortAll(products, facts) };
}

/** One prerendered listing page: which view, and the products on it. */
export type ListingPage<T> = { view: ListingView; items: T[] };

/** Every page of a listing: each order times each page number. */
export function listingPages<T>(listing: CategoryListing<T>, size: number = pageSize): ListingPage<T>[] {
  const pages: ListingPage<T>[] = [];
  for (const sort of sortKeys) {
    for (let page = 1; page <= listing.pages; page++) {
      pages.push({ view: { sort, page }, items: pageItems(listing.sorted[sort], page, size) });
    }
  }
  return pages;
}
