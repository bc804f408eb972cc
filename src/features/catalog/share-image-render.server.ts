/**
 * Turns share-image layouts into PNGs with @vercel/og, through a cache on disk and a pool of
 * worker threads. Build-time only: the share images are prerendered files.
 *
 * Why the cache: a build draws one image per product and locale (2,000 for 1k products, about
 * 30 ms each). Each PNG is stored under a hash of everything that shapes it (the element tree,
 * images included as data URIs, and the renderer version), so a rebuild redraws only what
 * changed and reads the rest from disk.
 *
 * Why the workers: Astro asks every route for its paths before it renders any page, and renders
 * pages one at a time on one thread. queueShareImages() is called from the share-image routes'
 * getStaticPaths, so the images are drawn on the other cores while the main thread renders HTML;
 * by the time Astro reaches /og/..., most are waiting in the cache. Workers write the PNGs
 * straight to the cache, so a big catalog never holds thousands of images in memory.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink, utimes } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { shareImageSize, type ShareNode } from './share-image.ts';

// Part of every key: a new renderer may draw the same tree differently.
const RENDERER = '@vercel/og@0.11.1';
const cacheDir = path.resolve(process.env['SHARE_IMAGE_CACHE_DIR'] ?? 'node_modules/.cache/kassa-og');
// Entries no build has used for this long are removed, so the cache cannot grow forever.
const MAX_UNUSED_MS = 14 * 86_400_000;

export function cacheKey(tree: ShareNode): string {
  return createHash('sha256').update(RENDERER).update('\0').update(JSON.stringify(tree)).digest('hex').slice(0, 40);
}

function cacheFile(key: string): string {
  return path.join(cacheDir, `${key}.png`);
}

let prepared: Promise<void> | undefined;

function prepareCache(): Promise<void> {
  prepared ??= (async () => {
    await mkdir(cacheDir, { recursive: true });
    const cutoff = Date.now() - MAX_UNUSED_MS;
    for (const name of await readdir(cacheDir)) {
      const file = path.join(cacheDir, name);
      const info = await stat(file).catch(() => undefined);
      if (info && info.mtimeMs < cutoff) await unlink(file).catch(() => undefined);
    }
  })();
  return prepared;
}

// The worker is plain JavaScript given as a string, so it needs no file of its own next to
// the bundled build output. It draws a tree and writes the PNG aside, then renames it into
// place, so a reader never sees half a file.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { writeFile, rename } = require('node:fs/promises');
const ready = import(workerData.renderer);
parentPort.on('message', async ({ id, tree, file, width, height }) => {
  try {
    const { ImageResponse } = await ready;
    const png = new Uint8Array(await new ImageResponse(tree, { width, height }).arrayBuffer());
    const partial = file + '.' + process.pid + '.' + id + '.partial';
    await writeFile(partial, png);
    await rename(partial, file);
    parentPort.postMessage({ id });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.stack) || error) });
  }
});
`;

type Job = { id: number; key: string; tree: ShareNode; done: Promise<void>; resolve: () => void; reject: (error: Error) => void };

const queue: Job[] = [];
const pending = new Map<string, Job>();
const idle: Worker[] = [];
const busy = new Map<Worker, Job>();
let workerCount = 0;
let nextId = 0;

function rendererUrl(): string {
  return pathToFileURL(createRequire(path.join(process.cwd(), 'package.json')).resolve('@vercel/og')).href;
}

function startWorker(): Worker {
  const worker = new Worker(workerSource, { eval: true, workerData: { renderer: rendererUrl() } });
  workerCount += 1;
  worker.on('message', ({ id, error }: { id: number; error?: string }) => {
    const job = busy.get(worker);
    busy.delete(worker);
    if (job && job.id === id) {
      pending.delete(job.key);
      if (error) job.reject(new Error(`share image: drawing failed: ${error}`));
      else job.resolve();
    }
    idle.push(worker);
    dispatch();
  });
  worker.on('error', (error) => {
    const job = busy.get(worker);
    busy.delete(worker);
    workerCount -= 1;
    if (job) {
      pending.delete(job.key);
      job.reject(error);
    }
    dispatch();
  });
  return worker;
}

function dispatch(): void {
  while (queue.length > 0) {
    const worker = idle.pop() ?? (workerCount < availableParallelism() ? startWorker() : undefined);
    if (!worker) return;
    const job = queue.shift()!;
    busy.set(worker, job);
    // Only a worker with work keeps the process alive: an idle pool must not hold the build open.
    worker.ref();
    worker.postMessage({ id: job.id, tree: job.tree, file: cacheFile(job.key), ...shareImageSize });
  }
  for (const worker of idle) worker.unref();
}

function enqueue(key: string, tree: ShareNode): Promise<void> {
  const existing = pending.get(key);
  if (existing) return existing.done;
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const done = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A job queued ahead of its page must not crash the build as an unhandled rejection; the
  // error is reported when the page asks for its image.
  done.catch(() => undefined);
  const job: Job = { id: nextId++, key, tree, done, resolve, reject };
  pending.set(key, job);
  queue.push(job);
  dispatch();
  return done;
}

async function isCached(key: string): Promise<boolean> {
  return stat(cacheFile(key)).then(
    () => true,
    () => false,
  );
}

/** Starts drawing every tree that is not cached yet, in the background. */
export async function queueShareImages(trees: Iterable<ShareNode>): Promise<void> {
  await prepareCache();
  for (const tree of trees) {
    const key = cacheKey(tree);
    if (!pending.has(key) && !(await isCached(key))) void enqueue(key, tree);
  }
}

/** The PNG of a layout: from the cache, from a drawing already under way, or drawn now. */
export async function renderSharePng(tree: ShareNode): Promise<Uint8Array> {
  await prepareCache();
  const key = cacheKey(tree);
  const file = cacheFile(key);
  const job = pending.get(key);
  if (job) await job.done;
  let png = await readFile(file).catch(() => undefined);
  if (!png) {
    await enqueue(key, tree);
    png = await readFile(file);
  }
  // Marks the entry as used, for pruning.
  const now = new Date();
  await utimes(file, now, now).catch(() => undefined);
  return png;
}

const dataUris = new Map<string, Promise<string>>();

/**
 * An image file as a data URI satori can draw: SVG, PNG and JPEG as they are, other formats
 * (WebP, AVIF) converted to PNG. Memoised per file: generated catalogs share drawings.
 */
export function fileDataUri(file: string, size: number = shareImageSize.height): Promise<string> {
  let uri = dataUris.get(file);
  if (!uri) {
    uri = (async () => {
      const bytes = await readFile(file);
      const extension = path.extname(file).toLowerCase();
      if (extension === '.svg') return `data:image/svg+xml;base64,${bytes.toString('base64')}`;
      if (extension === '.png') return `data:image/png;base64,${bytes.toString('base64')}`;
      if (extension === '.jpg' || extension === '.jpeg') return `data:image/jpeg;base64,${bytes.toString('base64')}`;
      const png = await sharp(bytes).resize(size, size, { fit: 'inside' }).png().toBuffer();
      return `data:image/png;base64,${png.toString('base64')}`;
    })();
    dataUris.set(file, uri);
  }
  return uri;
}
