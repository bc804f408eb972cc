/**
 * The app server's database: opened on first use from the environment and shared by every
 * request. Migrations and the inventory seed are not run here; scripts/start.ts runs
 * prepareDatabase() before the server starts.
 */
import path from 'node:path';
import { dataDir, getEnv, type Env } from '../env.server.ts';
import { openDatabase, type Database, type DatabaseOptions, type Db } from './client.server.ts';

/** DATABASE_URL set: that Postgres server; otherwise embedded PGlite in DATA_DIR/pglite. */
export function databaseOptionsFor(env: Env): DatabaseOptions {
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return { dataDir: path.join(dataDir(env), 'pglite') };
}

// On globalThis rather than in module scope: Vite's dev server re-evaluates modules on edits,
// and a second PGlite on the same directory would corrupt it (PGlite is single-process).
const CACHE_KEY = Symbol.for('kassa.database');
type DatabaseCache = { [CACHE_KEY]?: Promise<Database> };
const cache = globalThis as DatabaseCache;

export function getDatabase(): Promise<Database> {
  let pending = cache[CACHE_KEY];
  if (!pending) {
    pending = openDatabase(databaseOptionsFor(getEnv()));
    cache[CACHE_KEY] = pending;
    // A failed open (server down, bad URL) must not stick: the next request tries again.
    pending.catch(() => {
      if (cache[CACHE_KEY] === pending) delete cache[CACHE_KEY];
    });
  }
  return pending;
}

/** Shorthand for feature code that only needs the Drizzle handle. */
export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** Closes the shared database (graceful shutdown, tests); the next getDatabase() reopens it. */
export async function closeDatabase(): Promise<void> {
  const pending = cache[CACHE_KEY];
  if (!pending) return;
  delete cache[CACHE_KEY];
  const database = await pending.catch(() => undefined);
  await database?.close();
}
