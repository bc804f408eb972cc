import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrationsFolder } from '../../../src/lib/db/migrate.server.ts';
import { formatPrepareSummary, prepareDatabase } from '../../../src/lib/db/prepare.server.ts';
import { parseEnv } from '../../../src/lib/env.server.ts';
import { createTestDatabase } from '../../helpers/database.ts';

const fixtureCatalog = path.resolve(import.meta.dirname, '../../fixtures/catalog');
const migrationCount = readMigrationFiles({ migrationsFolder }).length;

describe('prepareDatabase', () => {
  let tmp: string;
  let catalog: string;
  beforeEach(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'kassa-prepare-'));
    catalog = path.join(tmp, 'catalog');
    await cp(fixtureCatalog, catalog, { recursive: true });
  });
  afterEach(() => rm(tmp, { recursive: true, force: true }));

  it('creates, migrates and seeds an embedded database in an empty data directory, then only adds what is new', async () => {
    const env = { ...parseEnv({ APP_ENV: 'test', DATA_DIR: path.join(tmp, 'data') }), CATALOG_DIR: catalog };
    const first = await prepareDatabase(env);
    expect(first).toEqual({ driver: 'pglite', location: path.join(tmp, 'data', 'pglite'), migrated: migrationCount, seeded: 3 });
    expect(formatPrepareSummary(first)).toMatch(/^Database ready \(pglite at .+\): \d+ migrations? applied, 3 new inventory rows\.$/);

    await writeFile(
      path.join(catalog, 'products', 'nieuw.json'),
      JSON.stringify({ slug: 'nieuw', variants: [{ sku: 'NIEUW-1', initialStock: 2 }] }),
    );
    expect(await prepareDatabase(env)).toEqual({ ...first, migrated: 0, seeded: 1 });
  });

  it('touches nothing when the catalog is invalid', async () => {
    await writeFile(path.join(catalog, 'products', 'kapot.json'), '[');
    const env = { ...parseEnv({ APP_ENV: 'test', DATA_DIR: path.join(tmp, 'data') }), CATALOG_DIR: catalog };
    await expect(prepareDatabase(env)).rejects.toThrow('kapot.json: invalid JSON');
    expect(existsSync(path.join(tmp, 'data', 'pglite'))).toBe(false);
  });

  it('works on a Postgres server from DATABASE_URL and never reports the password', async () => {
    const target = await createTestDatabase('postgres', { migrate: false });
    try {
      // The test server trusts local connections, so any password is accepted.
      const url = new URL(target.databaseUrl!);
      url.password = 'not-for-logs';
      const env = { ...parseEnv({ APP_ENV: 'test', DATABASE_URL: url.toString() }), CATALOG_DIR: catalog };
      const summary = await prepareDatabase(env);
      expect(summary).toMatchObject({ driver: 'postgres', migrated: migrationCount, seeded: 3 });
      expect(summary.location).not.toContain('not-for-logs');
      expect(summary.location).toBe(target.location);
      expect(await prepareDatabase(env)).toEqual({ ...summary, migrated: 0, seeded: 0 });
    } finally {
      await target.dispose();
    }
  });
});
