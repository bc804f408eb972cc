/**
 * Catalogs for the search benchmark: the demo catalog, and generated ones of N products.
 *
 * Generated products copy their model's texts, so a 10k catalog would hold only the demo's
 * few thousand words, and an index of it would compress far better than a real shop's. With
 * `noise` every product also gets a brand-like name word of its own and a few words from a
 * 20,000-word pool in its texts (Zipf-distributed, like real vocabulary), which keeps sizes
 * and latencies honest. Deterministic: same N, same seed, same catalog.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Category, Product } from '../src/features/catalog/catalog.schema.ts';
import { generateCatalog } from './generate-catalog.ts';

const root = path.resolve(import.meta.dirname, '..');

export type BenchCatalog = { label: string; products: Product[]; categories: Category[]; models: string[] };

async function readJsonDir<T>(dir: string): Promise<T[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const out: T[] = [];
  // In batches: 50k files opened at once exceed the open-file limit. Generated and demo files
  // are validated by their own tests; skipping zod here keeps a 50k catalog fast to read.
  for (let i = 0; i < names.length; i += 256) {
    const batch = names.slice(i, i + 256);
    out.push(...(await Promise.all(batch.map(async (n) => JSON.parse(await readFile(path.join(dir, n), 'utf8')) as T))));
  }
  return out;
}

function createRandom(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    // xorshift32: good enough to scatter made-up words.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'ver',
  'min',
  'tu',
  'sel',
  'dra',
  'no',
  'pi',
  'rem',
  'gu',
  'fa',
  'zon',
  'bri',
  'kel',
  'mo',
  'stra',
  'vi',
  'dun',
  'har',
];

function makeWord(random: () => number, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return word;
}

function addVocabularyNoise(products: Product[], seed: number): void {
  const random = createRandom(seed);
  const pool = Array.from({ length: 20_000 }, () => makeWord(random, 2 + Math.floor(random() * 3)));
  // Zipf: word k is picked with probability ~ 1/k.
  const zipf = () => pool[Math.min(pool.length - 1, Math.floor(Math.exp(random() * Math.log(pool.length))) - 1)]!;
  for (const product of products) {
    const brand = makeWord(random, 3);
    const brandName = brand[0]!.toUpperCase() + brand.slice(1);
    const extra = (n: number) => Array.from({ length: n }, zipf).join(' ');
    product.name = { nl: `${product.name.nl} ${brandName}`, en: `${product.name.en} ${brandName}` };
    product.shortDescription = { nl: `${product.shortDescription.nl} ${extra(2)}`, en: `${product.shortDescription.en} ${extra(2)}` };
    product.description = { nl: `${product.description.nl} ${extra(10)}`, en: `${product.description.en} ${extra(10)}` };
  }
}

export async function loadBenchCatalog(size: number | 'demo', { noise = true, seed = 7 } = {}): Promise<BenchCatalog> {
  const demoDir = path.join(root, 'content');
  const categories = await readJsonDir<Category>(path.join(demoDir, 'categories'));
  const demo = await readJsonDir<Product>(path.join(demoDir, 'products'));
  const models = demo.map((p) => p.slug);
  if (size === 'demo') return { label: `demo (${demo.length})`, products: demo, categories, models };
  const dir = path.join(root, '.tmp', `search-catalog-${size}`);
  if (!existsSync(path.join(dir, 'products'))) await generateCatalog({ products: size, out: dir, seed });
  const products = await readJsonDir<Product>(path.join(dir, 'products'));
  if (noise) addVocabularyNoise(products, seed);
  return { label: `${size >= 1000 ? `${size / 1000}k` : size}${noise ? '' : ' (no noise)'}`, products, categories, models };
}

/** The demo model a generated product was made from: the longest demo slug it starts with. */
export function modelResolver(models: readonly string[]): (slug: string) => string {
  const sorted = [...models].sort((a, b) => b.length - a.length);
  return (slug) => sorted.find((model) => slug === model || slug.startsWith(`${model}-`)) ?? slug;
}
