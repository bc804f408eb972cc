/**
 * Build-time benchmark: builds the demo catalog and generated catalogs of 1k and 10k
 * products (`--sizes 1000,10000`), each twice: cold (empty image and share-image caches)
 * and warm (caches kept, as on a developer machine or a CI with a cache). Writes the
 * figures to .tmp/bench-build.json and prints a Markdown table for the README.
 *
 *   npm run bench:build                   # demo, 1k, 10k
 *   npm run bench:build -- --sizes 1000   # demo and 1k only
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { binPath } from './lib/run.ts';

const args = process.argv.slice(2);
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1000, 10000];
const root = process.cwd();
const work = path.join(root, '.tmp', 'bench-build');
mkdirSync(work, { recursive: true });

/** Caches a build may reuse: Astro's (optimised images) and Kassa's (share images). */
const caches = [path.join(root, 'node_modules', '.astro'), path.join(root, 'node_modules', '.cache', 'kassa-og')];

function countFiles(dir: string, suffix: string): number {
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countFiles(path.join(dir, entry.name), suffix);
    else if (entry.name.endsWith(suffix)) count += 1;
  }
  return count;
}

function build(catalogDir: string, outDir: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [binPath('astro', 'bin/astro.mjs'), 'build', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CATALOG_DIR: catalogDir, KASSA_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`build of ${catalogDir} failed`);
  return (performance.now() - started) / 1000;
}

type Row = { catalog: string; products: number; pages: number; coldSeconds: number; warmSeconds: number };
const rows: Row[] = [];
const catalogs: { name: string; dir: string; products: number }[] = [
  { name: 'demo', dir: 'content', products: countFiles('content/products', '.json') },
];
for (const size of sizes) {
  const dir = path.join(work, `catalog-${size}`);
  if (!existsSync(path.join(dir, 'products'))) {
    const generated = spawnSync(
      process.execPath,
      ['scripts/generate-catalog.ts', '--products', String(size), '--out', dir, '--seed', '1'],
      { stdio: 'inherit' },
    );
    if (generated.status !== 0) throw new Error(`generating ${size} products failed`);
  }
  catalogs.push({ name: `generated ${size}`, dir, products: size });
}

for (const catalog of catalogs) {
  const outDir = path.join(work, `dist-${catalog.name.replace(/\s+/g, '-')}`);
  for (const cache of caches) rmSync(cache, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  console.log(`bench-build: ${catalog.name} (${catalog.products} products), cold…`);
  const coldSeconds = build(catalog.dir, outDir);
  console.log(`bench-build: ${catalog.name}, warm…`);
  const warmSeconds = build(catalog.dir, outDir);
  const pages = countFiles(path.join(outDir, 'client'), '.html');
  rows.push({
    catalog: catalog.name,
    products: catalog.products,
    pages,
    coldSeconds: Math.round(coldSeconds),
    warmSeconds: Math.round(warmSeconds),
  });
  rmSync(outDir, { recursive: true, force: true });
}

writeFileSync(
  path.join(root, '.tmp', 'bench-build.json'),
  JSON.stringify({ date: new Date().toISOString(), cpus: (await import('node:os')).cpus().length, rows }, null, 2),
);
console.log('\n| catalog | products | HTML pages | cold build | warm build (caches kept) |\n| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.catalog} | ${r.products} | ${r.pages} | ${r.coldSeconds} s | ${r.warmSeconds} s |`);
