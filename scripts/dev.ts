/**
 * `npm run dev`: validates the environment, migrates and seeds the database, then runs
 * Astro's dev server (hot reload) on PORT.
 */
import { EnvError, parseEnv } from '../src/lib/env.server.ts';
import { prepareDatabase } from '../src/lib/db/prepare.server.ts';
import { startLocalServices } from './lib/local-services.ts';
import { binPath, runNodeScriptAsync } from './lib/run.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
try {
  const env = parseEnv(process.env);
  const database = await prepareDatabase(env);
  console.log(`kassa: database ready (${database.driver} at ${database.location})`);
  const services = await startLocalServices(env);
  for (const line of services.lines) console.log(`kassa: ${line}`);
  // Astro's dev server runs as a child and inherits the services' addresses through the environment.
  process.exit(await runNodeScriptAsync(binPath('astro', 'bin/astro.mjs'), ['dev', '--port', String(env.PORT), '--host', env.HOST]));
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
