/**
 * The real price of a cart: catalog prices from the CatalogLookup, live stock from the
 * inventory table, the discount code judged here, then the same pure pricing the browser's
 * preview uses. Whatever a client says an amount is, this is what it costs.
 *
 * Stock read here is a snapshot to explain the cart; it reserves nothing. Placing the order
 * reserves units with a conditional update (never below zero), which is what actually stops
 * two shoppers from buying the last unit.
 */
import { inArray, sql } from 'drizzle-orm';
import { shop } from '../../config/shop.ts';
import type { Db } from '../../lib/db/client.server.ts';
import { inventory } from '../../lib/db/schema.ts';
import type { ShippingCountry } from '../shipping/delivery-promise.ts';
import type { CatalogLookup } from './cart-catalog.ts';
import { normalizeLines } from './cart-lines.ts';
import { priceCart, pricingRulesFromShop, type PricedCart, type PricingLineInput, type PricingRules } from './cart-pricing.ts';
import { normalizeDiscountCode } from './discount.ts';
import { checkDiscountCode, defaultDiscountSources, type DiscountSource } from './discount.server.ts';

export type ServerPricingOptions = Readonly<{
  catalog: CatalogLookup;
  country: ShippingCountry;
  shippingMethodId?: string | undefined;
  /** As the shopper typed it. */
  discountCode?: string | undefined;
  /** For the discount's validity; defaults to the current time. */
  now?: Date | undefined;
  discountSources?: readonly DiscountSource[] | undefined;
  /** Defaults to the shop configuration. */
  rules?: PricingRules | undefined;
}>;

/** Units available to sell per SKU (on hand minus reserved, never below 0); SKUs without a row are absent. */
export async function loadAvailableStock(db: Db, skus: readonly string[]): Promise<Map<string, number>> {
  if (skus.length === 0) return new Map();
  const rows = await db
    .select({
      sku: inventory.sku,
      available: sql<number>`greatest(${inventory.onHand} - ${inventory.reserved}, 0)`.mapWith(Number),
    })
    .from(inventory)
    .where(inArray(inventory.sku, [...skus]));
  return new Map(rows.map((row) => [row.sku, row.available]));
}

export async function priceCartOnServer(db: Db, lines: readonly PricingLineInput[], options: ServerPricingOptions): Promise<PricedCart> {
  const rules = options.rules ?? pricingRulesFromShop(shop);
  const skus = normalizeLines(lines).map((line) => line.sku);
  const [catalog, stock] = await Promise.all([options.catalog(skus), loadAvailableStock(db, skus)]);
  const input = {
    lines,
    catalog,
    stock,
    country: options.country,
    shippingMethodId: options.shippingMethodId,
    rules,
  };
  const undiscounted = priceCart(input);
  const typed = options.discountCode?.trim();
  if (!typed) return undiscounted;

  // The code is judged against the goods as they can actually be bought (after stock cuts).
  const check = await checkDiscountCode(
    typed,
    undiscounted.subtotal,
    options.now ?? new Date(),
    options.discountSources ?? defaultDiscountSources,
  );
  if (check.ok) return priceCart({ ...input, discount: check.discount });
  return { ...undiscounted, discount: { status: 'rejected', code: normalizeDiscountCode(typed) ?? typed, error: check.error } };
}
