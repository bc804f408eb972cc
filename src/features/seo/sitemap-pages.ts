/**
 * Every page that belongs in the sitemap, with its language versions: the home page, each
 * category's own URL (sorted and later pages point their canonical elsewhere or are reached
 * through it), each product and each policy page. Search (/zoeken) and the cart are left out:
 * they have no content of their own.
 */
import { allProducts, categoriesInOrder } from '../catalog/catalog-store.ts';
import { policyPages } from '../policies/policy-pages.ts';
import { locales, type Locale } from '../../lib/i18n/locales.ts';
import { categoryPath, homePath, policyPath, productPath } from '../../lib/shop-paths.ts';
import type { SitemapPage } from './sitemap.ts';

function everyLocale(path: (locale: Locale) => string): SitemapPage {
  return Object.fromEntries(locales.map((locale) => [locale, path(locale)])) as SitemapPage;
}

export async function sitemapPages(): Promise<SitemapPage[]> {
  const [products, categories, ...policies] = await Promise.all([
    allProducts(),
    categoriesInOrder(),
    ...locales.map((locale) => policyPages(locale)),
  ]);
  const policyBySlug = new Map<string, SitemapPage>();
  locales.forEach((locale, i) => {
    for (const { slug } of policies[i] ?? []) policyBySlug.set(slug, { ...policyBySlug.get(slug), [locale]: policyPath(locale, slug) });
  });
  return [
    everyLocale(homePath),
    ...categories.map((category) => everyLocale((locale) => categoryPath(locale, category.slug))),
    ...products.map((product) => everyLocale((locale) => productPath(locale, product.slug))),
    ...policyBySlug.values(),
  ];
}
