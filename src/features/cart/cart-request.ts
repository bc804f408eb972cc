/**
 * What the browser sends to have its cart priced (cart page, checkout): SKUs, quantities and
 * choices, never an amount that is used. The same schema checks the request on the server and
 * can shape it in the island, so both sides agree on the caps.
 */
import { z } from 'zod';
import { shopCountries } from '../../config/shop.schema.ts';
import { variantSchema } from '../catalog/catalog.schema.ts';
import { maxCartLines, maxQuantityPerLine } from './cart-lines.ts';

/** What a shopper may type as a code: generous, since it is normalised and looked up, never evaluated. */
export const discountCodeInputSchema = z.string().trim().min(1).max(64);

export const pricingLineInputSchema = z.object({
  sku: variantSchema.shape.sku,
  quantity: z.number().int().min(1).max(maxQuantityPerLine),
  /** The unit price the island showed; compared, never charged. */
  seenUnitPriceCents: z.number().int().min(0).optional(),
});

export const cartPricingRequestSchema = z.object({
  lines: z.array(pricingLineInputSchema).max(maxCartLines),
  country: z.enum(shopCountries).default('NL'),
  shippingMethodId: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  discountCode: discountCodeInputSchema.optional(),
});

export type CartPricingRequest = z.infer<typeof cartPricingRequestSchema>;
