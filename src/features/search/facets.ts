/**
 * Filters and facet counts for search results and category pages. Counting is disjunctive,
 * as shoppers expect: the count next to "Rood" says how many products there would be with
 * red added, given the query and every other filter, and is not zeroed by the colour the
 * shopper already picked. One pass over the products, so 10k products take a few ms.
 */

/** What filtering needs of a product, flattened once so counting does no lookups. */
export type FacetItem = {
  slug: string;
  category: string;
  colors: readonly string[];
  /** Empty for one-size products. */
  sizes: readonly string[];
  /** Lowest variant price. */
  priceCents: number;
  inStock: boolean;
  /** Average review rating, 0 when there are none. */
  rating: number;
  /** For sorting search results (search-sort.ts); filtering does not read them. */
  ratingCount?: number | undefined;
  publishedAt?: string | undefined;
};

export type FacetSource = {
  slug: string;
  category: string;
  colors: readonly { id: string }[];
  sizes?: readonly string[] | undefined;
  variants: readonly { priceCents: number; initialStock: number }[];
};

/** Stock from initialStock: what a build knows. The search page overlays live stock (live-stock.ts). */
export function toFacetItem(product: FacetSource, rating = 0): FacetItem {
  return {
    slug: product.slug,
    category: product.category,
    colors: product.colors.map((c) => c.id),
    sizes: product.sizes ?? [],
    priceCents: Math.min(...product.variants.map((v) => v.priceCents)),
    inStock: product.variants.some((v) => v.initialStock > 0),
    rating,
  };
}

/** A price range in cents, lower bound included, upper bound excluded (open when absent). */
export type PriceBucket = { id: string; minCents: number; maxCents?: number };

export const defaultPriceBuckets: readonly PriceBucket[] = [
  { id: '0-25', minCents: 0, maxCents: 2500 },
  { id: '25-50', minCents: 2500, maxCents: 5000 },
  { id: '50-100', minCents: 5000, maxCents: 10000 },
  { id: '100-150', minCents: 10000, maxCents: 15000 },
  { id: '150-', minCents: 15000 },
];

/** Star thresholds offered as "n stars and up". */
export const ratingThresholds = [4, 3, 2, 1] as const;

/** Values picked per facet; an empty or absent list does not filter. Within a facet values are OR-ed. */
export type FacetFilters = {
  categories?: readonly string[];
  colors?: readonly string[];
  sizes?: readonly string[];
  /** Ids of price buckets. */
  prices?: readonly string[];
  /**
   * A price range typed by the shopper, in cents, both ends included. Part of the price facet:
   * it narrows the picked buckets (AND), and bucket counts ignore it like they ignore the
   * buckets themselves, so a count still says what that bucket alone would show.
   */
  minPriceCents?: number;
  maxPriceCents?: number;
  inStock?: boolean;
  minRating?: number;
};

export type FacetCounts = {
  /** Products that pass every filter. */
  total: number;
  categories: Record<string, number>;
  colors: Record<string, number>;
  sizes: Record<string, number>;
  prices: Record<string, number>;
  /** Products in stock, given the other filters. */
  inStock: number;
  /** Threshold -> products rated at least that, given the other filters. */
  ratings: Record<number, number>;
  /**
   * Lowest and highest price over the products the other filters let through (the price
   * filters ignored, like every facet ignores itself): the ends of the price slider, which then
   * stay put while the shopper slides. Undefined when no product passes.
   */
  priceSpan: PriceSpan | undefined;
};

export type PriceSpan = { minCents: number; maxCents: number };

const CATEGORY = 1;
const COLOR = 2;
const SIZE = 4;
const PRICE = 8;
const STOCK = 16;
const RATING = 32;

function bucketOf(priceCents: number, buckets: readonly PriceBucket[]): string | undefined {
  for (const bucket of buckets) {
    if (priceCents >= bucket.minCents && (bucket.maxCents === undefined || priceCents < bucket.maxCents)) return bucket.id;
  }
  return undefined;
}

function someIn(values: readonly string[], picked: ReadonlySet<string>): boolean {
  for (const value of values) if (picked.has(value)) return true;
  return false;
}

/** A checker that says which facets an item fails, as a bit mask (0 = passes all). */
function createFailureMask(filters: FacetFilters, buckets: readonly PriceBucket[]) {
  const categories = filters.categories?.length ? new Set(filters.categories) : undefined;
  const colors = filters.colors?.length ? new Set(filters.colors) : undefined;
  const sizes = filters.sizes?.length ? new Set(filters.sizes) : undefined;
  const prices = filters.prices?.length ? new Set(filters.prices) : undefined;
  const minRating = filters.minRating ?? 0;
  const minPrice = filters.minPriceCents ?? -Infinity;
  const maxPrice = filters.maxPriceCents ?? Infinity;
  return (item: FacetItem): number => {
    let mask = 0;
    if (categories && !categories.has(item.category)) mask |= CATEGORY;
    if (colors && !someIn(item.colors, colors)) mask |= COLOR;
    if (sizes && !someIn(item.sizes, sizes)) mask |= SIZE;
    if ((prices && !prices.has(bucketOf(item.priceCents, buckets) ?? '')) || item.priceCents < minPrice || item.priceCents > maxPrice)
      mask |= PRICE;
    if (filters.inStock && !item.inStock) mask |= STOCK;
    if (minRating > 0 && item.rating < minRating) mask |= RATING;
    return mask;
  };
}

/** The items that pass every filter, in their given order (the search ranking). */
export function applyFilters<T extends FacetItem>(items: readonly T[], filters: FacetFilters, buckets = defaultPriceBuckets): T[] {
  const fails = createFailureMask(filters, buckets);
  return items.filter((item) => fails(item) === 0);
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/**
 * Counts per facet value over `items` (the products that match the query, or a category's
 * products). An item that fails no filter counts everywhere; one that fails exactly one
 * facet counts only in that facet, because picking another value there would bring it in.
 */
export function facetCounts(items: readonly FacetItem[], filters: FacetFilters = {}, buckets = defaultPriceBuckets): FacetCounts {
  const fails = createFailureMask(filters, buckets);
  const counts: FacetCounts = {
    total: 0,
    categories: {},
    colors: {},
    sizes: {},
    prices: {},
    inStock: 0,
    ratings: {},
    priceSpan: undefined,
  };
  for (const threshold of ratingThresholds) counts.ratings[threshold] = 0;
  for (const item of items) {
    const mask = fails(item);
    // More than one failing facet: no single change of selection brings this item in.
    if (mask & (mask - 1)) continue;
    if (mask === 0) counts.total += 1;
    if (mask === 0 || mask === CATEGORY) bump(counts.categories, item.category);
    if (mask === 0 || mask === COLOR) for (const color of item.colors) bump(counts.colors, color);
    if (mask === 0 || mask === SIZE) for (const size of item.sizes) bump(counts.sizes, size);
    if (mask === 0 || mask === PRICE) {
      const bucket = bucketOf(item.priceCents, buckets);
      if (bucket) bump(counts.prices, bucket);
      const span = counts.priceSpan;
      if (!span) counts.priceSpan = { minCents: item.priceCents, maxCents: item.priceCents };
      else if (item.priceCents < span.minCents) span.minCents = item.priceCents;
      else if (item.priceCents > span.maxCents) span.maxCents = item.priceCents;
    }
    if ((mask === 0 || mask === STOCK) && item.inStock) counts.inStock += 1;
    if (mask === 0 || mask === RATING)
      for (const threshold of ratingThresholds) if (item.rating >= threshold) counts.ratings[threshold]! += 1;
  }
  return counts;
}
