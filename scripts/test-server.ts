/**
 * Serves the shop for end-to-end and Lighthouse runs on a fresh data directory under .tmp/,
 * so every run starts from the seeded catalog stock and an empty order book.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';

const dataDir = path.resolve(process.env.DATA_DIR ?? '.tmp/test-data');
if (!dataDir.startsWith(path.resolve('.tmp') + path.sep)) {
  console.error(`test-server: DATA_DIR must be inside .tmp/ (got ${dataDir}); it is wiped on every start.`);
  process.exit(1);
}
rmSync(dataDir, { recursive: true, force: true });
process.env.DATA_DIR = dataDir;
process.env.APP_ENV ??= 'test';
await import('./start.ts');
