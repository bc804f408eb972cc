/**
 * The one large rendition of a product photo: the zoom view opens it, a tap without
 * JavaScript opens it, and structured data points search engines at it. One transform, so
 * the build writes the file once whoever asks.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

export const largeImageWidth = 1200;

/** A raster (WebP) at zoom size: what search engines accept as a product image. */
export async function largeImageUrl(src: ImageMetadata): Promise<string> {
  return (await getImage({ src, width: largeImageWidth, format: 'webp' })).src;
}

/** What the zoom view shows: a vector as it is (sharp at any zoom), a photo at zoom size. */
export async function zoomImageUrl(src: ImageMetadata): Promise<string> {
  return src.format === 'svg' ? src.src : largeImageUrl(src);
}
