/**
 * Which products the home page shows: the ones marked `featured`, best sellers first. Pure and
 * deterministic (ties by slug), like the category sorts.
 */
import { sortProducts } from '../catalog/sort.ts';

type Featurable = { slug: string; featured: boolean; popularity: number; publishedAt: string };

/** Four or eight fill whole rows of the grid (2 columns on phones, 4 on desktops). */
export const featuredLimit = 8;

export function featuredProducts<T extends Featurable>(products: readonly T[], limit: number = featuredLimit): T[] {
  const featured = products.filter((product) => product.featured);
  const sorted = sortProducts(featured, 'popular', (product) => ({
    slug: product.slug,
    popularity: product.popularity,
    publishedAt: product.publishedAt,
    priceCents: 0,
    ratingAverage: 0,
    ratingCount: 0,
  }));
  return sorted.slice(0, limit);
}

/** A category's face on the home page: its most popular product. */
export function categoryFaces<T extends Featurable & { category: string }>(
  products: readonly T[],
): Map<string, { face: T; count: number }> {
  const faces = new Map<string, { face: T; count: number }>();
  for (const product of products) {
    const entry = faces.get(product.category);
    if (!entry) faces.set(product.category, { face: product, count: 1 });
    else {
      entry.count += 1;
      const better =
        product.popularity > entry.face.popularity || (product.popularity === entry.face.popularity && product.slug < entry.face.slug);
      if (better) entry.face = product;
    }
  }
  return faces;
}
