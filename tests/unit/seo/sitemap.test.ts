import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../../src/features/seo/robots.ts';
import { chunkPages, sitemapIndex, sitemapUrlSet, urlCount, type SitemapPage } from '../../../src/features/seo/sitemap.ts';

const site = 'https://plensbui.example';

describe('sitemapUrlSet', () => {
  it('lists every language version with all alternates and x-default', () => {
    const xml = sitemapUrlSet([{ nl: '/p/regenjas', en: '/en/p/regenjas' }], site);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">');
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain('<loc>https://plensbui.example/p/regenjas</loc>');
    expect(xml).toContain('<loc>https://plensbui.example/en/p/regenjas</loc>');
    expect(xml.match(/hreflang="en" href="https:\/\/plensbui.example\/en\/p\/regenjas"/g)).toHaveLength(2);
    expect(xml.match(/hreflang="x-default" href="https:\/\/plensbui.example\/p\/regenjas"/g)).toHaveLength(2);
  });

  it('leaves out alternates for a page in one language, and escapes URLs', () => {
    const xml = sitemapUrlSet([{ nl: '/info/a&b' }], site);
    expect(xml).toContain('<url><loc>https://plensbui.example/info/a&amp;b</loc></url>');
    expect(xml).not.toContain('xhtml:link rel');
  });
});

describe('large sitemaps', () => {
  const pages: SitemapPage[] = Array.from({ length: 7 }, (_, i) => ({ nl: `/p/${i}`, en: `/en/p/${i}` }));

  it('counts one URL per language version', () => {
    expect(urlCount(pages)).toBe(14);
  });

  it('splits into files under the limit without separating translations', () => {
    const chunks = chunkPages(pages, 5);
    expect(chunks.map((chunk) => urlCount(chunk))).toEqual([4, 4, 4, 2]);
    expect(chunks.flat()).toEqual(pages);
  });

  it('indexes the parts', () => {
    expect(sitemapIndex(['/sitemaps/1.xml'], site)).toContain('<sitemap><loc>https://plensbui.example/sitemaps/1.xml</loc></sitemap>');
  });
});

describe('robotsTxt', () => {
  it('allows the shop, keeps crawlers out of the API and checkout, and names the sitemap', () => {
    const text = robotsTxt(site);
    expect(text).toMatch(/^User-agent: \*\nAllow: \/\n/);
    for (const path of ['/api/', '/afrekenen', '/bestelling', '/en/checkout', '/en/order']) expect(text).toContain(`Disallow: ${path}\n`);
    expect(text).not.toContain('Disallow: /og');
    expect(text).toContain('Sitemap: https://plensbui.example/sitemap.xml');
  });
});
