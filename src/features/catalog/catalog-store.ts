/**
 * Read access to the catalog collections for pages and endpoints. Collections are loaded
 * once per process (build or server) and indexed, so a build of thousands of product pages
 * does not scan the catalog once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { noRatings, summarizeRatings, type RatingSummary } from './rating.ts';

export type CatalogProduct = CollectionEntry<'products'>['data'];
export type CatalogCategory = CollectionEntry<'categories'>['data'];
export type SeedReview = CollectionEntry<'reviews'>['data'][number];

type CatalogIndex = {
  products: CatalogProduct[];
  productsBySlug: Map<string, CatalogProduct>;
  categories: CatalogCategory[];
  reviewsBySlug: Map<string, SeedReview[]>;
  ratingsBySlug: Map<string, RatingSummary>;
};

let index: Promise<CatalogIndex> | undefined;

async function loadIndex(): Promise<CatalogIndex> {
  const [productEntries, categoryEntries, reviewEntries] = await Promise.all([
    getCollection('products'),
    getCollection('categories'),
    getCollection('reviews'),
  ]);
  const products = productEntries.map((entry) => entry.data);
  const reviewsBySlug = new Map(reviewEntries.map((entry) => [entry.id, entry.data]));
  return {
    products,
    productsBySlug: new Map(products.map((product) => [product.slug, product])),
    categories: categoryEntries.map((entry) => entry.data).sort((a, b) => a.position - b.position),
    reviewsBySlug,
    ratingsBySlug: new Map([...reviewsBySlug].map(([slug, reviews]) => [slug, summarizeRatings(reviews)])),
  };
}

function catalog(): Promise<CatalogIndex> {
  index ??= loadIndex();
  return index;
}

export async function allProducts(): Promise<CatalogProduct[]> {
  return (await catalog()).products;
}

export async function productBySlug(slug: string): Promise<CatalogProduct | undefined> {
  return (await catalog()).productsBySlug.get(slug);
}

/** Products for a list of slugs (related, complementary), skipping unknown ones. */
export async function productsBySlugs(slugs: readonly string[]): Promise<CatalogProduct[]> {
  const { productsBySlug } = await catalog();
  return slugs.map((slug) => productsBySlug.get(slug)).filter((product): product is CatalogProduct => product !== undefined);
}

export async function categoriesInOrder(): Promise<CatalogCategory[]> {
  return (await catalog()).categories;
}

export async function productsInCategory(category: string): Promise<CatalogProduct[]> {
  return (await catalog()).products.filter((product) => product.category === category);
}

/** Seed reviews from content/; reviews submitted by customers live in the database. */
export async function seedReviews(slug: string): Promise<SeedReview[]> {
  return (await catalog()).reviewsBySlug.get(slug) ?? [];
}

export async function ratingOf(slug: string): Promise<RatingSummary> {
  return (await catalog()).ratingsBySlug.get(slug) ?? noRatings;
}
