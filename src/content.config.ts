/**
 * The catalog as Astro content collections. This file is the seam where a fork swaps the
 * source: replace a glob() loader with one that reads a CMS or a commerce API and keep the
 * schemas, and every page keeps working.
 *
 * CATALOG_DIR points the whole catalog at another folder with the same layout (benchmarks
 * build generated catalogs of 1k-50k products this way; see scripts/generate-catalog.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { categorySchema, createProductSchema, policyPageSchema, productReviewsSchema } from './features/catalog/catalog.schema.ts';

const catalogDir = (process.env['CATALOG_DIR'] ?? 'content').replace(/\/+$/, '');

/**
 * content/products/<slug>.json; entry id = slug. `image()` resolves each image path relative
 * to the product file, so entries carry ImageMetadata for <Image>/<Picture>/getImage().
 */
const products = defineCollection({
  loader: glob({ pattern: '*.json', base: `${catalogDir}/products` }),
  schema: ({ image }) => createProductSchema(image()),
});

/** content/categories/<slug>.json; entry id = slug. */
const categories = defineCollection({
  loader: glob({ pattern: '*.json', base: `${catalogDir}/categories` }),
  schema: categorySchema,
});

/**
 * content/reviews/<product-slug>.json, each an array of reviews; entry id = product slug, so a
 * product page reads its seed reviews with getEntry('reviews', slug) (undefined: none yet).
 */
const reviews = defineCollection({
  loader: glob({ pattern: '*.json', base: `${catalogDir}/reviews` }),
  schema: productReviewsSchema,
});

/** content/pages/<slug>/<locale>.md; entry id = "<slug>/<locale>", e.g. "returns/en". */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.md', base: `${catalogDir}/pages` }),
  schema: policyPageSchema,
});

export const collections = { products, categories, reviews, pages };
