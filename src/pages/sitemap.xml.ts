/**
 * /sitemap.xml, prerendered: the pages themselves while they fit one file (50,000 URLs), else
 * an index of /sitemaps/<n>.xml.
 */
import type { APIRoute } from 'astro';
import { chunkPages, maxUrlsPerSitemap, sitemapIndex, sitemapUrlSet, urlCount } from '../features/seo/sitemap.ts';
import { sitemapPages } from '../features/seo/sitemap-pages.ts';

export const GET: APIRoute = async ({ site, url }) => {
  const pages = await sitemapPages();
  const origin = site ?? url;
  const body =
    urlCount(pages) <= maxUrlsPerSitemap
      ? sitemapUrlSet(pages, origin)
      : sitemapIndex(
          chunkPages(pages).map((_, i) => `/sitemaps/${i + 1}.xml`),
          origin,
        );
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
