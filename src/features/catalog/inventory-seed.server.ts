/**
 * Creates an inventory row for every variant in the catalog, with the catalog's initialStock.
 * Rows that exist are left alone, so a restart or a redeploy never resets live stock; a new
 * variant in content/ simply gets its row on the next start.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Db } from '../../lib/db/client.server.ts';
import { inventory } from '../../lib/db/schema.ts';
import { slugSchema, variantSchema } from './catalog.schema.ts';

// Only what the seed needs; the full product schema is the content collection's business.
const productStockSchema = z.object({
  slug: slugSchema,
  variants: z.array(variantSchema.pick({ sku: true, initialStock: true })).min(1, 'a product needs at least one variant'),
});

export interface CatalogStockRow {
  sku: string;
  productSlug: string;
  initialStock: number;
}

/** Reads catalogDir/products/*.json; throws naming the file (and field) of the first bad one. */
export async function readCatalogStock(catalogDir: string): Promise<CatalogStockRow[]> {
  const productsDir = path.join(catalogDir, 'products');
  let names: string[];
  try {
    names = (await readdir(productsDir)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    throw new Error(
      `Cannot read the catalog: ${productsDir} (${(error as Error).message}). Set CATALOG_DIR to a folder that contains products/.`,
      { cause: error },
    );
  }

  const rows: CatalogStockRow[] = [];
  const fileOfSku = new Map<string, string>();
  for (const name of names) {
    const file = path.join(productsDir, name);
    let data: unknown;
    try {
      data = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: invalid JSON (${(error as Error).message})`, { cause: error });
    }
    const parsed = productStockSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${file}: ${formatPath(issue.path)}: ${issue.message}`);
    }
    for (const variant of parsed.data.variants) {
      const seen = fileOfSku.get(variant.sku);
      if (seen) throw new Error(`${file}: SKU ${variant.sku} is already used in ${seen}; every variant needs its own SKU.`);
      fileOfSku.set(variant.sku, file);
      rows.push({ sku: variant.sku, productSlug: parsed.data.slug, initialStock: variant.initialStock });
    }
  }
  return rows;
}

/** `['variants', 2, 'sku']` -> `variants[2].sku`. */
function formatPath(segments: readonly PropertyKey[]): string {
  if (segments.length === 0) return '(file)';
  return segments.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('');
}

// 3 parameters a row; 1,000 rows keep a statement far below Postgres' 65,535-parameter limit.
const BATCH_SIZE = 1000;

/** Inserts the missing rows in one transaction; returns how many were new. */
export async function seedInventory(db: Db, rows: readonly CatalogStockRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  return db.transaction(async (tx) => {
    let inserted = 0;
    for (let start = 0; start < rows.length; start += BATCH_SIZE) {
      const batch = rows
        .slice(start, start + BATCH_SIZE)
        .map((row) => ({ sku: row.sku, productSlug: row.productSlug, onHand: row.initialStock }));
      const created = await tx
        .insert(inventory)
        .values(batch)
        .onConflictDoNothing({ target: inventory.sku })
        .returning({ sku: inventory.sku });
      inserted += created.length;
    }
    return inserted;
  });
}
