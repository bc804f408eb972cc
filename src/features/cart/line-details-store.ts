/**
 * The line details (line-details.ts) in localStorage under 'kassa:cart-details', next to the
 * cart itself, so a preview survives a reload and other tabs see the same names and photos.
 * Read it after mount, like the cart.
 */
import { persistentAtom } from '@nanostores/persistent';
import type { CartPriceResponse } from './cart-price-client.ts';
import {
  detailsAfterPricing,
  parseLineDetails,
  serializeLineDetails,
  withLineDetails,
  type LineDetails,
  type LineDetailsBySku,
} from './line-details.ts';

export const lineDetailsStorageKey = 'kassa:cart-details';

export const $lineDetails = persistentAtom<LineDetailsBySku>(
  lineDetailsStorageKey,
  {},
  { encode: serializeLineDetails, decode: parseLineDetails },
);

/** What the product page knew about a SKU the moment it was added. */
export function rememberLine(entry: LineDetails): void {
  $lineDetails.set(withLineDetails($lineDetails.get(), entry));
}

/** The server's word on every line, replacing what the browser remembered. */
export function rememberPricing(response: CartPriceResponse, cartSkus: readonly string[]): void {
  $lineDetails.set(detailsAfterPricing($lineDetails.get(), response, cartSkus));
}
