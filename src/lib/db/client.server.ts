/**
 * Opens the operational database on either driver and hands back one Drizzle type, so feature
 * code never knows whether it runs on embedded PGlite or on a Postgres server. Only this file
 * (and the migrator) may branch on the driver.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema.ts';

export type Schema = typeof schema;

/**
 * The database handle feature code takes. A transaction (`db.transaction(tx => ...)`) is a
 * subclass of it, so a function typed `(db: Db)` accepts a transaction as well.
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseDriver = 'pglite' | 'postgres';

export type DatabaseOptions =
  | {
      databaseUrl: string;
      /** Pool size per process; the default suits one web instance on a small server. */
      maxConnections?: number;
    }
  | { dataDir: string }
  | { memory: true };

export interface Database {
  readonly db: Db;
  readonly driver: DatabaseDriver;
  /** Where the data lives, safe to log: a PGlite directory, `memory`, or a URL without password. */
  readonly location: string;
  /** The raw PGlite instance: pg-boss runs on it through its PGlite adapter. */
  readonly pglite?: PGlite;
  /**
   * The Postgres URL, for work that needs its own session rather than a pooled connection
   * (the migration lock, pg-boss). Holds the password: never log it, use `location`.
   */
  readonly databaseUrl?: string;
  close(): Promise<void>;
}

const DEFAULT_MAX_CONNECTIONS = 10;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ('databaseUrl' in options) return openPostgres(options.databaseUrl, options.maxConnections ?? DEFAULT_MAX_CONNECTIONS);
  if ('dataDir' in options) {
    const dir = path.resolve(options.dataDir);
    mkdirSync(dir, { recursive: true });
    return openPglite(await PGlite.create(dir), dir);
  }
  return openPglite(await PGlite.create(), 'memory');
}

function openPglite(pglite: PGlite, location: string): Database {
  const db: Db = drizzlePglite({ client: pglite, schema });
  return {
    db,
    driver: 'pglite',
    location,
    pglite,
    close: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
}

function openPostgres(databaseUrl: string, max: number): Database {
  // Notices (e.g. "schema already exists, skipping") are expected noise, not news.
  const client = postgres(databaseUrl, { max, onnotice: () => {} });
  const db: Db = drizzlePostgres({ client, schema });
  return {
    db,
    driver: 'postgres',
    location: redactDatabaseUrl(databaseUrl),
    databaseUrl,
    close: () => client.end({ timeout: 5 }),
  };
}

/** `postgres://user:secret@host:5432/shop?sslmode=require` -> `postgres://user@host:5432/shop`. */
export function redactDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const user = url.username ? `${url.username}@` : '';
    return `${url.protocol}//${user}${url.host}${url.pathname}`;
  } catch {
    return 'postgres (unparseable URL)';
  }
}
