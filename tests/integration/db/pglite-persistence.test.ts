import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedInventory } from '../../../src/features/catalog/inventory-seed.server.ts';
import { openDatabase } from '../../../src/lib/db/client.server.ts';
import { migrateDatabase } from '../../../src/lib/db/migrate.server.ts';
import { inventory } from '../../../src/lib/db/schema.ts';

describe('PGlite data directory', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kassa-pglite-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keeps schema and stock after closing and reopening', async () => {
    const first = await openDatabase({ dataDir: path.join(dir, 'pglite') });
    expect(first.location).toBe(path.join(dir, 'pglite'));
    expect((await migrateDatabase(first)).applied).toBeGreaterThan(0);
    await seedInventory(first.db, [{ sku: 'PERSIST-1', productSlug: 'persist', initialStock: 4 }]);
    await first.db.update(inventory).set({ onHand: 3, reserved: 1 }).where(eq(inventory.sku, 'PERSIST-1'));
    await first.close();

    const second = await openDatabase({ dataDir: path.join(dir, 'pglite') });
    try {
      expect((await migrateDatabase(second)).applied).toBe(0);
      expect(
        await second.db.select({ sku: inventory.sku, onHand: inventory.onHand, reserved: inventory.reserved }).from(inventory),
      ).toEqual([{ sku: 'PERSIST-1', onHand: 3, reserved: 1 }]);
    } finally {
      await second.close();
    }
  });
});
