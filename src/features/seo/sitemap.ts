/**
 * sitemap.xml as search engines read it: one <url> per page and language, each listing all of
 * its language versions (xhtml:link hreflang, plus x-default) so the Dutch and English pages
 * are understood as translations rather than duplicates. Pure: pages and origin come in.
 */
import { defaultLocale, type Locale } from '../../lib/i18n/locales.ts';

/** One page in every language it exists in: locale -> path with prefix ('/en/p/x'). */
export type SitemapPage = Partial<Record<Locale, string>>;

/** The protocol's limit per file; a bigger shop gets a sitemap index. */
export const maxUrlsPerSitemap = 50_000;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Number of <url> elements the pages make: one per language version. */
export function urlCount(pages: readonly SitemapPage[]): number {
  return pages.reduce((count, page) => count + Object.keys(page).length, 0);
}

/** Splits pages into sitemap files of at most `max` URLs, never splitting a page's languages. */
export function chunkPages(pages: readonly SitemapPage[], max: number = maxUrlsPerSitemap): SitemapPage[][] {
  const chunks: SitemapPage[][] = [];
  let current: SitemapPage[] = [];
  let size = 0;
  for (const page of pages) {
    const n = Object.keys(page).length;
    if (size + n > max && current.length > 0) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(page);
    size += n;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export function sitemapUrlSet(pages: readonly SitemapPage[], site: URL | string): string {
  const absolute = (path: string) => escapeXml(new URL(path, site).href);
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n',
  ];
  for (const page of pages) {
    const versions = Object.entries(page) as [Locale, string][];
    const links = versions.map(([locale, path]) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${absolute(path)}"/>`);
    const fallback = page[defaultLocale];
    if (versions.length > 1 && fallback !== undefined)
      links.push(`<xhtml:link rel="alternate" hreflang="x-default" href="${absolute(fallback)}"/>`);
    const alternates = versions.length > 1 ? links.join('') : '';
    for (const [, path] of versions) parts.push(`<url><loc>${absolute(path)}</loc>${alternates}</url>\n`);
  }
  parts.push('</urlset>\n');
  return parts.join('');
}

export function sitemapIndex(sitemapPaths: readonly string[], site: URL | string): string {
  const entries = sitemapPaths.map((path) => `<sitemap><loc>${escapeXml(new URL(path, site).href)}</loc></sitemap>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</sitemapindex>\n`;
}
