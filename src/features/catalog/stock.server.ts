/**
 * Live stock as shoppers see it: what can still be sold per variant, on_hand minus the units
 * open checkouts hold. Reading only; taking stock is the checkout's job (in a transaction).
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../lib/db/client.server.ts';
import { inventory } from '../../lib/db/schema.ts';

export type VariantStock = { sku: string; available: number };

/**
 * Available units per SKU of one product, in SKU order. Never negative: more reserved than on
 * hand (a correction of on_hand under open checkouts) still reads as sold out.
 */
export async function stockForProduct(db: Db, slug: string): Promise<VariantStock[]> {
  return db
    .select({ sku: inventory.sku, available: sql<number>`greatest(${inventory.onHand} - ${inventory.reserved}, 0)`.mapWith(Number) })
    .from(inventory)
    .where(eq(inventory.productSlug, slug))
    .orderBy(inventory.sku);
}
