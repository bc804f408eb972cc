/**
 * Applies the generated migrations in ./migrations with Drizzle's own migrators.
 *
 * Only Node scripts (db:migrate, start) and tests call this, never code inside the Astro
 * server bundle: the folder is found next to this file through import.meta.url, which a
 * bundler would point at the bundle's chunk instead.
 */
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { Database } from './client.server.ts';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

// Drizzle's defaults, spelled out because the applied count is read from this table.
const MIGRATIONS_SCHEMA = 'drizzle';
const MIGRATIONS_TABLE = '__drizzle_migrations';

/**
 * Key of the session-level advisory lock that serialises migrations across processes (several
 * web instances or workers starting at once). Arbitrary, but fixed forever.
 */
const MIGRATION_LOCK_KEY = 7_305_511_946_082;

export interface MigrationResult {
  /** Migrations applied by this call; 0 when the database was already up to date. */
  applied: number;
  /** Migrations recorded in the database afterwards. */
  total: number;
}

export async function migrateDatabase(database: Database): Promise<MigrationResult> {
  if (database.driver === 'pglite') {
    if (!database.pglite) throw new Error('migrateDatabase: a PGlite database must carry its pglite instance.');
    return migrateOnPglite(database.pglite);
  }
  if (!database.databaseUrl) throw new Error('migrateDatabase: a Postgres database must carry its databaseUrl.');
  return migrateOnPostgres(database.databaseUrl);
}

// PGlite is one process, but two callers in it could still interleave between Drizzle's
// "read last migration" and its transaction; chain them per instance.
const pgliteQueues = new WeakMap<PGlite, Promise<unknown>>();

function migrateOnPglite(pglite: PGlite): Promise<MigrationResult> {
  const previous = pgliteQueues.get(pglite) ?? Promise.resolve();
  const run = previous
    .catch(() => {})
    .then(async () => {
      const count = async () => {
        const exists = await pglite.query<{ present: boolean }>(
          `select to_regclass('${MIGRATIONS_SCHEMA}.${MIGRATIONS_TABLE}') is not null as present`,
        );
        if (!exists.rows[0]?.present) return 0;
        const result = await pglite.query<{ n: number }>(`select count(*)::int as n from ${MIGRATIONS_SCHEMA}.${MIGRATIONS_TABLE}`);
        return result.rows[0]?.n ?? 0;
      };
      const before = await count();
      await migratePglite(drizzlePglite({ client: pglite }), {
        migrationsFolder,
        migrationsSchema: MIGRATIONS_SCHEMA,
        migrationsTable: MIGRATIONS_TABLE,
      });
      const total = await count();
      return { applied: total - before, total };
    });
  pgliteQueues.set(pglite, run);
  return run;
}

async function migrateOnPostgres(databaseUrl: string): Promise<MigrationResult> {
  // One connection, so the advisory lock, Drizzle's bookkeeping and its migration transaction
  // share a session: a pool could run them on different connections and the lock would guard
  // nothing.
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY}::bigint)`;
    const count = async () => {
      const [exists] = await client<
        { present: boolean }[]
      >`select to_regclass(${`${MIGRATIONS_SCHEMA}.${MIGRATIONS_TABLE}`}) is not null as present`;
      if (!exists?.present) return 0;
      const [row] = await client<{ n: number }[]>`select count(*)::int as n from ${client(MIGRATIONS_SCHEMA)}.${client(MIGRATIONS_TABLE)}`;
      return row?.n ?? 0;
    };
    const before = await count();
    await migratePostgres(drizzlePostgres({ client }), {
      migrationsFolder,
      migrationsSchema: MIGRATIONS_SCHEMA,
      migrationsTable: MIGRATIONS_TABLE,
    });
    const total = await count();
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY}::bigint)`;
    return { applied: total - before, total };
  } finally {
    // Ending the session also releases the lock if anything above threw.
    await client.end({ timeout: 5 });
  }
}
