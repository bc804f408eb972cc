import { readMigrationFiles } from 'drizzle-orm/migrator';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/lib/db/client.server.ts';
import { migrateDatabase, migrationsFolder } from '../../../src/lib/db/migrate.server.ts';
import { inventory } from '../../../src/lib/db/schema.ts';
import { forEachDatabase } from '../../helpers/database.ts';

const migrationCount = readMigrationFiles({ migrationsFolder }).length;

describe('migrateDatabase', () => {
  forEachDatabase(
    (t) => {
      it('applies every migration to an empty database, and a second run applies none', async () => {
        expect(await migrateDatabase(t.database)).toEqual({ applied: migrationCount, total: migrationCount });
        expect(await migrateDatabase(t.database)).toEqual({ applied: 0, total: migrationCount });
        expect(await t.db.select().from(inventory)).toEqual([]);
      });

      it('lets two migrators start at once without either failing', async () => {
        // On Postgres a second pool stands in for a second process starting at the same time.
        const other = t.driver === 'postgres' ? await openDatabase({ databaseUrl: t.database.databaseUrl! }) : t.database;
        try {
          const results = await Promise.all([migrateDatabase(t.database), migrateDatabase(other)]);
          expect(results.map((r) => r.applied).sort()).toEqual([0, migrationCount]);
          expect(results.every((r) => r.total === migrationCount)).toBe(true);
        } finally {
          if (other !== t.database) await other.close();
        }
      });
    },
    { migrate: false, fresh: 'test' },
  );
});
