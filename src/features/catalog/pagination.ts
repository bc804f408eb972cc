/**
 * Splitting a listing into pages and choosing which page links to show. Pure: the category
 * pages prerender every page, so these run thousands of times per build and must be cheap.
 */

/** Products per listing page: a multiple of 2, 3 and 4, so every grid row is full. */
export const pageSize = 24;

/** Number of pages for `total` items; an empty listing still has its one (empty) page. */
export function pageCount(total: number, size: number = pageSize): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive whole number, got ${String(size)}`);
  return Math.max(1, Math.ceil(Math.max(0, total) / size));
}

/** The items on page `page` (1-based); an out-of-range page is empty. */
export function pageItems<T>(items: readonly T[], page: number, size: number = pageSize): T[] {
  if (!Number.isInteger(page) || page < 1) return [];
  const start = (page - 1) * size;
  return items.slice(start, start + size);
}

/** A page number to link to, or a gap ("…") standing for the pages left out. */
export type PageLink = { page: number; current: boolean } | 'gap';

/**
 * The page links of a pagination bar: always the first and last page, the current page and
 * `siblings` pages either side (a phone fits 0 at 44 px per link, a wider screen 1 or 2). A
 * gap never hides a single page: "1 … 3" becomes "1 2 3", so the ellipsis never stands for
 * less than two pages.
 */
export function pageLinks(current: number, pages: number, siblings = 1): PageLink[] {
  if (pages < 1) return [];
  const page = Math.min(Math.max(1, current), pages);
  const shown = new Set<number>([1, pages]);
  for (let p = page - siblings; p <= page + siblings; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);

  const links: PageLink[] = [];
  let previous = 0;
  for (const p of sorted) {
    if (p - previous === 2) links.push({ page: p - 1, current: false });
    else if (p - previous > 2) links.push('gap');
    links.push({ page: p, current: p === page });
    previous = p;
  }
  return links;
}
