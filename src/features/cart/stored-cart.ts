/**
 * The cart as it sits in localStorage, `{ "version": 1, "lines": [{ sku, quantity, addedAt }] }`,
 * and the schema that guards reading it back: storage is outside our control (another version
 * of the shop, an extension, a hand edit), so what comes out is validated, never trusted.
 *
 * `zod/mini` rather than `zod`: the header's cart badge loads this on every page, and the
 * classic build would take a large bite of the page's JavaScript budget (lighthouserc.json);
 * the mini build is the same validator, tree-shaken to a few kilobytes.
 */
import * as z from 'zod/mini';
import { cartVersion, emptyCart, normalizeLines, type Cart, type CartLine } from './cart-lines.ts';

/** The catalog's SKU rule (variantSchema.sku); a test keeps the two in step. */
export const storedSkuPattern = /^[A-Z0-9-]+$/;

/** One stored line; lenient on quantity (capped afterwards) so a lowered cap does not empty old carts. */
export const storedLineSchema = z.object({
  sku: z.string().check(z.regex(storedSkuPattern)),
  quantity: z.number().check(z.int(), z.minimum(1), z.maximum(1000)),
  addedAt: z.number().check(z.int(), z.minimum(0)),
});

/** The envelope; lines are checked one by one so one bad line does not cost the whole cart. */
export const storedCartSchema = z.object({
  version: z.literal(cartVersion),
  lines: z.array(z.unknown()),
});

export type StoredCartLine = z.infer<typeof storedLineSchema>;

/**
 * Reads a stored cart and never throws: a value that is not JSON, has another version or is no
 * cart at all gives the empty cart; inside a valid cart a line that does not parse is dropped
 * and the rest kept (merged and capped), so one bad line (an SKU renamed by a fork, a hand
 * edit) does not cost the shopper the whole cart.
 */
export function parseStoredCart(raw: string | null | undefined): Cart {
  if (typeof raw !== 'string' || raw === '') return emptyCart();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return emptyCart();
  }
  const parsed = storedCartSchema.safeParse(data);
  if (!parsed.success) return emptyCart();
  const lines: CartLine[] = [];
  for (const candidate of parsed.data.lines) {
    const line = storedLineSchema.safeParse(candidate);
    if (line.success) lines.push(line.data);
  }
  const normalized = normalizeLines(lines);
  return normalized.length === 0 ? emptyCart() : { version: cartVersion, lines: normalized };
}

/** The stored form; undefined for an empty cart, so an empty cart leaves no key behind. */
export function serializeCart(cart: Cart): string | undefined {
  if (cart.lines.length === 0) return undefined;
  const lines: StoredCartLine[] = cart.lines.map(({ sku, quantity, addedAt }) => ({ sku, quantity, addedAt }));
  return JSON.stringify({ version: cartVersion, lines });
}
