/**
 * Runs a database test suite on both drivers. A test file writes its tests once inside
 * forEachDatabase(); they run as describe('pglite') on an in-memory PGlite and as
 * describe('postgres') on a database of its own on the test server (see postgres-server.ts),
 * each freshly migrated and thrown away afterwards.
 *
 *   forEachDatabase((t) => {
 *     it('keeps stock', async () => {
 *       await seedInventory(t.db, rows);
 *     });
 *   });
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, beforeEach, describe, inject } from 'vitest';
import { openDatabase, type Database, type DatabaseDriver, type Db } from '../../src/lib/db/client.server.ts';
import { migrateDatabase } from '../../src/lib/db/migrate.server.ts';

export const testDrivers: readonly DatabaseDriver[] = ['pglite', 'postgres'];

export interface TestDatabase extends Database {
  /** Closes the connection and, on Postgres, drops the database. */
  dispose(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Apply the migrations first (default true); false gives an empty database. */
  migrate?: boolean;
}

/** A fresh database on the given driver; the caller must dispose() it. */
export async function createTestDatabase(driver: DatabaseDriver, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const database = driver === 'pglite' ? await openPgliteTestDatabase() : await openPostgresTestDatabase();
  if (options.migrate ?? true) {
    try {
      await migrateDatabase(database);
    } catch (error) {
      await database.dispose();
      throw error;
    }
  }
  return database;
}

async function openPgliteTestDatabase(): Promise<TestDatabase> {
  const database = await openDatabase({ memory: true });
  return { ...database, dispose: () => database.close() };
}

async function openPostgresTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `kassa_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (sql) => sql`create database ${sql(name)}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // A small pool: several test files may hold databases on the one server at once.
  const database = await openDatabase({ databaseUrl: url.toString(), maxConnections: 4 });
  return {
    ...database,
    dispose: async () => {
      await database.close();
      // FORCE: a test that failed half-way may have left a connection open.
      await withAdmin(adminUrl, (sql) => sql`drop database if exists ${sql(name)} with (force)`);
    },
  };
}

async function withAdmin(adminUrl: string, work: (sql: postgres.Sql) => Promise<unknown>): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export interface DatabaseFixture {
  readonly driver: DatabaseDriver;
  /** The current test database; only valid inside tests and hooks. */
  readonly database: TestDatabase;
  /** Shorthand for database.db. */
  readonly db: Db;
}

export interface ForEachDatabaseOptions extends TestDatabaseOptions {
  /** 'suite' (default): one database per driver for the whole callback; 'test': one per test. */
  fresh?: 'suite' | 'test';
}

export function forEachDatabase(suite: (fixture: DatabaseFixture) => void, options: ForEachDatabaseOptions = {}): void {
  for (const driver of testDrivers) {
    describe(driver, () => {
      let current: TestDatabase | undefined;
      const database = (): TestDatabase => {
        if (!current) throw new Error('The test database is only available inside tests and hooks.');
        return current;
      };
      const fixture: DatabaseFixture = {
        driver,
        get database() {
          return database();
        },
        get db() {
          return database().db;
        },
      };
      const setUp = async () => {
        current = await createTestDatabase(driver, options);
      };
      const tearDown = async () => {
        const done = current;
        current = undefined;
        await done?.dispose();
      };
      if (options.fresh === 'test') {
        beforeEach(setUp);
        afterEach(tearDown);
      } else {
        beforeAll(setUp);
        afterAll(tearDown);
      }
      suite(fixture);
    });
  }
}
