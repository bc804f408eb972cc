/** /sitemaps/<n>.xml: the parts of a sitemap too big for one file (see ../sitemap.xml.ts). */
import type { APIRoute } from 'astro';
import { chunkPages, maxUrlsPerSitemap, sitemapUrlSet, urlCount, type SitemapPage } from '../../features/seo/sitemap.ts';
import { sitemapPages } from '../../features/seo/sitemap-pages.ts';

export async function getStaticPaths() {
  const pages = await sitemapPages();
  if (urlCount(pages) <= maxUrlsPerSitemap) return [];
  return chunkPages(pages).map((chunk, i) => ({ params: { n: String(i + 1) }, props: { chunk } }));
}

export const GET: APIRoute = ({ props, site, url }) => {
  const { chunk } = props as { chunk: SitemapPage[] };
  return new Response(sitemapUrlSet(chunk, site ?? url), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
