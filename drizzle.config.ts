import { defineConfig } from 'drizzle-kit';

// Only `generate` is used: migrations are applied by src/lib/db/migrate.server.ts (npm run
// db:migrate or at start-up), which serialises concurrent runs, so no credentials live here.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/lib/db/schema.ts',
  out: './src/lib/db/migrations',
});
