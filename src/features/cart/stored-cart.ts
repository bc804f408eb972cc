/**
 * The cart as it sits in localStorage, `{ "version": 1, "lines": [{ sku, quantity, addedAt }] }`,
 * and the guard that reads it back: storage is outside our control (another version of the
 * shop, an extension, a hand edit), so what comes out is checked, never trusted.
 *
 * Checked by hand rather than with zod: the header's cart count loads this on every page, and
 * even zod/mini cost 5.5 KB compressed of the page's JavaScript budget (lighthouserc.json) for
 * three fields. The rules are the catalog's (a unit test keeps the SKU rule in step with
 * variantSchema) and the tests pin every case.
 */
import { cartVersion, emptyCart, normalizeLines, type Cart, type CartLine } from './cart-lines.ts';

/** The catalog's SKU rule (variantSchema.sku); a test keeps the two in step. */
export const storedSkuPattern = /^[A-Z0-9-]+$/;

/** Above this a stored quantity is nonsense rather than an old, higher cap; the line is dropped. */
const maxStoredQuantity = 1000;

const isWholeNumber = (value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;

/** One stored line, or undefined; lenient on quantity (capped later) so a lowered cap does not empty old carts. */
function readLine(candidate: unknown): CartLine | undefined {
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const { sku, quantity, addedAt } = candidate as Record<string, unknown>;
  if (typeof sku !== 'string' || !storedSkuPattern.test(sku)) return undefined;
  if (!isWholeNumber(quantity, 1, maxStoredQuantity) || !isWholeNumber(addedAt, 0)) return undefined;
  return { sku, quantity, addedAt };
}

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
  if (typeof data !== 'object' || data === null) return emptyCart();
  const { version, lines } = data as Record<string, unknown>;
  if (version !== cartVersion || !Array.isArray(lines)) return emptyCart();
  const normalized = normalizeLines(lines.map(readLine).filter((line) => line !== undefined));
  return normalized.length === 0 ? emptyCart() : { version: cartVersion, lines: normalized };
}

/** The stored form; undefined for an empty cart, so an empty cart leaves no key behind. */
export function serializeCart(cart: Cart): string | undefined {
  if (cart.lines.length === 0) return undefined;
  const lines = cart.lines.map(({ sku, quantity, addedAt }) => ({ sku, quantity, addedAt }));
  return JSON.stringify({ version: cartVersion, lines });
}
