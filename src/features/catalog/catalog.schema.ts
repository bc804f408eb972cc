/**
 * Schemas of the catalog in content/. Shared by Astro's content collections
 * (src/content.config.ts) and by Node scripts (inventory seed, catalog generator), so they
 * import nothing from Astro. Prices are integer cents including VAT.
 */
import { z } from 'zod';

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

export type Category = z.infer<typeof categorySchema>;
export type Variant = z.infer<typeof variantSchema>;
export type Color = z.infer<typeof colorSchema>;
