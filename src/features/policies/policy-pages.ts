/**
 * The policy pages (content/pages/<slug>/<locale>.md) a locale has. Only slugs the shop links
 * to (shop-paths' policySlugs) become pages, so a stray Markdown file cannot publish a page
 * nobody can reach, and a missing translation simply has no page instead of failing the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../lib/i18n/locales.ts';
import { policySlugs, type PolicySlug } from '../../lib/shop-paths.ts';

export type PolicyEntry = CollectionEntry<'pages'>;

function isPolicySlug(value: string): value is PolicySlug {
  return (policySlugs as readonly string[]).includes(value);
}

/** Entry ids are "<slug>/<locale>"; the result follows the footer's order of policySlugs. */
export async function policyPages(locale: Locale): Promise<{ slug: PolicySlug; entry: PolicyEntry }[]> {
  const entries = await getCollection('pages', (entry) => entry.id.endsWith(`/${locale}`));
  const pages = entries.flatMap((entry) => {
    const slug = entry.id.slice(0, entry.id.lastIndexOf('/'));
    return isPolicySlug(slug) ? [{ slug, entry }] : [];
  });
  return pages.sort((a, b) => policySlugs.indexOf(a.slug) - policySlugs.indexOf(b.slug));
}
