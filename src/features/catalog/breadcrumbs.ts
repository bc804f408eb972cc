/**
 * Breadcrumb trails: the visible navigation (Breadcrumbs.astro) and the schema.org
 * BreadcrumbList search engines show instead of the raw URL are built from the same list, so
 * they can never disagree.
 */

/** One step of the trail; the last one is the current page. */
export type Crumb = { name: string; href: string };

/** schema.org BreadcrumbList; `site` makes the hrefs absolute, as search engines require. */
export function breadcrumbListJsonLd(crumbs: readonly Crumb[], site: URL | string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: new URL(crumb.href, site).href,
    })),
  };
}
