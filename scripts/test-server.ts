/**
 * Serves the shop for end-to-end and Lighthouse runs on a fresh data directory under .tmp/,
 * so every run starts from the seeded catalog stock and an empty order book.
 *
 * Once it listens, it writes .tmp/test-server-<port>.json ({ dataDir, stripeEmulatorUrl }) for
 * the tests: they drive the local Stripe emulator (decline a card, finish a bank payment) as
 * Stripe's dashboard would, without the shop exposing anything new for it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dataDir = path.resolve(process.env.DATA_DIR ?? '.tmp/test-data');
if (!dataDir.startsWith(path.resolve('.tmp') + path.sep)) {
  console.error(`test-server: DATA_DIR must be inside .tmp/ (got ${dataDir}); it is wiped on every start.`);
  process.exit(1);
}
rmSync(dataDir, { recursive: true, force: true });
process.env.DATA_DIR = dataDir;
process.env.APP_ENV ??= 'test';
// Removed first, so a test never reads the emulator address of an earlier run.
const infoFile = path.resolve('.tmp', `test-server-${process.env.PORT ?? '4321'}.json`);
rmSync(infoFile, { force: true });
if (process.env.KASSA_TEST_PDOK === '1') {
  // End-to-end runs complete addresses from the PDOK stand-in, never from the real PDOK.
  const { startPdokStandin } = await import('../tests/helpers/pdok-standin.ts');
  process.env.ADDRESS_LOOKUP_URL = (await startPdokStandin()).url;
}
await import('./start.ts');

mkdirSync(path.dirname(infoFile), { recursive: true });
writeFileSync(infoFile, JSON.stringify({ dataDir, stripeEmulatorUrl: process.env.STRIPE_EMULATOR_URL ?? null }));
