/**
 * Generates a large catalog for benchmarks, in the layout of content/:
 *
 *   npm run catalog:generate -- --products 10000 --out .tmp/catalog-10k [--seed 1] [--pretty]
 *   CATALOG_DIR=.tmp/catalog-10k npm run build
 *
 * Every generated product is a variation of one demo product in content/products (its
 * "model"): same category, texts, sizes and colours (a random non-empty subset), with its own
 * slug, name, SKUs, prices, stock, popularity, date, relations and reviews. Deterministic: the
 * same --products and --seed give byte-identical files (no clock, no Math.random).
 *
 * Images stay bounded: a product points at its model's drawings (`./images/<model>/<colour>-
 * <angle>.svg`), and the generator copies content/products/images once into the output, so a
 * 50k catalog holds the same few hundred SVGs as the demo and Astro optimises each only once.
 *
 * Files are written as compact JSON (--pretty indents them like content/), which keeps a 50k
 * catalog to a few hundred megabytes; categories and policy pages are copied as they are.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { productReviewsSchema, productSchema, type Product, type Review } from '../src/features/catalog/catalog.schema.ts';

const demoDir = path.resolve(import.meta.dirname, '../content');
// Marks a folder as ours, so a second run may empty it; any other non-empty folder is refused.
const MARKER = '.generated-catalog';
// Dates are drawn from a fixed window instead of "now", so output never depends on the day.
const FIRST_DAY = Date.UTC(2023, 0, 2);
const LAST_DAY = Date.UTC(2026, 10, 15);
const DAY_MS = 86_400_000;

export type GenerateOptions = { products: number; out: string; seed: number; pretty?: boolean };

/** sfc32: small, fast and good enough to make benchmark data look varied. */
function createRandom(seed: number) {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

// Product line names: Dutch islands, rivers and weather words, combined with the model's name.
const LINE_NAMES = [
  'Texel',
  'Vlieland',
  'Terschelling',
  'Ameland',
  'Schiermonnikoog',
  'Marken',
  'Urk',
  'Tholen',
  'Goeree',
  'Walcheren',
  'Amstel',
  'Vecht',
  'Lek',
  'Waal',
  'IJssel',
  'Dommel',
  'Berkel',
  'Dinkel',
  'Linge',
  'Eem',
  'Zaan',
  'Spaarne',
  'Noordzee',
  'Wadden',
  'Duin',
  'Kwelder',
  'Veen',
  'Polder',
  'Dijk',
  'Gors',
  'Kreek',
  'Slenk',
  'Plas',
  'Vaart',
  'Storm',
  'Bries',
  'Hagel',
  'Nevel',
  'Dauw',
  'Buien',
  'Mist',
  'Regenboog',
  'Windkracht',
  'Zuidwest',
  'Noordoost',
];
const EDITIONS = ['', '', '', ' Pro', ' Lite', ' Plus', ' Tour', ' City', ' Trail', ' Classic', ' Sport', ' Eco'];

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

async function readDemo(): Promise<{ models: Product[]; reviews: Review[] }> {
  const productFiles = (await readdir(path.join(demoDir, 'products'))).filter((f) => f.endsWith('.json')).sort();
  const models = await Promise.all(
    productFiles.map(async (f) => productSchema.parse(JSON.parse(await readFile(path.join(demoDir, 'products', f), 'utf8')))),
  );
  const reviewFiles = (await readdir(path.join(demoDir, 'reviews'))).filter((f) => f.endsWith('.json')).sort();
  const reviews = (
    await Promise.all(
      reviewFiles.map(async (f) => productReviewsSchema.parse(JSON.parse(await readFile(path.join(demoDir, 'reviews', f), 'utf8')))),
    )
  ).flat();
  return { models, reviews };
}

async function prepareOut(out: string): Promise<void> {
  if (existsSync(out)) {
    const entries = await readdir(out);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new Error(`${out} is not empty and was not made by this generator; choose another --out`);
    }
    await rm(out, { recursive: true, force: true });
  }
  await mkdir(path.join(out, 'products'), { recursive: true });
  await mkdir(path.join(out, 'reviews'), { recursive: true });
  await writeFile(path.join(out, MARKER), 'Made by scripts/generate-catalog.ts; safe to delete.\n');
}

/** Writes files with a bounded number in flight: fast on many small files, gentle on the OS. */
async function writeAll(files: Iterable<[string, string]>, concurrency = 64): Promise<void> {
  const iterator = files[Symbol.iterator]();
  const worker = async () => {
    for (let item = iterator.next(); !item.done; item = iterator.next()) await writeFile(item.value[0], item.value[1]);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

export async function generateCatalog({ products: count, out, seed, pretty = false }: GenerateOptions) {
  if (!Number.isInteger(count) || count < 1) throw new Error('--products must be a positive whole number');
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  const random = createRandom(seed);
  const { models, reviews: reviewPool } = await readDemo();
  await prepareOut(out);
  await Promise.all([
    cp(path.join(demoDir, 'categories'), path.join(out, 'categories'), { recursive: true }),
    cp(path.join(demoDir, 'pages'), path.join(out, 'pages'), { recursive: true }),
    cp(path.join(demoDir, 'products', 'images'), path.join(out, 'products', 'images'), { recursive: true }),
  ]);

  // First pass: identities, so relations can point at any product of the catalog.
  const plan = Array.from({ length: count }, (_, index) => {
    const model = models[index % models.length]!;
    const line = random.pick(LINE_NAMES);
    const edition = random.pick(EDITIONS);
    const id = index.toString(36);
    return {
      index,
      model,
      slug: `${slugify(`${model.slug} ${line}${edition}`)}-${id}`,
      skuPrefix: `G${id.toUpperCase()}`,
      name: { nl: `${model.name.nl} ${line}${edition}`, en: `${model.name.en} ${line}${edition}` },
    };
  });
  const byCategory = new Map<string, string[]>();
  for (const p of plan) byCategory.set(p.model.category, [...(byCategory.get(p.model.category) ?? []), p.slug]);
  const allSlugs = plan.map((p) => p.slug);
  const pickOthers = (from: readonly string[], self: string, n: number) => {
    const chosen = new Set<string>();
    for (let tries = 0; chosen.size < Math.min(n, from.length - 1) && tries < n * 4; tries++) {
      const slug = random.pick(from);
      if (slug !== self) chosen.add(slug);
    }
    return [...chosen];
  };

  const indent = pretty ? 2 : undefined;
  const files: Array<[string, string]> = [];
  let variantCount = 0;
  let reviewCount = 0;
  for (const { model, slug, skuPrefix, name } of plan) {
    // A non-empty subset of the model's colours, in the model's order, so images exist.
    const colors = model.colors.filter(() => random.next() < 0.7);
    if (colors.length === 0) colors.push(random.pick(model.colors));
    const colorIds = new Set(colors.map((c) => c.id));
    // Prices move in steps of €5 around the model's, ending in 95 like the demo's.
    const basePrice = model.variants[0]!.priceCents;
    const priceCents = Math.max(495, Math.round((basePrice * (0.7 + random.next() * 0.6)) / 500) * 500 - 5);
    const onSale = random.next() < 0.12;
    const compareAtPriceCents = onSale ? priceCents + random.int(2, 8) * 500 : undefined;
    const variants = colors.flatMap((color, ci) =>
      (model.sizes ?? [undefined]).map((size) => {
        const roll = random.next();
        const initialStock = roll < 0.05 ? 0 : roll < 0.12 ? random.int(1, 3) : random.int(4, 40);
        return {
          sku: `${skuPrefix}-${ci}${size ? `-${size.replace(/[^A-Za-z0-9]/g, '').toUpperCase()}` : ''}`,
          color: color.id,
          ...(size ? { size } : {}),
          priceCents,
          ...(compareAtPriceCents ? { compareAtPriceCents } : {}),
          initialStock,
        };
      }),
    );
    variantCount += variants.length;
    const publishedMs = FIRST_DAY + random.int(0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS;
    const otherCategories = [...byCategory.keys()].filter((c) => c !== model.category);
    const complementaryFrom = otherCategories.length > 0 ? byCategory.get(random.pick(otherCategories))! : allSlugs;
    const product: Product = {
      slug,
      category: model.category,
      featured: random.next() < 0.01,
      popularity: Math.floor(random.next() ** 3 * 1000),
      publishedAt: isoDay(publishedMs),
      name,
      shortDescription: model.shortDescription,
      description: model.description,
      colors,
      ...(model.sizes ? { sizes: model.sizes } : {}),
      specs: model.specs,
      materials: model.materials,
      care: model.care,
      usage: model.usage,
      ...(model.sizing ? { sizing: model.sizing } : {}),
      faq: model.faq,
      related: pickOthers(byCategory.get(model.category)!, slug, 4),
      complementary: pickOthers(complementaryFrom, slug, 3),
      images: model.images
        .filter((image) => colorIds.has(image.color))
        .map((image) => ({
          ...image,
          // The model's files, seen from the generated product's folder (same layout).
          alt: { nl: image.alt.nl.replace(model.name.nl, name.nl), en: image.alt.en.replace(model.name.en, name.en) },
        })),
      variants,
    };
    files.push([path.join(out, 'products', `${slug}.json`), `${JSON.stringify(product, null, indent)}\n`]);

    // Reviews: most products have none or a few, some have many, as in a real shop.
    const roll = random.next();
    const reviewTotal = roll < 0.45 ? 0 : Math.min(40, Math.floor(-Math.log(1 - random.next()) * 5) + 1);
    if (reviewTotal > 0) {
      const reviews = Array.from({ length: reviewTotal }, (_, i) => {
        const source = random.pick(reviewPool);
        return {
          ...source,
          id: `${slug}-r${i + 1}`,
          date: isoDay(publishedMs + random.int(7, Math.max(7, (LAST_DAY - publishedMs) / DAY_MS)) * DAY_MS),
        };
      }).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
      reviewCount += reviews.length;
      files.push([path.join(out, 'reviews', `${slug}.json`), `${JSON.stringify(reviews, null, indent)}\n`]);
    }
  }
  await writeAll(files);
  return { products: count, variants: variantCount, reviews: reviewCount, files: files.length };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      products: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      pretty: { type: 'boolean', default: false },
    },
  });
  if (!values.products || !values.out) {
    console.error('usage: npm run catalog:generate -- --products N --out DIR [--seed S] [--pretty]');
    process.exit(2);
  }
  const started = performance.now();
  const result = await generateCatalog({
    products: Number(values.products),
    out: path.resolve(values.out),
    seed: Number(values.seed),
    pretty: values.pretty,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Wrote ${result.products} products (${result.variants} variants) and ${result.reviews} reviews to ${values.out} in ${seconds} s.` +
      `\nBuild it with: CATALOG_DIR=${values.out} npm run build`,
  );
}
