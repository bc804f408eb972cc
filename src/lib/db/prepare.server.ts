/**
 * Gets the database ready before the server starts: open, migrate, add inventory rows for new
 * catalog variants, close. Run by `npm run db:migrate` and by scripts/start.ts in its own
 * step, because PGlite allows one open instance per data directory and the server opens its
 * own afterwards.
 */
import path from 'node:path';
import { readCatalogStock, seedInventory } from '../../features/catalog/inventory-seed.server.ts';
import type { Env } from '../env.server.ts';
import { openDatabase, type DatabaseDriver } from './client.server.ts';
import { databaseOptionsFor } from './database.server.ts';
import { migrateDatabase } from './migrate.server.ts';

export function catalogDirFor(env: Env): string {
  return path.resolve(env.CATALOG_DIR);
}

export interface PrepareSummary {
  driver: DatabaseDriver;
  /** Safe to print: a directory or a URL without password. */
  location: string;
  /** Migrations applied now (0 when up to date). */
  migrated: number;
  /** Inventory rows created now (0 when every variant already had one). */
  seeded: number;
}

export async function prepareDatabase(env: Env): Promise<PrepareSummary> {
  // Validate the catalog before touching the database, so a bad file changes nothing.
  const stock = await readCatalogStock(catalogDirFor(env));
  const database = await openDatabase(databaseOptionsFor(env));
  try {
    const { applied } = await migrateDatabase(database);
    const seeded = await seedInventory(database.db, stock);
    return { driver: database.driver, location: database.location, migrated: applied, seeded };
  } finally {
    await database.close();
  }
}

export function formatPrepareSummary(summary: PrepareSummary): string {
  const migrations =
    summary.migrated === 0 ? 'schema up to date' : `${summary.migrated} migration${summary.migrated === 1 ? '' : 's'} applied`;
  return `Database ready (${summary.driver} at ${summary.location}): ${migrations}, ${summary.seeded} new inventory row${summary.seeded === 1 ? '' : 's'}.`;
}
