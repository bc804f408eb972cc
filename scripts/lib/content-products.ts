/**
 * The catalog's product files as they are on disk (`<CATALOG_DIR>/products/*.json`, sorted by
 * file name), checked by the catalog's own schema: for tests and scripts that need real SKUs,
 * prices and stock without Astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { productSchema, type Product } from '../../src/features/catalog/catalog.schema.ts';

export type ContentProduct = Product;

export function readContentProducts(catalogDir = process.env['CATALOG_DIR'] ?? 'content'): ContentProduct[] {
  const productsDir = path.resolve(catalogDir, 'products');
  return readdirSync(productsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => productSchema.parse(JSON.parse(readFileSync(path.join(productsDir, name), 'utf8'))));
}
