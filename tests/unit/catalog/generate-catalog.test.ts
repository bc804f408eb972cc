/** scripts/generate-catalog.ts: same seed, same bytes; output that passes the catalog checks. */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../scripts/generate-catalog.ts';
import { catalogProblems, readCatalog } from './read-catalog.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
let work: string;

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), await readFile(file, 'utf8'));
  }
  return files;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'kassa-catalog-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('generateCatalog', () => {
  it('writes identical files for the same seed and different products for another', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((name) => path.join(work, name));
    await generateCatalog({ products: 60, out: a!, seed: 7 });
    await generateCatalog({ products: 60, out: b!, seed: 7 });
    await generateCatalog({ products: 60, out: c!, seed: 8 });
    const [first, second, other] = await Promise.all([snapshot(a!), snapshot(b!), snapshot(c!)]);
    expect([...first.keys()].sort()).toEqual([...second.keys()].sort());
    for (const [file, text] of first) expect(second.get(file), file).toBe(text);
    const products = (files: Map<string, string>) =>
      [...files].filter(([file]) => file.startsWith(`products${path.sep}`) && file.endsWith('.json'));
    expect(products(other)).not.toEqual(products(first));
  });

  it('writes a catalog that passes every schema and cross-file check', async () => {
    const out = path.join(work, 'checked');
    const result = await generateCatalog({ products: 120, out, seed: 3 });
    const catalog = await readCatalog(out);
    expect(catalog.products).toHaveLength(120);
    expect(result.variants).toBe(catalog.products.reduce((n, p) => n + p.variants.length, 0));
    expect(catalogProblems(catalog)).toEqual([]);
    // Reviews spread unevenly: some products have none, some several.
    expect(catalog.reviews.size).toBeGreaterThan(0);
    expect(catalog.reviews.size).toBeLessThan(120);
  });

  it('reuses the demo images instead of drawing new ones', async () => {
    const out = path.join(work, 'images');
    await generateCatalog({ products: 200, out, seed: 1 });
    const count = async (dir: string) => (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.svg')).length;
    expect(await count(path.join(out, 'products', 'images'))).toBe(await count(path.join(repo, 'content', 'products', 'images')));
  });

  it('refuses to empty a folder it did not make', async () => {
    const foreign = path.join(work, 'foreign');
    await mkdir(foreign, { recursive: true });
    await writeFile(path.join(foreign, 'notes.txt'), 'keep me');
    await expect(generateCatalog({ products: 1, out: foreign, seed: 1 })).rejects.toThrow(/not empty/);
    expect(await readFile(path.join(foreign, 'notes.txt'), 'utf8')).toBe('keep me');
  });
});

describe('catalogProblems', () => {
  it('names dangling slugs and shared SKUs', async () => {
    const out = path.join(work, 'broken');
    await generateCatalog({ products: 10, out, seed: 5 });
    const catalog = await readCatalog(out);
    const [first, second] = catalog.products;
    first!.related = ['does-not-exist'];
    second!.variants[0]!.sku = first!.variants[0]!.sku;
    const problems = catalogProblems(catalog);
    expect(problems).toContain(`${first!.slug}: related "does-not-exist" is not a product`);
    expect(problems.some((p) => p.includes(`SKU ${first!.variants[0]!.sku}`))).toBe(true);
  });
});

describe('npm run catalog:generate', () => {
  it('runs as a command line tool on Node type stripping', () => {
    const out = path.join(work, 'cli');
    const output = execFileSync(process.execPath, ['scripts/generate-catalog.ts', '--products', '5', '--out', out, '--seed', '2'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(output).toContain('Wrote 5 products');
  });
});
