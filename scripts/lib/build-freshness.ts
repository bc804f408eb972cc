/**
 * Decides whether the production build in dist/ is current: it is stale when it is missing,
 * older than any source file, or was built for another catalog directory or site URL.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export type BuildStamp = { catalogDir: string; siteUrl: string };

export const stampFile = 'dist/.kassa-build.json';
const entry = 'dist/server/entry.mjs';
const ignored = new Set(['node_modules', '.git', '.astro', 'dist']);

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(target)) {
    if (ignored.has(name)) continue;
    newest = Math.max(newest, newestMtime(path.join(target, name)));
  }
  return newest;
}

export function buildIsStale(root: string, wanted: BuildStamp): string | undefined {
  const entryPath = path.join(root, entry);
  if (!existsSync(entryPath)) return 'no build yet';
  const stampPath = path.join(root, stampFile);
  if (!existsSync(stampPath)) return 'build has no stamp';
  const stamp = JSON.parse(readFileSync(stampPath, 'utf8')) as BuildStamp;
  if (stamp.catalogDir !== wanted.catalogDir) return `catalog changed to ${wanted.catalogDir}`;
  if (stamp.siteUrl !== wanted.siteUrl) return `SITE_URL changed to ${wanted.siteUrl}`;
  const builtAt = statSync(entryPath).mtimeMs;
  const sources = ['src', 'public', wanted.catalogDir, 'astro.config.mjs', 'package.json', 'tsconfig.json'];
  const changed = sources.find((source) => newestMtime(path.join(root, source)) > builtAt);
  return changed ? `${changed} changed since the last build` : undefined;
}
