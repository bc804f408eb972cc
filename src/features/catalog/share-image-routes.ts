/**
 * The share-image endpoints (src/pages/og/**): which images exist and what each shows. The
 * routes are prerendered, so every product, category and the home page gets a PNG per locale
 * at build time (URLs in share-image-path.ts). Each route's getStaticPaths builds the layouts
 * and queues them for drawing in the background (share-image-render.server.ts); its GET then
 * only hands over the finished PNG.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { z } from 'zod';
import { trustMessages } from '../../components/trust-promises.ts';
import { shop } from '../../config/shop.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { fill } from '../../lib/i18n/messages.ts';
import { formatMoney, money } from '../../lib/money.ts';
// As a data URI: the share image embeds the picture itself.
import heroSceneUri from '../home/hero-scene.svg?inline';
import { allProducts, categoriesInOrder, type CatalogProduct } from './catalog-store.ts';
import { mainImage } from './main-image.ts';
import { catalogMessages, countText } from './messages.ts';
import { discountPercent, productPrice } from './product-price.ts';
import { fileDataUri, queueShareImages, renderSharePng } from './share-image-render.server.ts';
import { categoryShareImage, homeShareImage, productShareImage, type ShareNode, type ShareTheme } from './share-image.ts';
import { sortProducts } from './sort.ts';

export type ShareImageProps = { tree: ShareNode };
type ShareImagePath = { params: { slug: string }; props: ShareImageProps };
export type ShareImageRoute = { getStaticPaths: () => Promise<ShareImagePath[]>; GET: APIRoute };

async function theme(): Promise<ShareTheme> {
  const { colors, name } = shop.brand;
  // The favicon is the brand mark; a fork that changes its logo changes its share images too.
  const mark = await fileDataUri(path.resolve('public/favicon.svg'));
  return { brand: name, primary: colors.primary, primaryContrast: colors.primaryContrast, accent: colors.accent, ink: colors.ink, mark };
}

async function pngResponse(tree: ShareNode): Promise<Response> {
  const png = await renderSharePng(tree);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}

const GET: APIRoute = ({ props }) => pngResponse((props as ShareImageProps).tree);

/** A route whose paths carry their layouts, queued for drawing as soon as Astro asks for them. */
function shareRoute(paths: () => Promise<ShareImagePath[]>): ShareImageRoute {
  return {
    GET,
    getStaticPaths: async () => {
      const list = await paths();
      // `astro dev` asks for the paths on every request: draw only the image asked for.
      if (!import.meta.env.DEV) await queueShareImages(list.map((entry) => entry.props.tree));
      return list;
    },
  };
}

// Only the image paths of a product file matter here; the collection validated the rest.
const productImagesSchema = z.object({ images: z.array(z.object({ src: z.string() })) });
let productFiles: Promise<Map<string, string>> | undefined;
const imageFiles = new Map<string, Promise<string>>();

/**
 * The source file of a product's main image. Collection entries carry the image as resolved
 * metadata (for an SVG, an inline-SVG component) without its path on disk, so the path is read
 * from the product's own file, where it is written relative to that file.
 */
function productImageFile(product: CatalogProduct): Promise<string> {
  let file = imageFiles.get(product.slug);
  if (!file) {
    file = (async () => {
      productFiles ??= getCollection('products').then(
        (entries) => new Map(entries.flatMap((entry) => (entry.filePath ? [[entry.id, entry.filePath]] : []))),
      );
      const source = (await productFiles).get(product.slug);
      const image = mainImage(product);
      if (!source || !image) throw new Error(`share image: no image for product ${product.slug}`);
      const raw = productImagesSchema.parse(JSON.parse(await readFile(source, 'utf8')));
      const relative = raw.images[product.images.indexOf(image)]?.src;
      if (!relative) throw new Error(`share image: no image path in ${source}`);
      return path.resolve(path.dirname(source), relative);
    })();
    imageFiles.set(product.slug, file);
  }
  return file;
}

async function productImageUri(product: CatalogProduct): Promise<string> {
  return fileDataUri(await productImageFile(product));
}

function byPopularity(products: readonly CatalogProduct[]): CatalogProduct[] {
  return sortProducts(products, 'popular', (product) => ({
    slug: product.slug,
    popularity: product.popularity,
    publishedAt: product.publishedAt,
    priceCents: 0,
    ratingAverage: 0,
    ratingCount: 0,
  }));
}

export function productShareRoute(locale: Locale): ShareImageRoute {
  return shareRoute(async () => {
    const [products, categories, brand] = await Promise.all([allProducts(), categoriesInOrder(), theme()]);
    const categoryNames = new Map(categories.map((category) => [category.slug, category.name[locale]]));
    const t = catalogMessages[locale];
    const note = fill(t.share.freeShipping, {
      amount: formatMoney(money(shop.shipping.freeShippingThresholdCents), locale, { stripZeroCents: true }),
    });
    return Promise.all(
      products.map(async (product) => {
        const { price, compareAt, varies } = productPrice(product.variants);
        const tree = productShareImage({
          theme: brand,
          image: await productImageUri(product),
          eyebrow: categoryNames.get(product.category) ?? '',
          name: product.name[locale],
          from: varies ? t.share.from : undefined,
          price: formatMoney(price, locale),
          was: compareAt ? formatMoney(compareAt, locale) : undefined,
          badge: compareAt ? fill(t.sale, { percent: discountPercent(price, compareAt) }) : undefined,
          swatches: product.colors.map((color) => color.hex),
          colorsLabel: countText(t.share.colors, product.colors.length, locale),
          note,
        });
        return { params: { slug: product.slug }, props: { tree } };
      }),
    );
  });
}

export function categoryShareRoute(locale: Locale): ShareImageRoute {
  return shareRoute(async () => {
    const [products, categories, brand] = await Promise.all([allProducts(), categoriesInOrder(), theme()]);
    return Promise.all(
      categories.map(async (category) => {
        const inCategory = products.filter((product) => product.category === category.slug);
        // Four different pictures: generated catalogs reuse drawings across products.
        const images = [...new Set(await Promise.all(byPopularity(inCategory).slice(0, 12).map(productImageUri)))].slice(0, 4);
        const tree = categoryShareImage({
          theme: brand,
          name: category.name[locale],
          description: category.description[locale],
          count: countText(catalogMessages[locale].productCount, inCategory.length, locale),
          images,
        });
        return { params: { slug: category.slug }, props: { tree } };
      }),
    );
  });
}

/** The home page's image; a route without parameters, so GET builds its layout itself. */
export function homeShareRoute(locale: Locale): APIRoute {
  return async () => {
    const t = trustMessages[locale];
    const amount = formatMoney(money(shop.shipping.freeShippingThresholdCents), locale, { stripZeroCents: true });
    const tree = homeShareImage({
      theme: await theme(),
      tagline: shop.brand.tagline[locale],
      promises: [fill(t.freeShipping, { amount }), fill(shop.returns.free ? t.returns : t.returnsPaid, { days: shop.returns.windowDays })],
      image: heroSceneUri,
    });
    return pngResponse(tree);
  };
}
