/**
 * The cart as the browser keeps it: which SKUs and how many, nothing else. Prices, names and
 * stock are looked up when the cart is priced (cart-pricing.ts), so a stored cart can never
 * carry a stale or tampered amount into a total.
 *
 * Every function is pure and returns a new cart; the persistent store (cart-store.ts) and the
 * server (checkout input) both run through here, so the caps hold on either side. No imports:
 * the header's cart badge loads this on every page, inside the page's JavaScript budget.
 */

/** Most units of one SKU in a cart: enough for a family, small enough to catch a typo like 100. */
export const maxQuantityPerLine = 10;
/** Most distinct SKUs in a cart; bounds what a checkout request can make the server look up. */
export const maxCartLines = 50;
/** Bumped when the stored shape changes; a cart of another version is discarded, not guessed at. */
export const cartVersion = 1;

export type CartLine = Readonly<{
  sku: string;
  quantity: number;
  /** Epoch milliseconds of the first add: orders the cart and later an abandoned-cart mail. */
  addedAt: number;
}>;

export type Cart = Readonly<{ version: typeof cartVersion; lines: readonly CartLine[] }>;

/** A removed line and where it stood, so "Ongedaan maken" puts it back in the same place. */
export type RemovedLine = Readonly<{ line: CartLine; index: number }>;

export type AddResult = Readonly<{
  cart: Cart;
  /** Units actually added: less than asked when a cap was reached, 0 when nothing fitted. */
  added: number;
  /** Why fewer were added: the per-line maximum or the number of lines. */
  limitedBy?: 'perLine' | 'lines';
}>;

const empty: Cart = Object.freeze({ version: cartVersion, lines: Object.freeze([]) });

export function emptyCart(): Cart {
  return empty;
}

function assertQuantity(quantity: number): void {
  if (!Number.isSafeInteger(quantity)) throw new RangeError(`Quantity must be a whole number, got ${String(quantity)}`);
}

/**
 * Adds units of a SKU; an SKU already in the cart gets more units on its line (and keeps its
 * place), never a second line. Caps at maxQuantityPerLine and maxCartLines and says so.
 */
export function addToCart(cart: Cart, sku: string, quantity: number, now: number): AddResult {
  assertQuantity(quantity);
  if (quantity < 1) return { cart, added: 0 };
  const index = cart.lines.findIndex((line) => line.sku === sku);
  const existing = cart.lines[index];
  if (existing) {
    const target = Math.min(existing.quantity + quantity, maxQuantityPerLine);
    const added = target - existing.quantity;
    const lines = cart.lines.with(index, { ...existing, quantity: target });
    const next: Cart = added === 0 ? cart : { version: cartVersion, lines };
    return added < quantity ? { cart: next, added, limitedBy: 'perLine' } : { cart: next, added };
  }
  if (cart.lines.length >= maxCartLines) return { cart, added: 0, limitedBy: 'lines' };
  const added = Math.min(quantity, maxQuantityPerLine);
  const next: Cart = { version: cartVersion, lines: [...cart.lines, { sku, quantity: added, addedAt: now }] };
  return added < quantity ? { cart: next, added, limitedBy: 'perLine' } : { cart: next, added };
}

/**
 * Sets the quantity of a line, clamped to maxQuantityPerLine; 0 or less removes it. A SKU not
 * in the cart is left out: a stepper on a line that another tab just removed must not revive it.
 */
export function setLineQuantity(cart: Cart, sku: string, quantity: number): Cart {
  assertQuantity(quantity);
  const index = cart.lines.findIndex((line) => line.sku === sku);
  const existing = cart.lines[index];
  if (!existing) return cart;
  if (quantity < 1) return removeLine(cart, sku).cart;
  const target = Math.min(quantity, maxQuantityPerLine);
  if (target === existing.quantity) return cart;
  return { version: cartVersion, lines: cart.lines.with(index, { ...existing, quantity: target }) };
}

/** Removes a line and hands it back with its position for an undo; removed is absent when the SKU was not there. */
export function removeLine(cart: Cart, sku: string): { cart: Cart; removed?: RemovedLine } {
  const index = cart.lines.findIndex((line) => line.sku === sku);
  const line = cart.lines[index];
  if (!line) return { cart };
  return { cart: { version: cartVersion, lines: cart.lines.toSpliced(index, 1) }, removed: { line, index } };
}

/**
 * Puts a removed line back where it was. If the shopper added the same SKU again in the
 * meantime, the units are merged into that line (capped), so an undo never makes a duplicate.
 * A cart that filled up to maxCartLines since the removal stays as it is.
 */
export function restoreLine(cart: Cart, removed: RemovedLine): Cart {
  const { line } = removed;
  if (cart.lines.some((existing) => existing.sku === line.sku)) {
    return addToCart(cart, line.sku, line.quantity, line.addedAt).cart;
  }
  if (cart.lines.length >= maxCartLines) return cart;
  const index = Math.max(0, Math.min(removed.index, cart.lines.length));
  const restored = { ...line, quantity: Math.min(Math.max(line.quantity, 1), maxQuantityPerLine) };
  return { version: cartVersion, lines: cart.lines.toSpliced(index, 0, restored) };
}

export function clearCart(): Cart {
  return empty;
}

/** Units in the cart: the number on the header's cart badge. */
export function cartItemCount(cart: Cart): number {
  return cart.lines.reduce((count, line) => count + line.quantity, 0);
}

export function cartQuantityOf(cart: Cart, sku: string): number {
  return cart.lines.find((line) => line.sku === sku)?.quantity ?? 0;
}

/**
 * Merges repeated SKUs (summing units, the first line's other fields win), drops lines below
 * one unit, caps quantities at maxQuantityPerLine and keeps at most maxCartLines lines in
 * first-seen order. For lines that crossed a boundary (storage, a request).
 */
export function normalizeLines<L extends { sku: string; quantity: number }>(lines: readonly L[]): L[] {
  const bySku = new Map<string, L>();
  for (const line of lines) {
    // NaN and fractions pass through untouched (NaN < 1 is false), for the caller to refuse.
    if (line.quantity < 1) continue;
    const seen = bySku.get(line.sku);
    if (seen) {
      bySku.set(line.sku, { ...seen, quantity: Math.min(seen.quantity + line.quantity, maxQuantityPerLine) });
    } else if (bySku.size < maxCartLines) {
      bySku.set(line.sku, { ...line, quantity: Math.min(line.quantity, maxQuantityPerLine) });
    }
  }
  return [...bySku.values()];
}
