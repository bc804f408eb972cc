import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCatalogStock } from '../../../src/features/catalog/inventory-seed.server.ts';

const fixtureCatalog = path.resolve(import.meta.dirname, '../../fixtures/catalog');

describe('readCatalogStock', () => {
  let catalog: string;
  beforeEach(async () => {
    catalog = await mkdtemp(path.join(os.tmpdir(), 'kassa-catalog-'));
    await cp(fixtureCatalog, catalog, { recursive: true });
  });
  afterEach(() => rm(catalog, { recursive: true, force: true }));

  it('lists every variant with its product and initial stock, in file order', async () => {
    expect(await readCatalogStock(catalog)).toEqual([
      { sku: 'TEST-TAS-ZWART', productSlug: 'test-fietstas', initialStock: 5 },
      { sku: 'TEST-JAS-GEEL-M', productSlug: 'test-regenjas', initialStock: 12 },
      { sku: 'TEST-JAS-GEEL-L', productSlug: 'test-regenjas', initialStock: 0 },
    ]);
  });

  it('names the file that is not valid JSON', async () => {
    const file = path.join(catalog, 'products', 'kapot.json');
    await writeFile(file, '{ "slug": "kapot", ');
    await expect(readCatalogStock(catalog)).rejects.toThrow(`${file}: invalid JSON`);
  });

  it('names the file and the field that fail validation', async () => {
    const file = path.join(catalog, 'products', 'negatief.json');
    await writeFile(
      file,
      JSON.stringify({
        slug: 'negatief',
        variants: [
          { sku: 'NEG-1', initialStock: 1 },
          { sku: 'NEG-2', initialStock: -3 },
        ],
      }),
    );
    await expect(readCatalogStock(catalog)).rejects.toThrow(`${file}: variants[1].initialStock:`);
  });

  it('refuses a SKU used by two products', async () => {
    await writeFile(
      path.join(catalog, 'products', 'zz-dubbel.json'),
      JSON.stringify({ slug: 'dubbel', variants: [{ sku: 'TEST-TAS-ZWART', initialStock: 1 }] }),
    );
    await expect(readCatalogStock(catalog)).rejects.toThrow(/zz-dubbel\.json: SKU TEST-TAS-ZWART is already used in .*test-fietstas\.json/);
  });

  it('says which folder it expected when products/ is missing', async () => {
    await expect(readCatalogStock(path.join(catalog, 'nope'))).rejects.toThrow(/Cannot read the catalog: .*nope[/\\]products/);
  });
});
