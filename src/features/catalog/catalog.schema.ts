/**
 * Schemas of the catalog in content/. Shared by Astro's content collections
 * (src/content.config.ts) and by Node scripts (inventory seed, catalog generator, tests), so
 * they import nothing from Astro. Prices are integer cents including VAT.
 *
 * Astro's `astro/zod` re-exports this same `zod` package (v4), so these schemas are used by
 * the collections as they are; the only Astro-specific piece, the `image()` helper, is passed
 * in through createProductSchema().
 */
import { z } from 'zod';
import { locales } from '../../lib/i18n/locales.ts';

export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');
export const localizedText = z.object({ nl: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof localizedText>;

export const colorSchema = z.object({
  id: slugSchema,
  name: localizedText,
  /** Swatch colour, also used to draw the product images. */
  hex: z.string().regex(/^#[0-9a-f]{6}$/i),
});

export const variantSchema = z.object({
  sku: z.string().regex(/^[A-Z0-9-]+$/, 'SKUs are upper-case letters, digits and hyphens'),
  color: slugSchema,
  /** Absent for one-size products. */
  size: z.string().min(1).optional(),
  priceCents: z.number().int().positive(),
  /** The former price, shown struck through when higher than priceCents. */
  compareAtPriceCents: z.number().int().positive().optional(),
  /** Stock the inventory table starts with; live stock is in the database. */
  initialStock: z.number().int().min(0),
});

export const categorySchema = z.object({
  slug: slugSchema,
  name: localizedText,
  description: localizedText,
  /** Order in navigation. */
  position: z.number().int(),
});

/** What a product photo shows; a gallery orders its thumbnails by the order in `images`. */
export const imageAngles = ['front', 'back', 'side', 'top', 'detail', 'inside', 'packed', 'lifestyle'] as const;
export type ImageAngle = (typeof imageAngles)[number];

/**
 * An image path as written in a product file: relative to that file, like the `image()`
 * helper of Astro's content collections expects ("./images/<slug>/<color>-<angle>.svg").
 */
export const relativeImagePath = z
  .string()
  .regex(
    /^\.{1,2}\/[^\s]+\.(?:svg|png|jpe?g|webp|avif)$/i,
    'use a path relative to the product file, e.g. ./images/<slug>/<color>-front.svg',
  );

const specSchema = z.object({ label: localizedText, value: localizedText });
const faqSchema = z.object({ q: localizedText, a: localizedText });

/**
 * A size chart: one column header per measurement and one row per size, values as shown
 * ("96-100"). Only garments have one.
 */
export const sizingTableSchema = z
  .object({
    columns: z.array(localizedText).min(1),
    rows: z.array(z.object({ size: z.string().min(1), values: z.array(z.string().min(1)) })).min(1),
  })
  .superRefine((table, ctx) => {
    table.rows.forEach((row, i) => {
      if (row.values.length !== table.columns.length) {
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'values'], message: `needs ${table.columns.length} values, one per column` });
      }
    });
  });

/**
 * A product file, content/products/<slug>.json.
 *
 * Images are listed explicitly, each with its colour, angle, alt text and a path relative to
 * the product file. Explicit paths (rather than file names derived from slug and colour) are
 * what lets Astro's `image()` schema helper resolve every file at build time: the collection
 * entry then carries ImageMetadata that <Image>, <Picture> and getImage() turn into
 * responsive AVIF/WebP, a missing file fails the build, and a shop owner can drop in
 * `front.jpg` photos without touching code. `imageSrc` is `image()` inside Astro and
 * relativeImagePath everywhere else (scripts, tests), which keeps this module free of Astro.
 */
export function createProductSchema<TImageSrc extends z.ZodType>(imageSrc: TImageSrc) {
  const productImageSchema = z.object({
    color: slugSchema,
    angle: z.enum(imageAngles),
    src: imageSrc,
    alt: localizedText,
  });

  return z
    .object({
      slug: slugSchema,
      /** Slug of a file in content/categories/. */
      category: slugSchema,
      name: localizedText,
      /** One sentence for cards, search results and meta descriptions. */
      shortDescription: localizedText,
      /** Paragraphs separated by a blank line. */
      description: localizedText,
      colors: z.array(colorSchema).min(1),
      /** In display order; absent for one-size products. */
      sizes: z.array(z.string().min(1)).min(1).optional(),
      /** Exactly one per colour x size (per colour for one-size products). */
      variants: z.array(variantSchema).min(1),
      specs: z.array(specSchema),
      materials: localizedText,
      care: localizedText,
      sizing: sizingTableSchema.optional(),
      /** How to use it, in steps separated by line breaks; also sent after delivery. */
      usage: localizedText,
      faq: z.array(faqSchema),
      /** Similar products ("you may also like"), by slug. */
      related: z.array(slugSchema),
      /** Products that complete this one ("complete your set"), by slug. */
      complementary: z.array(slugSchema),
      featured: z.boolean(),
      /** Higher sells more; drives the "popular" sort. */
      popularity: z.number().int().min(0),
      /** ISO date (YYYY-MM-DD); drives the "newest" sort. */
      publishedAt: z.iso.date(),
      /** At least three per colour; the first image of the first colour is the product's main image. */
      images: z.array(productImageSchema).min(3),
    })
    .superRefine((product, ctx) => {
      const colorIds = new Set(product.colors.map((c) => c.id));
      const sizes = product.sizes ?? [];
      if (colorIds.size !== product.colors.length) ctx.addIssue({ code: 'custom', path: ['colors'], message: 'colour ids must be unique' });
      if (new Set(sizes).size !== sizes.length) ctx.addIssue({ code: 'custom', path: ['sizes'], message: 'sizes must be unique' });

      const combinations = new Set<string>();
      const skus = new Set<string>();
      product.variants.forEach((variant, i) => {
        const path = ['variants', i];
        if (!colorIds.has(variant.color))
          ctx.addIssue({ code: 'custom', path: [...path, 'color'], message: `colour "${variant.color}" is not in colors` });
        if (product.sizes && (variant.size === undefined || !sizes.includes(variant.size))) {
          ctx.addIssue({ code: 'custom', path: [...path, 'size'], message: `size must be one of ${sizes.join(', ')}` });
        }
        if (!product.sizes && variant.size !== undefined) {
          ctx.addIssue({ code: 'custom', path: [...path, 'size'], message: 'a one-size product (no sizes) has variants without size' });
        }
        if (variant.compareAtPriceCents !== undefined && variant.compareAtPriceCents <= variant.priceCents) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'compareAtPriceCents'],
            message: 'the former price must be higher than the price',
          });
        }
        const key = `${variant.color}/${variant.size ?? ''}`;
        if (combinations.has(key)) ctx.addIssue({ code: 'custom', path, message: `duplicate variant ${key}` });
        combinations.add(key);
        if (skus.has(variant.sku)) ctx.addIssue({ code: 'custom', path: [...path, 'sku'], message: `duplicate SKU ${variant.sku}` });
        skus.add(variant.sku);
      });
      const expected = product.colors.length * Math.max(1, sizes.length);
      if (combinations.size !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['variants'],
          message: `needs one variant per colour x size (${expected}), found ${combinations.size}`,
        });
      }

      if (product.sizing) {
        product.sizing.rows.forEach((row, i) => {
          if (!sizes.includes(row.size))
            ctx.addIssue({ code: 'custom', path: ['sizing', 'rows', i, 'size'], message: `size "${row.size}" is not in sizes` });
        });
      }

      const imagesPerColor = new Map<string, Set<string>>();
      product.images.forEach((image, i) => {
        if (!colorIds.has(image.color))
          ctx.addIssue({ code: 'custom', path: ['images', i, 'color'], message: `colour "${image.color}" is not in colors` });
        const angles = imagesPerColor.get(image.color) ?? new Set<string>();
        if (angles.has(image.angle))
          ctx.addIssue({ code: 'custom', path: ['images', i, 'angle'], message: `second "${image.angle}" image for ${image.color}` });
        angles.add(image.angle);
        imagesPerColor.set(image.color, angles);
      });
      for (const color of colorIds) {
        if ((imagesPerColor.get(color)?.size ?? 0) < 3) {
          ctx.addIssue({ code: 'custom', path: ['images'], message: `colour "${color}" needs at least 3 images (angles)` });
        }
      }

      for (const key of ['related', 'complementary'] as const) {
        if (product[key].includes(product.slug)) ctx.addIssue({ code: 'custom', path: [key], message: 'a product cannot point to itself' });
      }
    });
}

/** Product files as plain JSON: image paths stay strings (scripts, tests, generators). */
export const productSchema = createProductSchema(relativeImagePath);

/** One review in content/reviews/<product-slug>.json, which holds an array of them. */
export const reviewSchema = z.object({
  /** Unique across the catalog, so submitted reviews (database) never collide with the seed. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  rating: z.number().int().min(1).max(5),
  title: z.string().min(1),
  body: z.string().min(1),
  /** Display name as the reviewer chose it ("Sanne, Utrecht"). */
  author: z.string().min(1),
  /** ISO date (YYYY-MM-DD). */
  date: z.iso.date(),
  verifiedPurchase: z.boolean(),
  /** The language it was written in; pages show reviews in every language, own language first. */
  locale: z.enum(locales),
});

export const productReviewsSchema = z.array(reviewSchema).superRefine((reviews, ctx) => {
  const ids = new Set<string>();
  reviews.forEach((review, i) => {
    if (ids.has(review.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate review id ${review.id}` });
    ids.add(review.id);
  });
});

/** The policy pages every shop needs; a page is content/pages/<slug>/<locale>.md. */
export const policyPageSlugs = ['shipping', 'returns', 'privacy', 'terms', 'contact'] as const;
export type PolicyPageSlug = (typeof policyPageSlugs)[number];

/** Frontmatter of a policy page; the Markdown body is the page text. */
export const policyPageSchema = z.object({
  title: z.string().min(1),
  /** Meta description: one or two sentences, under 160 characters for search results. */
  description: z.string().min(1).max(160),
  /** Shown as "last updated"; YAML dates and ISO strings both work. */
  updatedAt: z.coerce.date(),
});

export type Category = z.infer<typeof categorySchema>;
export type Variant = z.infer<typeof variantSchema>;
export type Color = z.infer<typeof colorSchema>;
export type Product = z.infer<typeof productSchema>;
export type ProductImage = Product['images'][number];
export type SizingTable = z.infer<typeof sizingTableSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type PolicyPage = z.infer<typeof policyPageSchema>;
