/**
 * Live stock for product pages: stockForProduct on both databases, and GET /api/stock/<slug>
 * (the handler with a real database and a stand-in catalog).
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedInventory } from '../../../src/features/catalog/inventory-seed.server.ts';
import { stockForProduct } from '../../../src/features/catalog/stock.server.ts';
import { handleStockRequest, type StockEndpointDeps } from '../../../src/features/product/stock-endpoint.server.ts';
import type { Db } from '../../../src/lib/db/client.server.ts';
import { inventory } from '../../../src/lib/db/schema.ts';
import { forEachDatabase } from '../../helpers/database.ts';

const catalog: Record<string, readonly string[]> = {
  'test-regenjas': ['TEST-JAS-GEEL-M', 'TEST-JAS-GEEL-L', 'TEST-JAS-GEEL-XL'],
  'test-fietstas': ['TEST-TAS-ZWART'],
};

function deps(db: Db): StockEndpointDeps {
  return { db, skusOf: async (slug) => (Object.hasOwn(catalog, slug) ? catalog[slug] : undefined) };
}

const request = (slug: string, headers: HeadersInit = {}) => new Request(`http://localhost:4321/api/stock/${slug}`, { headers });

describe('stock', () => {
  forEachDatabase((t) => {
    it('sets up inventory with a reservation and an oversold correction', async () => {
      await seedInventory(t.db, [
        { sku: 'TEST-JAS-GEEL-M', productSlug: 'test-regenjas', initialStock: 12 },
        { sku: 'TEST-JAS-GEEL-L', productSlug: 'test-regenjas', initialStock: 3 },
        { sku: 'TEST-TAS-ZWART', productSlug: 'test-fietstas', initialStock: 5 },
      ]);
      await t.db.update(inventory).set({ reserved: 2 }).where(eq(inventory.sku, 'TEST-JAS-GEEL-M'));
      // More held than on hand: a stock count corrected on_hand downwards under open checkouts.
      await t.db.update(inventory).set({ onHand: 1, reserved: 3 }).where(eq(inventory.sku, 'TEST-JAS-GEEL-L'));
    });

    it('stockForProduct: on hand minus reserved, never below zero, only the product asked for', async () => {
      expect(await stockForProduct(t.db, 'test-regenjas')).toEqual([
        { sku: 'TEST-JAS-GEEL-L', available: 0 },
        { sku: 'TEST-JAS-GEEL-M', available: 10 },
      ]);
      expect(await stockForProduct(t.db, 'test-fietstas')).toEqual([{ sku: 'TEST-TAS-ZWART', available: 5 }]);
      expect(await stockForProduct(t.db, 'nothing-here')).toEqual([]);
    });

    it('GET 200: every catalog variant in catalog order, unseeded ones as 0, cached for 30 s', async () => {
      const res = await handleStockRequest(request('test-regenjas'), 'test-regenjas', deps(t.db));
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=30');
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({
        slug: 'test-regenjas',
        variants: [
          { sku: 'TEST-JAS-GEEL-M', available: 10 },
          { sku: 'TEST-JAS-GEEL-L', available: 0 },
          { sku: 'TEST-JAS-GEEL-XL', available: 0 },
        ],
      });
    });

    it('GET 404 JSON error for an unknown product, in the asked language, not cached', async () => {
      const res = await handleStockRequest(request('bestaat-niet?locale=en'), 'bestaat-niet', deps(t.db));
      expect(res.status).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('product_not_found');
      expect(body.error.message).toMatch(/we do not know this product/i);

      const dutch = await handleStockRequest(request('x'), undefined, deps(t.db));
      expect(dutch.status).toBe(404);
      expect(((await dutch.json()) as { error: { message: string } }).error.message).toMatch(/kennen we niet/);
    });
  });
});
