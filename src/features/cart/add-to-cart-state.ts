/**
 * When the add-to-cart button cannot add, and how many it may add: pure, so the reasons are
 * tested without a browser. A button that only greys out leaves the shopper guessing; each
 * reason here has its own sentence (messages.ts, `ui`).
 */
import { maxQuantityPerLine } from './cart-lines.ts';

export type AddBlockReason = 'chooseSize' | 'variantSoldOut' | 'colorSoldOut' | 'allInCart' | 'maxInCart';

export type AddState = Readonly<{
  /** The product has sizes (a size must be chosen before there is a SKU). */
  needsSize: boolean;
  /** The chosen variant; undefined while a size is missing. */
  sku: string | undefined;
  /** Units for sale; undefined while stock is loading or could not be fetched. */
  available: number | undefined;
  /** Units of this SKU already in the cart. */
  inCart: number;
}>;

/**
 * Why adding is not possible now, or undefined when it is. Unknown stock does not block: the
 * server prices with live stock and explains a shortage, and a slow stock call must not cost
 * a sale.
 */
export function addBlockReason(state: AddState): AddBlockReason | undefined {
  if (state.sku === undefined) return 'chooseSize';
  if (state.available !== undefined && state.available <= 0) return state.needsSize ? 'variantSoldOut' : 'colorSoldOut';
  if (state.inCart >= maxQuantityPerLine) return 'maxInCart';
  if (state.available !== undefined && state.inCart >= state.available) return 'allInCart';
  return undefined;
}

/** Units that can still be added: the per-line cap minus what is in the cart, and the stock once known. */
export function roomToAdd(state: Pick<AddState, 'available' | 'inCart'>): number {
  const byCap = maxQuantityPerLine - state.inCart;
  return Math.max(0, state.available === undefined ? byCap : Math.min(byCap, state.available - state.inCart));
}
