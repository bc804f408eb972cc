/**
 * Search as you type in a real browser, on generated catalogs of 1k, 10k and 50k products:
 * Chromium (Playwright) at a 360 px phone viewport with the CPU slowed 4x
 * (Emulation.setCPUThrottlingRate), measuring what a shopper on a mid-range phone waits for.
 *
 *   npm run bench:search:browser                         # 1k, 10k, 50k
 *   npm run bench:search:browser -- --sizes 1000 --delivery browser --queries 10
 *
 * --rebuild rebuilds the page after a change to the island; --runs N fresh loads (5); --rate
 * N CPU slowdown (4); --trace writes Chromium traces to .tmp/bench-search-browser/;
 * --no-thumbnails blocks the suggestions' images (a diagnosis).
 *
 * The page is the shop's own: the demo build's home page (built once into
 * .tmp/bench-search-browser/dist) with its search loader, island and Solid chunks as built.
 * Building the shop for 10k and 50k products takes tens of minutes on this machine (cold
 * 1k build: ~2 min, mostly images), so per catalog only the search data is swapped in: the
 * index file and /api/search answers are made by search-build.ts exactly as the build and the
 * server make them (same payload format, same delivery decision, same full-text index behind
 * the same endpoint handler), from the catalogs of scripts/bench-search-catalog.ts (the ones
 * scripts/bench-search.ts measures in Node). Everything is served through the shop's own
 * compressing server (scripts/lib/http-server.ts, brotli 6) over HTTPS with a throw-away
 * certificate, because Chromium asks for brotli only on secure origins.
 *
 * Per catalog, over --runs fresh page loads (empty cache; the table shows medians):
 * - bytes: encodedDataLength (CDP Network.loadingFinished) of the scripts and data requests
 *   from the first touch of the search field to the first suggestions on screen;
 * - data -> first results: the index file's (or the first API answer's) responseEnd to the
 *   first frame that shows suggestions (MutationObserver on the listbox, then the next
 *   requestAnimationFrame), and touch -> first results;
 * - script time from the touch to the first results (Performance.getMetrics ScriptDuration);
 * - JS heap (Performance.getMetrics JSHeapUsedSize, after a forced GC) before the field is
 *   touched and after the data is loaded;
 * and then, on one more page, per keystroke, typing the Dutch relevance queries
 * (tests/unit/search/relevance-cases.ts) letter by letter, each letter after the last one's
 * results are shown: keydown to the frame that shows the new suggestions (median, p95), and
 * main-thread script time (ScriptDuration before the key and after the results settle).
 *
 * Writes .tmp/bench-search-browser.json and prints a Markdown table.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { productPrice } from '../src/features/catalog/product-price.ts';
import { toFacetItem } from '../src/features/search/facets.ts';
import { buildSearch } from '../src/features/search/search-build.ts';
import { buildSearchIndex, serializeIndex, type SearchIndex } from '../src/features/search/search-index.ts';
import { handleSearchRequest } from '../src/features/search/search-endpoint.ts';
import { createSearchPayload, readSearchPayload, type SuggestionMedia } from '../src/features/search/search-payload.ts';
import { createLocalSearchProvider, type SearchProvider } from '../src/features/search/search-provider.ts';
import { createMemoryRateLimiter } from '../src/lib/http/rate-limit.ts';
import { relevanceCases } from '../tests/unit/search/relevance-cases.ts';
import { loadBenchCatalog, modelResolver } from './bench-search-catalog.ts';
import { chromiumArgs, findChromium } from './lib/browser.ts';
import { binPath } from './lib/run.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    rate: { type: 'string', default: '4' },
    /** auto: what the shop would do for that catalog; browser or server: force one. */
    delivery: { type: 'string', default: 'auto' },
    /** How many Dutch relevance queries to type (all by default). */
    queries: { type: 'string' },
    /** Fresh page loads for the first-results figures (median reported). */
    runs: { type: 'string', default: '5' },
    rebuild: { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
    'no-thumbnails': { type: 'boolean', default: false },
  },
});

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.tmp', 'bench-search-browser');
const distDir = path.join(work, 'dist');
const clientDir = path.join(distDir, 'client');
const rate = Number(values.rate);
const runs = Number(values.runs);
const forced = values.delivery === 'browser' || values.delivery === 'server' ? values.delivery : undefined;
const queries = relevanceCases.filter((c) => c.locale === 'nl').map((c) => c.query);
const typedQueries = values.queries ? queries.slice(0, Number(values.queries)) : queries;
/** Quiet time after a keystroke before its results count as settled: above the island's 120 ms API debounce. */
const SETTLE_MS = 300;

// --- The shop's page, built once from the demo catalog -------------------------------------

function ensureBuild(): void {
  if (!values.rebuild && existsSync(path.join(clientDir, 'index.html'))) return;
  console.error('bench-search-browser: building the demo shop once…');
  const result = spawnSync(process.execPath, [binPath('astro', 'bin/astro.mjs'), 'build', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CATALOG_DIR: 'content', KASSA_OUT_DIR: distDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('build failed');
}

/** A throw-away self-signed certificate for 127.0.0.1 (Chromium sends Accept-Encoding: br on HTTPS only). */
function certificate(): { key: Buffer; cert: Buffer } {
  const key = path.join(work, 'key.pem');
  const cert = path.join(work, 'cert.pem');
  if (!existsSync(cert)) {
    const args = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', cert];
    execFileSync('openssl', args, { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

type Served = {
  html: string;
  indexHref: string | undefined;
  indexBody: string | undefined;
  provider: SearchProvider;
  media: ReadonlyMap<string, SuggestionMedia>;
};

// --- Per catalog: what the build and the server would make --------------------------------

async function prepare(size: number, page: string, demoMedia: ReadonlyMap<string, SuggestionMedia>) {
  const catalog = await loadBenchCatalog(size);
  const modelOf = modelResolver(catalog.models);
  // Generated products reuse their model's drawings: the demo build's image URL for the model.
  const media = new Map<string, SuggestionMedia>(
    catalog.products.map((p) => [p.slug, { image: demoMedia.get(modelOf(p.slug))?.image, from: productPrice(p.variants).varies }]),
  );
  const started = performance.now();
  const shop = buildSearch(catalog.products, catalog.categories, media, 'nl');
  const delivery = forced ?? shop.delivery;
  let index: SearchIndex = shop.index;
  let indexBody = shop.indexFile?.body;
  if (delivery === 'browser' && shop.delivery === 'server') {
    // What the browser would get if the shop shipped the index anyway: the build's payload.
    index = buildSearchIndex(catalog.products, 'nl', { categories: catalog.categories, scope: 'compact' });
    indexBody = createSearchPayload(serializeIndex(index), media);
  } else if (delivery === 'server' && shop.delivery === 'browser') {
    index = buildSearchIndex(catalog.products, 'nl', { categories: catalog.categories, scope: 'full' });
    indexBody = undefined;
  }
  const buildMs = performance.now() - started;
  const provider = createLocalSearchProvider(
    index,
    catalog.products.map((p) => toFacetItem(p)),
  );
  const indexHref = indexBody === undefined ? undefined : `/bench-index/${size}.json`;
  const html = page.replace(/(<template data-search-config[^>]*?) data-index="[^"]*"/, indexHref ? `$1 data-index="${indexHref}"` : '$1');
  const served: Served = { html, indexHref, indexBody, provider, media };
  return { served, delivery, shopDelivery: shop.delivery, buildMs, products: catalog.products.length };
}

/** Time the endpoint spends per /api/search request (reset per catalog). */
let apiTimes: number[] = [];

// The benchmark types several hundred queries a minute from one client: no rate limit here.
const limiter = createMemoryRateLimiter({ limit: 1_000_000, windowMs: 60_000 });

/** GET /api/search as src/pages/api/search.ts answers it, timed. */
async function answerSearch(url: URL, served: Served): Promise<Response> {
  const started = performance.now();
  const response = await handleSearchRequest(new Request(url, { headers: { accept: 'application/json' } }), {
    clientAddress: '127.0.0.1',
    limiter,
    searchFor: async () => ({ provider: served.provider, media: (slug) => served.media.get(slug) }),
  });
  // The body is ready: the handler serialises before it returns.
  apiTimes.push(performance.now() - started);
  return response;
}

// --- The server: the shop's compression around static files, the index and /api/search ----

async function startServer(current: () => Served) {
  const { createShopServer } = await import('./lib/http-server.ts');
  const plain = createShopServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'https://127.0.0.1');
      const served = current();
      if (url.pathname === '/') {
        res.writeHead(200, { 'content-type': contentTypes['.html']!, 'cache-control': 'no-store' });
        res.end(served.html);
        return;
      }
      if (served.indexHref && url.pathname === served.indexHref) {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=31536000, immutable' });
        res.end(served.indexBody);
        return;
      }
      if (url.pathname === '/api/search') {
        const response = await answerSearch(url, served);
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(await response.text());
        return;
      }
      const file = path.join(clientDir, path.normalize(decodeURIComponent(url.pathname)));
      if (!file.startsWith(clientDir) || !existsSync(file) || !path.extname(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, {
        'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'public, max-age=31536000, immutable',
      });
      res.end(readFileSync(file));
    })();
  });
  // The same request handler, on TLS.
  const server = https.createServer(certificate(), (req, res) => plain.emit('request', req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `https://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

// --- In the page ----------------------------------------------------------------------------

/** Installed before the page's own scripts: watches the suggestions list, keys and fetches. */
function instrument(): void {
  type Bench = {
    firstFrame: number | undefined;
    lastMutation: number;
    lastFrame: number;
    lastKey: number;
    inflight: number;
    lastFetchEnd: number;
  };
  const bench: Bench = { firstFrame: undefined, lastMutation: 0, lastFrame: 0, lastKey: 0, inflight: 0, lastFetchEnd: 0 };
  (window as unknown as { __bench: Bench }).__bench = bench;
  const nativeFetch = window.fetch.bind(window);
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    bench.inflight += 1;
    try {
      return await nativeFetch(...args);
    } finally {
      bench.inflight -= 1;
      bench.lastFetchEnd = performance.now();
    }
  };
  window.addEventListener('keydown', (event) => (bench.lastKey = event.timeStamp), true);
  // Only the header's search form is watched (the island renders its list there), and only
  // nodes and text, so the watching costs the page as little script as it can.
  const watch = () => {
    const form = document.getElementById('header-search')?.closest('form');
    if (!form) return;
    new MutationObserver(() => {
      const at = performance.now();
      bench.lastMutation = at;
      const hasOption = !!form.querySelector('[role="listbox"] [role="option"]');
      requestAnimationFrame(() => {
        const frame = performance.now();
        if (bench.lastMutation === at) bench.lastFrame = frame;
        if (hasOption && bench.firstFrame === undefined) bench.firstFrame = frame;
      });
    }).observe(form, { subtree: true, childList: true, characterData: true });
  };
  document.addEventListener('DOMContentLoaded', watch);
}

/** Resolves once nothing has changed for SETTLE_MS: no request in flight, no list change, no key. */
function settled(quietMs: number): Promise<void> {
  const bench = (window as unknown as { __bench: { lastMutation: number; lastKey: number; inflight: number; lastFetchEnd: number } })
    .__bench;
  return new Promise((resolve) => {
    // Wakes up only when the quiet time since the last activity could be over, so the waiting
    // itself costs the page next to no script.
    const check = () => {
      const wait = quietMs - (performance.now() - Math.max(bench.lastMutation, bench.lastKey, bench.lastFetchEnd));
      if (bench.inflight === 0 && wait <= 0) resolve();
      else setTimeout(check, Math.max(wait, 50));
    };
    check();
  });
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp))['JSHeapUsedSize'] ?? 0;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

type FirstResults = {
  bytes: { total: number; requests: { url: string; bytes: number }[] };
  dataToFirstMs: number;
  touchToFirstMs: number;
  /** Main-thread script from the touch to the first results (island start, parsing, search, render). */
  scriptMs: number;
  /** All main-thread work in the same span, and its style and layout parts. */
  mainThreadMs: { task: number; style: number; layout: number };
  heap: { beforeMB: number; afterMB: number };
};

type Keystrokes = {
  samples: number;
  unchanged: number;
  medianMs: number;
  p95Ms: number;
  scriptMedianMs: number;
  scriptP95Ms: number;
  scriptMaxMs: number;
  /** Main-thread time per keystroke (TaskDuration), less the harness's own (idleTaskMs). */
  taskMedianMs: number;
  taskP95Ms: number;
  taskMaxMs: number;
  /** The same measuring steps without a key: what the harness itself adds. */
  idleScriptMs: number;
  idleTaskMs: number;
};

/** A fresh page (empty cache) with the CPU slowed down and the instruments in place. */
async function openPage(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
    ignoreHTTPSErrors: true,
  });
  await context.addInitScript(instrument);
  // --no-thumbnails: what the suggestions cost without their images (a diagnosis, not the shop).
  if (values['no-thumbnails']) await context.route(/\/_astro\/.*\.(svg|webp|avif|png|jpg)$/, (route) => route.abort());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

async function firstResults(page: Page, cdp: CDPSession, origin: string): Promise<FirstResults> {
  const requests = new Map<string, { url: string; type: string; bytes?: number }>();
  let counting = false;
  cdp.on('Network.requestWillBeSent', (event: { requestId: string; request: { url: string }; type?: string }) => {
    if (counting) requests.set(event.requestId, { url: event.request.url, type: event.type ?? '' });
  });
  cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
    const request = requests.get(event.requestId);
    if (request) request.bytes = event.encodedDataLength;
  });

  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const heapBefore = await heapAfterGc(cdp);

  // Touch the field and type the first letters at once, as a shopper does.
  counting = true;
  const metricsBefore = await metrics(cdp);
  const touchedAt = await page.evaluate(() => performance.now());
  await page.locator('#header-search').click();
  await page.keyboard.type('regen');
  await page.waitForFunction(() => (window as unknown as { __bench: { firstFrame?: number } }).__bench.firstFrame !== undefined, null, {
    polling: 20,
    timeout: 60_000,
  });
  const metricsAfter = await metrics(cdp);
  const spent = (name: string) => ((metricsAfter[name] ?? 0) - (metricsBefore[name] ?? 0)) * 1000;
  counting = false;
  const timing = await page.evaluate(() => {
    const first = (window as unknown as { __bench: { firstFrame: number } }).__bench.firstFrame;
    const data = performance
      .getEntriesByType('resource')
      .filter((e) => /\/bench-index\/|\/api\/search/.test(e.name))
      .map((e) => (e as PerformanceResourceTiming).responseEnd)
      .filter((end) => end <= first);
    return { first, dataEnd: Math.max(...data) };
  });
  const counted = [...requests.values()].filter((r) => r.bytes !== undefined && ['Script', 'Fetch', 'XHR'].includes(r.type));
  await page.evaluate(settled, SETTLE_MS);
  const heapAfter = await heapAfterGc(cdp);
  return {
    bytes: {
      total: counted.reduce((sum, r) => sum + r.bytes!, 0),
      requests: counted.map((r) => ({ url: r.url.replace(origin, ''), bytes: r.bytes! })),
    },
    dataToFirstMs: timing.first - timing.dataEnd,
    touchToFirstMs: timing.first - touchedAt,
    scriptMs: spent('ScriptDuration'),
    mainThreadMs: { task: spent('TaskDuration'), style: spent('RecalcStyleDuration'), layout: spent('LayoutDuration') },
    heap: { beforeMB: heapBefore / 2 ** 20, afterMB: heapAfter / 2 ** 20 },
  };
}

/** Every letter of every Dutch relevance query, each typed after the last one's results settled. */
async function keystrokes(page: Page, cdp: CDPSession): Promise<Keystrokes> {
  // ScriptDuration leaves out promise reactions (the island's search and render run in them),
  // so main-thread time (TaskDuration: script, style, layout, paint, GC) is measured beside it.
  const spentDuring = async (step: () => Promise<void>) => {
    const before = await metrics(cdp);
    await step();
    const after = await metrics(cdp);
    const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
    return { script: delta('ScriptDuration'), task: delta('TaskDuration') };
  };
  const settle = async () => void (await page.evaluate(settled, SETTLE_MS));
  const idle = [];
  for (let i = 0; i < 10; i++) idle.push(await spentDuring(settle));
  const latencies: number[] = [];
  const spent: { script: number; task: number }[] = [];
  let unchanged = 0;
  for (const query of typedQueries) {
    await page.locator('#header-search').fill('');
    await settle();
    for (const letter of query) {
      spent.push(
        await spentDuring(async () => {
          await page.keyboard.type(letter);
          await settle();
        }),
      );
      const { key, frame } = await page.evaluate(() => {
        const bench = (window as unknown as { __bench: { lastKey: number; lastFrame: number } }).__bench;
        return { key: bench.lastKey, frame: bench.lastFrame };
      });
      if (frame > key) latencies.push(frame - key);
      else unchanged += 1;
    }
  }
  const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
  const idleTask = percentile(sorted(idle.map((i) => i.task)), 50);
  const scripts = sorted(spent.map((s) => s.script));
  // The settle check's own polling is taken off the main-thread figure.
  const tasks = sorted(spent.map((s) => Math.max(0, s.task - idleTask)));
  return {
    samples: latencies.length,
    unchanged,
    medianMs: percentile(sorted(latencies), 50),
    p95Ms: percentile(sorted(latencies), 95),
    scriptMedianMs: percentile(scripts, 50),
    scriptP95Ms: percentile(scripts, 95),
    scriptMaxMs: scripts.at(-1) ?? NaN,
    taskMedianMs: percentile(tasks, 50),
    taskP95Ms: percentile(tasks, 95),
    taskMaxMs: tasks.at(-1) ?? NaN,
    idleScriptMs: percentile(sorted(idle.map((i) => i.script)), 50),
    idleTaskMs: idleTask,
  };
}

// --- Run ------------------------------------------------------------------------------------

mkdirSync(work, { recursive: true });
ensureBuild();
const homePage = readFileSync(path.join(clientDir, 'index.html'), 'utf8');
const demoIndexHref = /<template data-search-config[^>]*data-index="([^"]+)"/.exec(homePage)?.[1];
if (!demoIndexHref) throw new Error('the demo build has no browser index file');
const demoMedia = readSearchPayload(readFileSync(path.join(clientDir, demoIndexHref), 'utf8')).media;

let served: Served | undefined;
const { server, origin } = await startServer(() => served!);
const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium: apt-get install -y chromium, or set CHROME_PATH');
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
type Row = {
  products: number;
  delivery: string;
  shopDelivery: string;
  buildMs: number;
  /** Time in the endpoint per /api/search request, over the whole catalog's runs (none for browser delivery). */
  api: { requests: number; medianMs: number; p95Ms: number };
  /** Every fresh-page run; the table shows their medians. */
  first: FirstResults[];
  keys: Keystrokes;
};
const rows: Row[] = [];
try {
  for (const size of values.sizes.split(',').map(Number)) {
    console.error(`bench-search-browser: ${size} products, preparing…`);
    const prepared = await prepare(size, homePage, demoMedia);
    served = prepared.served;
    // A shop's server has answered searches before: warm the endpoint up (JIT) on other words.
    for (const word of ['fiets', 'tas', 'jas', 'broek', 'poncho', 'geel', 'kind', 'handschoen', 'muts', 'hoes']) {
      await answerSearch(new URL(`/api/search?q=${word}&locale=nl&limit=6`, origin), prepared.served);
    }
    apiTimes = [];
    console.error(`bench-search-browser: ${size} products, ${prepared.delivery} delivery, ${runs} first loads…`);
    const first: FirstResults[] = [];
    for (let run = 0; run < runs; run++) {
      const { context, page, cdp } = await openPage(browser);
      // --trace: a Chromium trace of the first load, to see where the time goes.
      const tracing = values.trace && run === 0;
      if (tracing) await browser.startTracing(page, { path: path.join(work, `trace-${size}.json`), screenshots: false });
      first.push(await firstResults(page, cdp, origin));
      if (tracing) await browser.stopTracing();
      await context.close();
    }
    console.error(`bench-search-browser: ${size} products, typing ${typedQueries.length} queries…`);
    const { context, page, cdp } = await openPage(browser);
    await firstResults(page, cdp, origin);
    if (values.trace) await browser.startTracing(page, { path: path.join(work, `trace-keys-${size}.json`), screenshots: false });
    const keys = await keystrokes(page, cdp);
    if (values.trace) await browser.stopTracing();
    await context.close();
    const api = [...apiTimes].sort((a, b) => a - b);
    rows.push({
      api: { requests: api.length, medianMs: percentile(api, 50), p95Ms: percentile(api, 95) },
      products: prepared.products,
      delivery: prepared.delivery,
      shopDelivery: prepared.shopDelivery,
      buildMs: prepared.buildMs,
      first,
      keys,
    });
    served = undefined;
    printTable(rows.slice(-1));
  }
} finally {
  await browser.close();
  server.close();
}

function printTable(list: Row[]): void {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '-');
  console.log(
    '\n| products | delivery | KB before first result (br) | data -> first results | touch -> first results | script to first results | keystroke p50 / p95 | script per keystroke p50 / p95 / max | main thread per keystroke p50 / p95 / max | JS heap before / after | /api/search in the server p50 / p95 |',
  );
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of list) {
    const median = (pick: (f: FirstResults) => number) =>
      percentile(
        r.first.map(pick).sort((a, b) => a - b),
        50,
      );
    console.log(
      `| ${r.products.toLocaleString('en')} | ${r.delivery}${r.delivery === r.shopDelivery ? '' : ` (shop: ${r.shopDelivery})`} | ${kb(median((f) => f.bytes.total))} | ${ms(median((f) => f.dataToFirstMs))} ms | ${ms(median((f) => f.touchToFirstMs))} ms | ${ms(median((f) => f.scriptMs))} ms | ${ms(r.keys.medianMs)} / ${ms(r.keys.p95Ms)} ms | ${r.keys.scriptMedianMs.toFixed(1)} / ${r.keys.scriptP95Ms.toFixed(1)} / ${r.keys.scriptMaxMs.toFixed(1)} ms | ${r.keys.taskMedianMs.toFixed(1)} / ${r.keys.taskP95Ms.toFixed(1)} / ${r.keys.taskMaxMs.toFixed(1)} ms | ${median((f) => f.heap.beforeMB).toFixed(1)} / ${median((f) => f.heap.afterMB).toFixed(1)} MB | ${r.api.requests ? `${r.api.medianMs.toFixed(1)} / ${r.api.p95Ms.toFixed(1)} ms` : '-'} |`,
    );
  }
}

const out = path.join(root, '.tmp', 'bench-search-browser.json');
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), cpus: os.cpus().length, load: os.loadavg(), cpuThrottling: rate, runs, queries: typedQueries.length, rows }, null, 2)}\n`,
);
console.log('\nAll catalogs:');
printTable(rows);
console.log(`\nFull results: ${path.relative(root, out)}`);
