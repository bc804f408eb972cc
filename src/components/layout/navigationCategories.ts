/**
 * Categories for the header, menu and footer, read straight from content/categories at build
 * time. The shell needs only slug, name and description, so it does not wait for the catalog
 * collection; when src/content.config.ts defines `categories`, swap the glob for
 * getCollection('categories') here and nothing else changes.
 */
import { categorySchema, type Category } from '../../features/catalog/catalog.schema.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { categoryPath } from '../../lib/shop-paths.ts';

export interface NavigationCategory {
  slug: string;
  name: string;
  description: string;
  href: string;
}

const files = import.meta.glob<{ default: unknown }>('/content/categories/*.json', { eager: true });

// Parsed once per build; a malformed file fails the build with the file name in the message.
const categories: readonly Category[] = Object.entries(files)
  .map(([file, module]) => {
    const parsed = categorySchema.safeParse(module.default);
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    return parsed.data;
  })
  .sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug));

export function navigationCategories(locale: Locale): NavigationCategory[] {
  return categories.map((category) => ({
    slug: category.slug,
    name: category.name[locale],
    description: category.description[locale],
    href: categoryPath(locale, category.slug),
  }));
}
