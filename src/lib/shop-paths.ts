/**
 * Paths of the shop's fixed pages. Search and cart have a translated slug, so their path
 * without the locale prefix differs per locale; everything that links to them (header,
 * 404, hreflang alternates) asks here instead of spelling the URL out.
 */
import { localePath, type Locale } from './i18n/locales.ts';

const searchSlug: Record<Locale, string> = { nl: '/zoeken', en: '/search' };
const cartSlug: Record<Locale, string> = { nl: '/winkelwagen', en: '/cart' };
const checkoutSlug: Record<Locale, string> = { nl: '/afrekenen', en: '/checkout' };

export const policySlugs = ['shipping', 'returns', 'privacy', 'terms', 'contact'] as const;
export type PolicySlug = (typeof policySlugs)[number];

/** Paths without the locale prefix, per locale: the form BaseLayout's alternates take. */
export const unprefixedPaths = {
  search: searchSlug,
  cart: cartSlug,
  checkout: checkoutSlug,
} as const;

export function homePath(locale: Locale): string {
  return localePath(locale, '/');
}

export function searchPath(locale: Locale): string {
  return localePath(locale, searchSlug[locale]);
}

export function cartPath(locale: Locale): string {
  return localePath(locale, cartSlug[locale]);
}

export function checkoutPath(locale: Locale): string {
  return localePath(locale, checkoutSlug[locale]);
}

export function categoryPath(locale: Locale, slug: string): string {
  return localePath(locale, `/c/${slug}`);
}

export function productPath(locale: Locale, slug: string): string {
  return localePath(locale, `/p/${slug}`);
}

export function policyPath(locale: Locale, slug: PolicySlug): string {
  return localePath(locale, `/info/${slug}`);
}
