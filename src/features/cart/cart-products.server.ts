/**
 * The catalog as the cart's extras need it (line photos, complete-your-set cards), indexed
 * once per process: the catalog is content and does not change while the server runs.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { allProducts, type CatalogProduct } from '../catalog/catalog-store.ts';
import { cartProductIndex, type CartImage, type CartProduct, type CartProductIndex } from './cart-display.ts';

/** Shown at up to 96 CSS px; 192 covers a 2x screen. */
const thumbnailWidth = 192;

/** SVG drawings are served as they are (sharp at any size); photos become a small WebP. */
export async function thumbnail(src: ImageMetadata): Promise<CartImage> {
  if (src.format === 'svg') return { src: src.src, width: src.width, height: src.height };
  const image = await getImage({ src, width: thumbnailWidth, format: 'webp' });
  const width = Number(image.attributes['width'] ?? thumbnailWidth);
  const height = Number(image.attributes['height'] ?? Math.round((src.height / src.width) * width));
  return { src: image.src, width, height };
}

async function cartProduct(product: CatalogProduct): Promise<CartProduct> {
  const imagesByColor = new Map<string, CartImage>();
  // The main image (first colour) goes first: the index uses the first entry as the fallback.
  for (const color of product.colors) {
    const image = product.images.find((candidate) => candidate.color === color.id);
    if (image) imagesByColor.set(color.id, await thumbnail(image.src));
  }
  return {
    slug: product.slug,
    name: product.name,
    complementary: product.complementary,
    imagesByColor,
    variants: product.variants.map(({ sku, color, priceCents, compareAtPriceCents }) => ({ sku, color, priceCents, compareAtPriceCents })),
  };
}

let index: Promise<CartProductIndex> | undefined;

export function cartProducts(): Promise<CartProductIndex> {
  index ??= allProducts().then(async (products) => cartProductIndex(await Promise.all(products.map(cartProduct))));
  return index;
}
