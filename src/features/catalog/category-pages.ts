/**
 * The static pages of every category listing, planned once per build: the catalog is grouped
 * by category and sorted in each order a single time, and the Dutch and English routes share
 * the plan. Each page then only renders its own 24 products, which is what keeps a 10k-product
 * catalog (about 4,000 listing pages) fast to build.
 */
import { allProducts, categoriesInOrder, ratingOf, type CatalogCategory, type CatalogProduct } from './catalog-store.ts';
import { buildCategoryListing, listingPages, listingRest, type ListingView } from './category-listing.ts';
import { productPrice } from './product-price.ts';
import type { SortFacts } from './sort.ts';

export type CategoryPageProps = {
  category: CatalogCategory;
  view: ListingView;
  pages: number;
  total: number;
  products: CatalogProduct[];
};

export type CategoryStaticPath = { params: { slug: string; path: string | undefined }; props: CategoryPageProps };

let plan: Promise<CategoryStaticPath[]> | undefined;

async function planPages(): Promise<CategoryStaticPath[]> {
  const [products, categories] = await Promise.all([allProducts(), categoriesInOrder()]);
  const facts = new Map<string, SortFacts>();
  const byCategory = new Map<string, CatalogProduct[]>(categories.map((category) => [category.slug, []]));
  for (const product of products) {
    const rating = await ratingOf(product.slug);
    facts.set(product.slug, {
      slug: product.slug,
      popularity: product.popularity,
      publishedAt: product.publishedAt,
      priceCents: productPrice(product.variants).price.amount,
      ratingAverage: rating.average,
      ratingCount: rating.count,
    });
    byCategory.get(product.category)?.push(product);
  }

  const paths: CategoryStaticPath[] = [];
  for (const category of categories) {
    const listing = buildCategoryListing(byCategory.get(category.slug) ?? [], (product) => facts.get(product.slug)!);
    for (const { view, items } of listingPages(listing)) {
      paths.push({
        params: { slug: category.slug, path: listingRest(view) },
        props: { category, view, pages: listing.pages, total: listing.total, products: items },
      });
    }
  }
  return paths;
}

export function categoryStaticPaths(): Promise<CategoryStaticPath[]> {
  plan ??= planPages();
  return plan;
}
