import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { readCatalogStock, seedInventory, type CatalogStockRow } from '../../../src/features/catalog/inventory-seed.server.ts';
import { inventory } from '../../../src/lib/db/schema.ts';
import { forEachDatabase } from '../../helpers/database.ts';

const fixtureCatalog = path.resolve(import.meta.dirname, '../../fixtures/catalog');

/** The SQLSTATE of a failed query, whichever driver and wrapper raised it. */
function sqlState(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

describe('seedInventory', () => {
  forEachDatabase((t) => {
    it('creates a row per catalog variant, and a second seed keeps live stock as it is', async () => {
      const rows = await readCatalogStock(fixtureCatalog);
      expect(await seedInventory(t.db, rows)).toBe(3);
      expect(
        await t.db
          .select({ sku: inventory.sku, onHand: inventory.onHand, reserved: inventory.reserved })
          .from(inventory)
          .orderBy(inventory.sku),
      ).toEqual([
        { sku: 'TEST-JAS-GEEL-L', onHand: 0, reserved: 0 },
        { sku: 'TEST-JAS-GEEL-M', onHand: 12, reserved: 0 },
        { sku: 'TEST-TAS-ZWART', onHand: 5, reserved: 0 },
      ]);

      await t.db.update(inventory).set({ onHand: 7 }).where(eq(inventory.sku, 'TEST-JAS-GEEL-M'));
      expect(await seedInventory(t.db, rows)).toBe(0);
      const [kept] = await t.db.select({ onHand: inventory.onHand }).from(inventory).where(eq(inventory.sku, 'TEST-JAS-GEEL-M'));
      expect(kept?.onHand).toBe(7);

      const added: CatalogStockRow = { sku: 'TEST-JAS-GEEL-XL', productSlug: 'test-regenjas', initialStock: 2 };
      expect(await seedInventory(t.db, [...rows, added])).toBe(1);
    });

    it('refuses negative stock and negative reservations', async () => {
      await seedInventory(t.db, [{ sku: 'TEST-CHECK', productSlug: 'test-check', initialStock: 1 }]);
      const negativeOnHand = await t.db
        .update(inventory)
        .set({ onHand: sql`${inventory.onHand} - 2` })
        .where(eq(inventory.sku, 'TEST-CHECK'))
        .catch((error: unknown) => error);
      expect(sqlState(negativeOnHand)).toBe('23514');
      const negativeReserved = await t.db
        .insert(inventory)
        .values({ sku: 'TEST-CHECK-2', productSlug: 'test-check', reserved: -1 })
        .catch((error: unknown) => error);
      expect(sqlState(negativeReserved)).toBe('23514');
      const [row] = await t.db.select({ onHand: inventory.onHand }).from(inventory).where(eq(inventory.sku, 'TEST-CHECK'));
      expect(row?.onHand).toBe(1);
    });

    it('seeds a large generated catalog in batches', async () => {
      const rows = Array.from({ length: 12_345 }, (_, i) => ({
        sku: `BULK-${i}`,
        productSlug: `bulk-${Math.floor(i / 10)}`,
        initialStock: i % 50,
      }));
      expect(await seedInventory(t.db, rows)).toBe(rows.length);
      expect(await seedInventory(t.db, rows)).toBe(0);
      const [stats] = await t.db
        .select({ count: sql<number>`count(*)::int`, stock: sql<number>`sum(${inventory.onHand})::int` })
        .from(inventory)
        .where(sql`${inventory.sku} like 'BULK-%'`);
      expect(stats).toEqual({ count: rows.length, stock: rows.reduce((sum, row) => sum + row.initialStock, 0) });
    });
  });
});
