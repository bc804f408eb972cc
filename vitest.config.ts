import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Starts (or finds, via TEST_DATABASE_URL) the Postgres server the db suites also run on.
          globalSetup: ['tests/helpers/postgres-server.ts'],
          // PGlite boots a wasm Postgres per suite; on a loaded 2-core runner that takes seconds.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
