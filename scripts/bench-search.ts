/**
 * Compares search engines on Kassa catalogs of growing size and prints a table; the full
 * figures go to .tmp/bench-search.json. The README of src/features/search records a run.
 *
 *   npm exec -- node --expose-gc scripts/bench-search.ts [--sizes demo,1000,10000,50000]
 *     [--engines kassa,minisearch,...] [--no-noise]
 *
 * Per engine and catalog: build time, serialised index size (raw, gzip -9, brotli -11),
 * load time (parse + revive, what happens when the index arrives), heap held by the loaded
 * index, latency per keystroke (every prefix of every relevance query, as typed), relevance
 * (tests/unit/search/relevance-cases.ts; on generated catalogs a product counts as its demo
 * model) and the minified engine code (analyser included) that ships to the browser.
 * A throttled phone is about 4x slower than these Node figures.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { facetCounts, toFacetItem } from '../src/features/search/facets.ts';
import { caseHolds, relevanceCases } from '../tests/unit/search/relevance-cases.ts';
import { loadBenchCatalog, modelResolver, type BenchCatalog } from './bench-search-catalog.ts';
import { engines, type Engine } from './bench-search-engines.ts';

const root = path.resolve(import.meta.dirname, '..');
const gc = (globalThis as { gc?: () => void }).gc;

function compressed(text: string) {
  const buffer = Buffer.from(text);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    }).length,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

function heapUsed(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

/** Every prefix a shopper types on the way to each relevance query, from two characters on. */
function keystrokes(): { query: string; locale: 'nl' | 'en' }[] {
  const out: { query: string; locale: 'nl' | 'en' }[] = [];
  for (const c of relevanceCases) for (let i = 2; i <= c.query.length; i++) out.push({ query: c.query.slice(0, i), locale: c.locale });
  return out;
}

async function engineCodeSize(engine: Engine<unknown>) {
  const result = await esbuild({
    stdin: { contents: engine.bundleEntry, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return compressed(result.outputFiles[0]!.text);
}

type Row = {
  catalog: string;
  products: number;
  engine: string;
  buildMs: number;
  index: { raw: number; gzip: number; brotli: number };
  code: { raw: number; gzip: number; brotli: number };
  loadMs: number;
  heapMB: number;
  keystroke: { medianMs: number; p95Ms: number; maxMs: number; samples: number };
  relevance: { passed: number; total: number; failed: string[] };
  terms?: number;
};

async function timed<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

async function benchEngine(engine: Engine<unknown>, catalog: BenchCatalog, codeSizes: Map<string, Row['code']>): Promise<Row> {
  const { products, categories } = catalog;
  const [builtNl, buildMs] = await timed(() => engine.build(products, 'nl', categories));
  const payloadNl = await engine.serialize(builtNl);
  const payloadEn = await engine.serialize(await engine.build(products, 'en', categories));
  const index = compressed(payloadNl);

  const before = heapUsed();
  const [loadedNl, loadMs] = await timed(() => engine.load(payloadNl, 'nl', categories, products));
  const heapMB = (heapUsed() - before) / 1024 / 1024;
  const loaded = { nl: loadedNl, en: await engine.load(payloadEn, 'en', categories, products) };

  const modelOf = modelResolver(catalog.models);
  const generated = products.length !== catalog.models.length;
  const failed: string[] = [];
  for (const c of relevanceCases) {
    const slugs = await engine.search(loaded[c.locale], c.query, 3);
    // A generated catalog holds dozens of copies of every model with the same text, so "all
    // of these three models in the top 3" cannot hold there; one of them must.
    const { allOf, ...rest } = c;
    const testCase = generated && allOf ? { ...rest, anyOf: allOf } : c;
    if (!caseHolds(testCase, slugs, modelOf)) failed.push(`${c.locale}:${c.query}`);
  }

  const typed = keystrokes();
  for (const k of typed.slice(0, 40)) await engine.search(loaded[k.locale], k.query, 10); // warm-up
  const samples: number[] = [];
  for (const k of typed) {
    const started = performance.now();
    await engine.search(loaded[k.locale], k.query, 10);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);

  if (!codeSizes.has(engine.name)) codeSizes.set(engine.name, await engineCodeSize(engine));
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    catalog: catalog.label,
    products: products.length,
    engine: engine.name,
    buildMs: Math.round(buildMs),
    index,
    code: codeSizes.get(engine.name)!,
    loadMs: round(loadMs),
    heapMB: round(heapMB),
    keystroke: {
      medianMs: round(percentile(samples, 0.5)),
      p95Ms: round(percentile(samples, 0.95)),
      maxMs: round(samples.at(-1) ?? 0),
      samples: samples.length,
    },
    relevance: { passed: relevanceCases.length - failed.length, total: relevanceCases.length, failed },
  };
}

function benchFacets(catalog: BenchCatalog) {
  const items = catalog.products.map((p, i) => toFacetItem(p, 1 + (i % 5)));
  const filters = { colors: ['zwart', 'geel'], sizes: ['M'], prices: ['50-100', '100-150'], inStock: true, minRating: 3 };
  const samples: number[] = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    facetCounts(items, filters);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { catalog: catalog.label, products: items.length, medianMs: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95) };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function printTable(rows: Row[]) {
  const header = [
    'catalog',
    'engine',
    'build ms',
    'index raw KB',
    'gzip KB',
    'br KB',
    'code br KB',
    'load ms',
    'heap MB',
    'key p50 ms',
    'key p95 ms',
    'relevance',
  ];
  const lines = rows.map((r) => [
    r.catalog,
    r.engine,
    String(r.buildMs),
    kb(r.index.raw),
    kb(r.index.gzip),
    kb(r.index.brotli),
    kb(r.code.brotli),
    r.loadMs.toFixed(1),
    r.heapMB.toFixed(1),
    r.keystroke.medianMs.toFixed(2),
    r.keystroke.p95Ms.toFixed(2),
    `${r.relevance.passed}/${r.relevance.total}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const line of lines) console.log(format(line));
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'demo,1000,10000,50000' },
    engines: { type: 'string' },
    'no-noise': { type: 'boolean', default: false },
  },
});
if (!gc) console.warn('(run with node --expose-gc for heap figures)');
const wanted = values.engines?.split(',');
const selected = engines.filter((e) => !wanted || wanted.some((w) => e.name.startsWith(w)));
const rows: Row[] = [];
const facets: ReturnType<typeof benchFacets>[] = [];
const codeSizes = new Map<string, Row['code']>();
for (const size of values.sizes.split(',')) {
  const catalog = await loadBenchCatalog(size === 'demo' ? 'demo' : Number(size), { noise: !values['no-noise'] });
  facets.push(benchFacets(catalog));
  for (const engine of selected) {
    const row = await benchEngine(engine, catalog, codeSizes);
    rows.push(row);
    console.error(`${row.catalog} ${row.engine}: done${row.relevance.failed.length ? ` (missed ${row.relevance.failed.join(', ')})` : ''}`);
  }
  // After each catalog, so a long run shows its figures as it goes.
  printTable(rows.filter((r) => r.catalog === catalog.label));
}
console.log('\nAll catalogs:');
printTable(rows);
console.log('\nfacetCounts (6 facets, 5 filters):');
for (const f of facets) console.log(`  ${f.catalog}: median ${f.medianMs.toFixed(2)} ms, p95 ${f.p95Ms.toFixed(2)} ms`);
await mkdir(path.join(root, '.tmp'), { recursive: true });
const out = path.join(root, '.tmp', 'bench-search.json');
await writeFile(out, `${JSON.stringify({ node: process.version, date: new Date().toISOString(), rows, facets }, null, 2)}\n`);
console.log(`\nFull results: ${path.relative(root, out)}`);
