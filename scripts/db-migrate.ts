/**
 * npm run db:migrate: applies migrations and seeds inventory for new catalog variants, on
 * DATABASE_URL when set, else on the PGlite directory in DATA_DIR. Safe to run any number of
 * times, also from several machines at once.
 */
import { EnvError, parseEnv } from '../src/lib/env.server.ts';
import { formatPrepareSummary, prepareDatabase } from '../src/lib/db/prepare.server.ts';

try {
  const env = parseEnv(process.env);
  const summary = await prepareDatabase(env);
  console.log(formatPrepareSummary(summary));
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
