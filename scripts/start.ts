/**
 * `npm start`: validates the environment, builds when the build is missing or stale,
 * migrates and seeds the database, then serves the production build on PORT.
 * On the embedded defaults (no DATABASE_URL) everything runs in this one process, because
 * PGlite allows only one process to open its data directory.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EnvError, parseEnv } from '../src/lib/env.server.ts';
import { closeDatabase } from '../src/lib/db/database.server.ts';
import { prepareDatabase } from '../src/lib/db/prepare.server.ts';
import { createShopServer, listen } from './lib/http-server.ts';
import { startLocalServices } from './lib/local-services.ts';
import { startMaintenance } from './lib/maintenance.ts';
import { buildIsStale, stampFile, type BuildStamp } from './lib/build-freshness.ts';
import { binPath, runNodeScript } from './lib/run.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

let env;
try {
  env = parseEnv(process.env);
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const root = process.cwd();
const wanted: BuildStamp = { catalogDir: env.CATALOG_DIR, siteUrl: env.SITE_URL };
const stale = buildIsStale(root, wanted);
if (stale) {
  console.log(`kassa: building (${stale})…`);
  const code = runNodeScript(binPath('astro', 'bin/astro.mjs'), ['build'], { env: { ...process.env, SITE_URL: env.SITE_URL } });
  if (code !== 0) {
    console.error('kassa: the build failed; see the messages above.');
    process.exit(code);
  }
  writeFileSync(path.join(root, stampFile), JSON.stringify(wanted));
}

const database = await prepareDatabase(env);
console.log(`kassa: database ready (${database.driver} at ${database.location}, ${database.seeded} new SKUs seeded)`);

const services = await startLocalServices(env);
for (const line of services.lines) console.log(`kassa: ${line}`);
// After the local services: the sweep reads the emulator's address from the environment.
const maintenance = startMaintenance();

// Astro's handler serves static files and on-demand pages; our server adds compression.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const entry = (await import(pathToFileURL(path.join(root, 'dist/server/entry.mjs')).href)) as {
  handler: Parameters<typeof createShopServer>[0];
};
const server = createShopServer(entry.handler);
try {
  await listen(server, env.PORT, env.HOST);
} catch (error) {
  console.error(`kassa: cannot listen on ${env.HOST}:${env.PORT} (${(error as Error).message}); set PORT to a free port.`);
  process.exit(1);
}
console.log(`kassa: shop running at http://${env.HOST}:${env.PORT}/`);

async function shutdown() {
  server.close();
  await maintenance.stop();
  // The server's database handle is cached on globalThis, so this closes the same instance
  // (PGlite flushes its data directory on close).
  await closeDatabase();
  await services.close();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
