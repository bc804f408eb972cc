/**
 * Draws the demo catalog's product images: for every product in content/products/ that has
 * an illustration in src/features/catalog/images/demo-illustrations.ts, it writes each SVG
 * the product's `images` list refers to, in the colour of that image. The SVGs are committed,
 * so a build never runs this; run it after changing a drawing, a colour or a product's images.
 *
 *   npm run catalog:draw              (content/)
 *   npm run catalog:draw -- --dir DIR (another catalog with the same layout)
 *
 * Products without an illustration (a real shop's photos) are left alone.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { productSchema } from '../src/features/catalog/catalog.schema.ts';
import { demoIllustrations } from '../src/features/catalog/images/demo-illustrations.ts';
import { renderIllustration } from '../src/features/catalog/images/illustration.ts';
import { paletteFor } from '../src/features/catalog/images/palette.ts';

// Builds stay fast and the repository small only while every drawing stays well under this.
const MAX_BYTES = 4096;

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'content' } } });
const productsDir = path.resolve(values.dir, 'products');

let written = 0;
let largest = 0;
const names = (await readdir(productsDir)).filter((name) => name.endsWith('.json')).sort();
for (const name of names) {
  const file = path.join(productsDir, name);
  const product = productSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  const template = demoIllustrations[product.slug];
  if (!template) continue;

  const wanted = new Set<string>();
  for (const image of product.images) {
    if (!image.src.endsWith('.svg')) continue;
    const color = product.colors.find((c) => c.id === image.color);
    if (!color) throw new Error(`${file}: image colour ${image.color} is not in colors`);
    const svg = renderIllustration(template, paletteFor(color.hex), image.angle);
    const bytes = Buffer.byteLength(svg);
    if (bytes > MAX_BYTES) throw new Error(`${product.slug} ${image.color} ${image.angle}: ${bytes} bytes, over ${MAX_BYTES}`);
    largest = Math.max(largest, bytes);
    const target = path.resolve(productsDir, image.src);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, svg);
    wanted.add(target);
    written++;
  }

  // Drop drawings of colours or angles the product no longer lists.
  for (const dir of new Set([...wanted].map((target) => path.dirname(target)))) {
    for (const entry of await readdir(dir)) {
      const target = path.join(dir, entry);
      if (entry.endsWith('.svg') && !wanted.has(target)) await rm(target);
    }
  }
}
console.log(
  `Drew ${written} images for ${names.length} products in ${path.relative(process.cwd(), productsDir) || '.'}; largest ${largest} bytes.`,
);
