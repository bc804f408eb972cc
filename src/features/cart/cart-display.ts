/**
 * What the cart shows beside the prices: a photo per line (of the colour in the cart) and the
 * "maak je set compleet" cards. Built on the server from the catalog and sent with the priced
 * cart, so no island carries the catalog: a fork with ten thousand products sends the same few
 * hundred bytes.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { money, type Money } from '../../lib/money.ts';
import type { LocalizedText } from '../catalog/catalog.schema.ts';
import { cartProductSlugs, completeYourSet } from './complete-your-set.ts';

/** A small image as the browser gets it: an URL with its intrinsic size, so it reserves its box. */
export type CartImage = Readonly<{ src: string; width: number; height: number }>;

/** One product as the cart's extras need it. */
export type CartProduct = Readonly<{
  slug: string;
  name: LocalizedText;
  complementary: readonly string[];
  /** The first image of each colour, by colour id; the first entry is the product's main image. */
  imagesByColor: ReadonlyMap<string, CartImage>;
  /** Variants as SKU -> colour id and price, for the line photo and the suggestion's price. */
  variants: readonly Readonly<{ sku: string; color: string; priceCents: number; compareAtPriceCents?: number | undefined }>[];
}>;

export type SetSuggestion = Readonly<{
  slug: string;
  name: string;
  image?: CartImage | undefined;
  /** The lowest price; `fromPrice` when the variants differ ("vanaf"). */
  price: Money;
  compareAt?: Money | undefined;
  fromPrice: boolean;
}>;

export type CartProductIndex = Readonly<{
  bySlug: ReadonlyMap<string, CartProduct>;
  bySku: ReadonlyMap<string, CartProduct>;
}>;

export function cartProductIndex(products: Iterable<CartProduct>): CartProductIndex {
  const bySlug = new Map<string, CartProduct>();
  const bySku = new Map<string, CartProduct>();
  for (const product of products) {
    bySlug.set(product.slug, product);
    for (const variant of product.variants) bySku.set(variant.sku, product);
  }
  return { bySlug, bySku };
}

/** The photo of each SKU's colour (the product's main image when the colour has none). */
export function lineImages(index: CartProductIndex, skus: readonly string[]): Record<string, CartImage> {
  const images: Record<string, CartImage> = {};
  for (const sku of skus) {
    const product = index.bySku.get(sku);
    if (!product) continue;
    const color = product.variants.find((variant) => variant.sku === sku)?.color;
    const image = (color === undefined ? undefined : product.imagesByColor.get(color)) ?? product.imagesByColor.values().next().value;
    if (image) images[sku] = image;
  }
  return images;
}

/**
 * Complete-your-set cards for the cart's SKUs, in cart order (the last line is the newest
 * intent, so its complements lead).
 */
export function setSuggestions(index: CartProductIndex, skus: readonly string[], locale: Locale): SetSuggestion[] {
  const slugs = cartProductSlugs(
    skus.map((sku, position) => ({ sku, addedAt: position })),
    (sku) => index.bySku.get(sku)?.slug,
  );
  return completeYourSet(slugs, (slug) => index.bySlug.get(slug)).flatMap((slug) => {
    const product = index.bySlug.get(slug);
    if (!product || product.variants.length === 0) return [];
    const cheapest = product.variants.reduce((low, variant) => (variant.priceCents < low.priceCents ? variant : low));
    const compareAt = cheapest.compareAtPriceCents !== undefined && cheapest.compareAtPriceCents > cheapest.priceCents;
    return [
      {
        slug,
        name: product.name[locale],
        image: product.imagesByColor.values().next().value,
        price: money(cheapest.priceCents),
        compareAt: compareAt ? money(cheapest.compareAtPriceCents ?? 0) : undefined,
        fromPrice: product.variants.some((variant) => variant.priceCents !== cheapest.priceCents),
      },
    ];
  });
}
