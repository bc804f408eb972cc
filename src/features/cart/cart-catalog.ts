/**
 * What pricing needs to know about a SKU, and how to get it. The catalog is content (Astro
 * collections at build and in routes, JSON in tests, a CMS in a fork), so pricing never
 * imports it: it takes a CatalogLookup, and this file turns product records into one.
 */
import type { LocalizedText } from '../catalog/catalog.schema.ts';

export type CartCatalogItem = Readonly<{
  sku: string;
  productSlug: string;
  name: LocalizedText;
  /** The colour's display name; the id is for links and images. */
  color: Readonly<{ id: string; name: LocalizedText }>;
  /** Absent for one-size products. */
  size?: string | undefined;
  /** VAT-inclusive cents: the only price pricing ever uses. */
  priceCents: number;
  compareAtPriceCents?: number | undefined;
}>;

/**
 * Finds the catalog items of some SKUs; an unknown SKU is simply missing from the answer.
 * Async and batched, so a fork can answer from a CMS or a commerce API in one call.
 */
export type CatalogLookup = (skus: readonly string[]) => Promise<ReadonlyMap<string, CartCatalogItem>>;

/** The parts of a catalog product this needs: fits content-collection data and plain JSON alike. */
export type PricedProduct = Readonly<{
  slug: string;
  name: LocalizedText;
  colors: readonly Readonly<{ id: string; name: LocalizedText }>[];
  variants: readonly Readonly<{
    sku: string;
    color: string;
    size?: string | undefined;
    priceCents: number;
    compareAtPriceCents?: number | undefined;
  }>[];
}>;

/** Every variant of the products as a catalog item, by SKU. */
export function catalogItemsFromProducts(products: Iterable<PricedProduct>): Map<string, CartCatalogItem> {
  const items = new Map<string, CartCatalogItem>();
  for (const product of products) {
    for (const variant of product.variants) {
      const color = product.colors.find((candidate) => candidate.id === variant.color);
      items.set(variant.sku, {
        sku: variant.sku,
        productSlug: product.slug,
        name: product.name,
        // The schema guarantees the colour exists; the id stands in rather than failing a cart.
        color: { id: variant.color, name: color?.name ?? { nl: variant.color, en: variant.color } },
        size: variant.size,
        priceCents: variant.priceCents,
        compareAtPriceCents: variant.compareAtPriceCents,
      });
    }
  }
  return items;
}

/** A CatalogLookup over products already in memory (content collections, a JSON fixture). */
export function catalogLookupFromProducts(products: Iterable<PricedProduct>): CatalogLookup {
  const items = catalogItemsFromProducts(products);
  return async (skus) => {
    const found = new Map<string, CartCatalogItem>();
    for (const sku of skus) {
      const item = items.get(sku);
      if (item) found.set(sku, item);
    }
    return found;
  };
}
