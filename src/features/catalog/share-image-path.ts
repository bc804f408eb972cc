/**
 * Where the prerendered share images (Open Graph, 1200 x 630 PNG) of products, categories and
 * the home page live. The locale sits after /og/ (not before it, like page URLs), so all share
 * images share one folder a CDN rule can cache as a whole.
 */
import { defaultLocale, type Locale } from '../../lib/i18n/locales.ts';

function prefix(locale: Locale): string {
  return locale === defaultLocale ? '/og' : `/og/${locale}`;
}

/** /og/p/<slug>.png (nl), /og/en/p/<slug>.png (en). */
export function productShareImagePath(locale: Locale, slug: string): string {
  return `${prefix(locale)}/p/${slug}.png`;
}

/** /og/c/<slug>.png (nl), /og/en/c/<slug>.png (en). */
export function categoryShareImagePath(locale: Locale, slug: string): string {
  return `${prefix(locale)}/c/${slug}.png`;
}

/** /og/home.png (nl), /og/en/home.png (en). */
export function homeShareImagePath(locale: Locale): string {
  return `${prefix(locale)}/home.png`;
}
