/**
 * Units that can still be sold per product (on_hand - reserved, summed over its variants),
 * for the search page's stock filter. One grouped query over the inventory table, kept for
 * half a minute: the same freshness as the product page's stock endpoint, and a busy search
 * page costs the database two queries a minute.
 */
import { sql } from 'drizzle-orm';
import { getDb } from '../../lib/db/database.server.ts';
import { inventory } from '../../lib/db/schema.ts';
import { createSnapshot } from './live-stock.ts';

export const liveStockTtlMs = 30_000;

async function loadAvailableByProduct(): Promise<ReadonlyMap<string, number>> {
  const db = await getDb();
  const rows = await db
    .select({
      slug: inventory.productSlug,
      available: sql<number>`sum(greatest(${inventory.onHand} - ${inventory.reserved}, 0))`.mapWith(Number),
    })
    .from(inventory)
    .groupBy(inventory.productSlug);
  return new Map(rows.map((row) => [row.slug, row.available]));
}

/** Available units per product slug; undefined when the database cannot be reached (use initialStock). */
export const availableByProduct = createSnapshot(loadAvailableByProduct, {
  ttlMs: liveStockTtlMs,
  onError: (error) => console.error('[search] live stock unavailable, using the catalog stock', error),
});
