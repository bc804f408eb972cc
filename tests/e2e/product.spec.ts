/**
 * Product pages in a browser: variant picker (colour -> photos and URL, sold-out sizes, a
 * shared link restoring its choice), gallery (next, swipe, zoom), reviews paging, axe, the
 * page without JavaScript, and the structured data of every product page in both languages.
 * The server starts on a fresh data directory, so stock is the catalog's initialStock.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readContentProducts } from '../../scripts/lib/content-products.ts';
import { expectNoAxeViolations } from './support/axe.ts';

const products = readContentProducts();
const reviewsDir = path.resolve(process.env['CATALOG_DIR'] ?? 'content', 'reviews');
const reviewCount = (slug: string): number => {
  try {
    return (JSON.parse(readFileSync(path.join(reviewsDir, `${slug}.json`), 'utf8')) as unknown[]).length;
  } catch {
    return 0;
  }
};

/** A product with sizes, several colours and a sold-out variant whose colour still has stock. */
const sized = products.find(
  (p) =>
    (p.sizes?.length ?? 0) > 1 &&
    p.colors.length > 1 &&
    p.variants.some((v) => v.initialStock === 0 && p.variants.some((w) => w.color === v.color && w.initialStock > 5)),
);
const soldOut = sized?.variants.find((v) => v.initialStock === 0 && sized.variants.some((w) => w.color === v.color && w.initialStock > 5));
const inStock = sized?.variants.find((v) => v.initialStock > 5 && v.color !== sized.colors[0]?.id);
/** The product with the most reviews: enough for a second page. */
const reviewed = [...products].sort((a, b) => reviewCount(b.slug) - reviewCount(a.slug))[0]!;

async function openProduct(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // Hydrated: Astro drops the `ssr` attribute once the island has started.
  await expect(page.locator('astro-island[component-export="VariantPicker"]')).not.toHaveAttribute('ssr', '');
  await expect(page.locator('.vp__stock')).not.toHaveText(/controleren|checking/i);
}

test.describe('product page', () => {
  test.beforeAll(() => {
    expect(sized, 'the catalog needs a sized product with a sold-out size').toBeDefined();
    expect(reviewCount(reviewed.slug), 'the catalog needs a product with more than one page of reviews').toBeGreaterThan(5);
  });

  test('picking a colour shows its photos and puts it in the URL', async ({ page }) => {
    const product = sized!;
    const [first, second] = product.colors;
    await openProduct(page, `/p/${product.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(product.name.nl);
    await expect(page.locator(`[data-gallery-color="${first!.id}"]`)).toBeVisible();
    await expect(page.locator(`[data-gallery-color="${second!.id}"]`)).toBeHidden();

    await page.getByRole('radio', { name: second!.name.nl, exact: true }).check();
    await expect(page).toHaveURL(new RegExp(`\\?kleur=${second!.id}$`));
    const set = page.locator(`[data-gallery-color="${second!.id}"]`);
    await expect(set).toBeVisible();
    await expect(page.locator(`[data-gallery-color="${first!.id}"]`)).toBeHidden();
    await expect(set.locator('.pg__slide img').first()).toHaveJSProperty('complete', true);
    await expect(page.locator('.vp__legend').first()).toContainText(second!.name.nl);
  });

  test('a sold-out size is shown as unavailable, and a size in stock as available', async ({ page }) => {
    const product = sized!;
    const color = product.colors.find((c) => c.id === soldOut!.color)!;
    await openProduct(page, `/p/${product.slug}`);
    await page.getByRole('radio', { name: color.name.nl, exact: true }).check();
    const size = page.getByRole('radio', { name: new RegExp(`^${soldOut!.size}, uitverkocht$`) });
    await expect(size).toBeVisible();
    await size.check();
    await expect(page.locator('.vp__stock')).toHaveText('Uitverkocht');
    await expect(page).toHaveURL(new RegExp(`kleur=${color.id}.*maat=${encodeURIComponent(soldOut!.size!)}|maat=.*kleur=${color.id}`));
    await expect(page.locator('[data-add-to-cart-slot]')).toHaveAttribute('data-available', '0');

    const other = product.variants.find((v) => v.color === color.id && v.initialStock > 5)!;
    await page.getByRole('radio', { name: new RegExp(`^${other.size}$`) }).check();
    await expect(page.locator('.vp__stock')).toHaveText('Op voorraad');
    await expect(page.locator('[data-add-to-cart-slot]')).toHaveAttribute('data-sku', other.sku);
  });

  test('a link with ?kleur=&maat= restores the choice after a reload', async ({ page }) => {
    const product = sized!;
    const variant = inStock!;
    const color = product.colors.find((c) => c.id === variant.color)!;
    await openProduct(page, `/p/${product.slug}?kleur=${color.id}&maat=${encodeURIComponent(variant.size!)}`);
    await page.reload();
    await expect(page.locator('astro-island[component-export="VariantPicker"]')).not.toHaveAttribute('ssr', '');
    await expect(page.getByRole('radio', { name: color.name.nl, exact: true })).toBeChecked();
    await expect(page.getByRole('radio', { name: new RegExp(`^${variant.size}(, |$)`) })).toBeChecked();
    await expect(page.locator(`[data-gallery-color="${color.id}"]`)).toBeVisible();
    await expect(page.locator('.vp__stock')).toHaveText(/Op voorraad|Nog \d+ op voorraad/);
  });

  test('English pages use ?color=&size=', async ({ page }) => {
    const product = sized!;
    const variant = inStock!;
    const color = product.colors.find((c) => c.id === variant.color)!;
    await openProduct(page, `/en/p/${product.slug}?color=${color.id}&size=${encodeURIComponent(variant.size!)}`);
    await expect(page.getByRole('radio', { name: color.name.en, exact: true })).toBeChecked();
    await expect(page.locator('.vp__stock')).toHaveText(/In stock|Only \d+ left/);
    await expect(page.locator('.vp__delivery')).toContainText(/Order (before|now)/);
  });

  test('the gallery moves with the next button and by swiping, and marks the photo on its thumbnail', async ({ page }) => {
    await openProduct(page, `/p/${sized!.slug}`);
    const set = page.locator('[data-gallery-color]:visible');
    const track = set.locator('[data-track]');
    const thumbs = set.locator('[data-thumb]');
    await expect(thumbs.first()).toHaveAttribute('aria-current', 'true');
    await set.getByRole('button', { name: 'Volgende foto' }).click();
    await expect(thumbs.nth(1)).toHaveAttribute('aria-current', 'true');
    await expect(set.getByRole('button', { name: 'Vorige foto' })).toBeEnabled();
    // A swipe is a scroll of the snap container.
    await track.evaluate((el) => el.scrollTo({ left: el.clientWidth * 2 }));
    await expect(thumbs.nth(2)).toHaveAttribute('aria-current', 'true');
    await expect(thumbs.nth(0)).not.toHaveAttribute('aria-current', 'true');
    await thumbs.nth(0).click();
    await expect(thumbs.nth(0)).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(new RegExp(`/p/${sized!.slug}$`));
  });

  test('a photo opens full screen and closes with Escape', async ({ page }) => {
    await openProduct(page, `/p/${sized!.slug}`);
    await page.locator('[data-gallery-color]:visible [data-zoom]').first().click();
    const dialog = page.locator('dialog[data-zoom-dialog]');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('img')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('the review list loads the next page and sorts', async ({ page }) => {
    const total = reviewCount(reviewed.slug);
    await openProduct(page, `/p/${reviewed.slug}`);
    const reviews = page.locator('#reviews article');
    await expect(reviews).toHaveCount(5);
    await page.locator('#reviews').scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island[component-export="ReviewList"]')).not.toHaveAttribute('ssr', '');
    await page.getByRole('button', { name: 'Meer beoordelingen' }).click();
    await expect(reviews).toHaveCount(Math.min(10, total));
    await expect(page.locator('.rl__status')).toHaveText(`${Math.min(10, total)} van ${total} beoordelingen`);

    await page.getByLabel('Sorteren').selectOption('lowest');
    await expect(reviews).toHaveCount(5);
    const ratings = await reviews
      .locator('.stars')
      .evaluateAll((nodes) => nodes.map((n) => Number((n as HTMLElement).style.getPropertyValue('--rating'))));
    expect(ratings).toEqual([...ratings].sort((a, b) => a - b));
  });

  test('no axe violations, nothing wider than the screen', async ({ page }) => {
    await openProduct(page, `/p/${sized!.slug}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.locator('.pd summary').nth(4).click();
    await expectNoAxeViolations(page);
  });

  test('without JavaScript: the first colour, the price and the options are there', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const product = sized!;
    await page.goto(`/p/${product.slug}`);
    await expect(page.locator(`[data-gallery-color="${product.colors[0]!.id}"] img`).first()).toBeVisible();
    await expect(page.locator('.vp .price__now')).toContainText('€');
    for (const color of product.colors) await expect(page.getByRole('radio', { name: color.name.nl, exact: true })).toBeAttached();
    for (const size of product.sizes ?? []) await expect(page.getByRole('radio', { name: size, exact: true })).toBeAttached();
    await expect(page.locator('.vp__delivery')).toContainText('Voor 22:00 besteld, volgende werkdag in huis');
    await context.close();
  });
});

test.describe('structured data', () => {
  type Ld = Record<string, unknown> & { '@type'?: string };

  function jsonLdOf(html: string): Ld[] {
    return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as Ld);
  }

  test('every product page, in both languages, carries Product and BreadcrumbList data', async ({ request }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'the HTML is the same for every viewport');
    test.setTimeout(120_000);
    for (const product of products) {
      for (const [locale, prefix] of [
        ['nl', ''],
        ['en', '/en'],
      ] as const) {
        const url = `${prefix}/p/${product.slug}`;
        const response = await request.get(url);
        expect(response.status(), url).toBe(200);
        const blocks = jsonLdOf(await response.text());
        const data = blocks.find((block) => block['@type'] === 'Product');
        expect(data, `${url} Product`).toBeDefined();
        expect(data!['name'], url).toBe(product.name[locale]);
        const images = data!['image'] as string[];
        expect(Array.isArray(images) && images.length > 0, `${url} image[]`).toBe(true);
        for (const image of images) expect(image, url).toMatch(/^https?:\/\//);

        const offers = data!['offers'] as Ld;
        expect(['Offer', 'AggregateOffer'], `${url} offers`).toContain(offers['@type']);
        const price = (offers['@type'] === 'Offer' ? offers['price'] : offers['lowPrice']) as string;
        expect(price, `${url} price`).toMatch(/^\d+\.\d{2}$/);
        expect(offers['priceCurrency'], url).toBe('EUR');
        expect(offers['availability'], url).toMatch(/^https:\/\/schema\.org\/(InStock|OutOfStock)$/);

        if (reviewCount(product.slug) > 0) {
          expect(data!['aggregateRating'], `${url} aggregateRating`).toMatchObject({
            '@type': 'AggregateRating',
            reviewCount: reviewCount(product.slug),
          });
        } else {
          expect(data!['aggregateRating'], url).toBeUndefined();
        }

        const breadcrumbs = blocks.find((block) => block['@type'] === 'BreadcrumbList');
        const items = breadcrumbs?.['itemListElement'] as { position: number; name: string; item: string }[] | undefined;
        expect(items?.length, `${url} BreadcrumbList`).toBe(3);
        expect(items![2]!.name, url).toBe(product.name[locale]);
        expect(items![2]!.item, url).toMatch(new RegExp(`${url}$`));
      }
    }
  });
});
