/**
 * `npm run dev`: validates the environment, migrates and seeds the database, then runs
 * Astro's dev server (hot reload) on PORT.
 */
import { EnvError, parseEnv } from '../src/lib/env.server.ts';
import { prepareDatabase } from '../src/lib/db/prepare.server.ts';
import { binPath, runNodeScript } from './lib/run.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
try {
  const env = parseEnv(process.env);
  const database = await prepareDatabase(env);
  console.log(`kassa: database ready (${database.driver} at ${database.location})`);
  process.exit(runNodeScript(binPath('astro', 'bin/astro.mjs'), ['dev', '--port', String(env.PORT), '--host', env.HOST]));
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
