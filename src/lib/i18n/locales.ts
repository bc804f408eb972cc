/**
 * Locales and locale-aware paths. Dutch is the default and has no URL prefix; English lives
 * under /en/. Must match the i18n block in astro.config.mjs.
 */
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

/** BCP 47 tags for Intl formatting and the html lang attribute. */
export const localeTags: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The locale a pathname belongs to: /en/... is English, everything else Dutch. */
export function localeFromPath(pathname: string): Locale {
  const first = pathname.split('/').filter(Boolean)[0];
  return isLocale(first) && first !== defaultLocale ? first : defaultLocale;
}

/**
 * A path inside the shop for a locale: localePath('en', '/cart') -> '/en/cart',
 * localePath('nl', '/cart') -> '/cart'. The path must start with '/'.
 */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  if (locale === defaultLocale) return clean;
  return clean === '/' ? `/${locale}/` : `/${locale}${clean}`;
}

/** The same page in another locale: strips the current prefix and adds the other one. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const from = localeFromPath(pathname);
  const bare = from === defaultLocale ? pathname : pathname.slice(from.length + 1) || '/';
  return localePath(to, bare);
}
