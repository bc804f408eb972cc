/**
 * Reads a catalog folder (content/ or a generated one) with the zod schemas directly, without
 * Astro, and lists what no single-file schema can see: SKUs shared between products, slugs
 * that point nowhere, missing image files. Shared by the content and generator tests.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import {
  categorySchema,
  policyPageSchema,
  policyPageSlugs,
  productReviewsSchema,
  productSchema,
  type Category,
  type PolicyPage,
  type Product,
  type Review,
} from '../../../src/features/catalog/catalog.schema.ts';
import { locales, type Locale } from '../../../src/lib/i18n/locales.ts';

export type PolicyPageFile = { slug: string; locale: Locale; data: PolicyPage; body: string };

export type Catalog = {
  dir: string;
  products: Product[];
  categories: Category[];
  /** By product slug (the file name). */
  reviews: Map<string, Review[]>;
  pages: PolicyPageFile[];
};

async function jsonFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
}

function parseFile<T extends z.ZodType>(schema: T, file: string, data: unknown): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`${file}\n${issues.join('\n')}`);
  }
  return result.data;
}

async function readJsonDir<T extends z.ZodType>(dir: string, schema: T): Promise<Array<{ name: string; data: z.infer<T> }>> {
  return Promise.all(
    (await jsonFiles(dir)).map(async (name) => {
      const file = path.join(dir, name);
      return { name: name.slice(0, -'.json'.length), data: parseFile(schema, file, JSON.parse(await readFile(file, 'utf8'))) };
    }),
  );
}

/**
 * Frontmatter as flat `key: value` lines, the only form policy pages use; enough to check
 * them without a YAML parser (Astro reads the same files with a full one).
 */
export function parseFrontmatter(source: string): { data: Record<string, string>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('missing frontmatter');
  const data: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`cannot read frontmatter line "${line}"`);
    data[line.slice(0, colon).trim()] = line
      .slice(colon + 1)
      .trim()
      .replace(/^(['"])(.*)\1$/, '$2');
  }
  return { data, body: match[2]! };
}

export async function readCatalog(dir: string): Promise<Catalog> {
  const products = (await readJsonDir(path.join(dir, 'products'), productSchema)).map(({ name, data }) => {
    if (name !== data.slug) throw new Error(`${dir}/products/${name}.json: file name must equal slug "${data.slug}"`);
    return data;
  });
  const categories = (await readJsonDir(path.join(dir, 'categories'), categorySchema)).map(({ name, data }) => {
    if (name !== data.slug) throw new Error(`${dir}/categories/${name}.json: file name must equal slug "${data.slug}"`);
    return data;
  });
  const reviews = new Map((await readJsonDir(path.join(dir, 'reviews'), productReviewsSchema)).map(({ name, data }) => [name, data]));

  const pages: PolicyPageFile[] = [];
  const pagesDir = path.join(dir, 'pages');
  for (const slug of existsSync(pagesDir) ? (await readdir(pagesDir)).sort() : []) {
    for (const locale of locales) {
      const file = path.join(pagesDir, slug, `${locale}.md`);
      if (!existsSync(file)) continue;
      const { data, body } = parseFrontmatter(await readFile(file, 'utf8'));
      pages.push({ slug, locale, data: parseFile(policyPageSchema, file, data), body });
    }
  }
  return { dir, products, categories, reviews, pages };
}

/** Everything wrong between files, one readable line each; empty when the catalog is sound. */
export function catalogProblems(catalog: Catalog): string[] {
  const problems: string[] = [];
  const productSlugs = new Set(catalog.products.map((p) => p.slug));
  const categorySlugs = new Set(catalog.categories.map((c) => c.slug));
  const skuOwner = new Map<string, string>();

  for (const product of catalog.products) {
    if (!categorySlugs.has(product.category)) problems.push(`${product.slug}: unknown category "${product.category}"`);
    for (const key of ['related', 'complementary'] as const) {
      for (const slug of product[key]) if (!productSlugs.has(slug)) problems.push(`${product.slug}: ${key} "${slug}" is not a product`);
    }
    for (const variant of product.variants) {
      const owner = skuOwner.get(variant.sku);
      if (owner) problems.push(`${product.slug}: SKU ${variant.sku} is also used by ${owner}`);
      skuOwner.set(variant.sku, product.slug);
    }
    for (const image of product.images) {
      const file = path.resolve(catalog.dir, 'products', image.src);
      if (!existsSync(file)) problems.push(`${product.slug}: image ${image.src} does not exist`);
    }
  }

  const reviewIds = new Map<string, string>();
  for (const [slug, reviews] of catalog.reviews) {
    if (!productSlugs.has(slug)) problems.push(`reviews/${slug}.json: no product "${slug}"`);
    for (const review of reviews) {
      const owner = reviewIds.get(review.id);
      if (owner) problems.push(`reviews/${slug}.json: review id ${review.id} is also used in reviews/${owner}.json`);
      reviewIds.set(review.id, slug);
    }
  }

  for (const slug of policyPageSlugs) {
    for (const locale of locales) {
      const page = catalog.pages.find((p) => p.slug === slug && p.locale === locale);
      if (!page) problems.push(`pages/${slug}/${locale}.md is missing`);
      else if (!page.body.trim()) problems.push(`pages/${slug}/${locale}.md has no text`);
    }
  }
  return problems;
}
