/**
 * The cart in a browser, phone first: adding a variant from the product page (reasons when it
 * cannot, the drawer, the header count in this tab and another), and the cart page (quantity,
 * server-priced totals with shipping, free-shipping progress, delivery date, a discount code,
 * remove with undo, the empty state), with axe. Expected amounts come from the catalog files.
 */
import { expect, test, type Page } from '@playwright/test';
import { readContentProducts } from '../../scripts/lib/content-products.ts';
import { expectNoAxeViolations } from './support/axe.ts';

const products = readContentProducts();

/** A sized product under € 25 with a variant in good stock: two of them stay under free shipping. */
const sized = products.find(
  (p) => (p.sizes?.length ?? 0) > 1 && p.variants.some((v) => v.initialStock > 8 && v.priceCents * 2 < 5000 && v.priceCents >= 1250),
)!;
const variant = sized.variants.find((v) => v.initialStock > 8 && v.priceCents * 2 < 5000 && v.priceCents >= 1250)!;
const color = sized.colors.find((c) => c.id === variant.color)!;

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const eur = (cents: number) => euro.format(cents / 100);

async function openProduct(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // The control hydrates as it nears the viewport (below the gallery on a phone), as a shopper scrolls to it.
  await page.locator('[data-add-to-cart-slot]').scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[component-export="AddToCart"]')).not.toHaveAttribute('ssr', '');
  await expect(page.locator('astro-island[component-export="VariantPicker"]')).not.toHaveAttribute('ssr', '');
}

/** Puts lines in the cart as the store keeps them, before the page loads. */
async function seedCart(page: Page, lines: { sku: string; quantity: number }[]): Promise<void> {
  const stored = JSON.stringify({ version: 1, lines: lines.map((line, i) => ({ ...line, addedAt: 1_700_000_000_000 + i })) });
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('e2e-seeded')) {
      localStorage.setItem('kassa:cart', value);
      sessionStorage.setItem('e2e-seeded', '1');
    }
  }, stored);
}

test.describe('add to cart', () => {
  test('a variant goes in the cart with its quantity, the drawer shows it and the header counts it', async ({ page }) => {
    await openProduct(page, `/p/${sized.slug}?kleur=${color.id}`);
    const add = page.getByRole('button', { name: 'In winkelwagen' });
    await expect(add).toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator('.atc__reason')).toHaveText('Kies eerst een maat.');

    await page.locator(`input[name="maat-${sized.slug}"][value="${variant.size}"]`).check();
    await expect(add).not.toHaveAttribute('aria-disabled', 'true');
    await page.getByRole('button', { name: 'Eén meer' }).click();
    await expect(page.getByRole('spinbutton', { name: 'Aantal' })).toHaveValue('2');
    await add.click();

    const drawer = page.getByRole('dialog', { name: 'Toegevoegd aan je winkelwagen' });
    await expect(drawer).toBeVisible();
    await expect(drawer.locator('.cl__name')).toHaveText(sized.name.nl);
    await expect(drawer.locator('.cl__variant')).toHaveText(`${color.name.nl} · ${variant.size}`);
    await expect(drawer.locator('.drawer__subtotal dd')).toHaveText(eur(variant.priceCents * 2));
    await expect(drawer.locator('.fsb__text')).toHaveText(`Nog ${eur(5000 - variant.priceCents * 2)} tot gratis verzending`);
    await expect(drawer.getByRole('link', { name: 'Afrekenen' })).toHaveAttribute('href', '/afrekenen');
    await expect(drawer.getByRole('heading', { name: 'Maak je set compleet' })).toBeVisible();
    await expect(page.locator('[data-cart-count]')).toHaveText('2');
    await expectNoAxeViolations(page);

    // Escape closes the dialog and gives focus back to the button that opened it.
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(add).toBeFocused();
  });

  test('a sold-out size says so instead of adding', async ({ page }) => {
    const product = products.find((p) => (p.sizes?.length ?? 0) > 1 && p.variants.some((v) => v.initialStock === 0))!;
    const soldOut = product.variants.find((v) => v.initialStock === 0)!;
    await openProduct(page, `/p/${product.slug}?kleur=${soldOut.color}&maat=${encodeURIComponent(soldOut.size!)}`);
    await expect(page.locator('[data-add-to-cart-slot]')).toHaveAttribute('data-available', '0');
    await expect(page.locator('.atc__reason')).toHaveText('Deze maat is uitverkocht. Kies een andere maat of kleur.');
    await expect(page.getByRole('button', { name: 'In winkelwagen' })).toHaveAttribute('aria-disabled', 'true');
  });

  test('the header count follows the cart in another tab', async ({ context }) => {
    const shop = await context.newPage();
    await shop.goto('/');
    await expect(shop.locator('[data-cart-count]')).toBeHidden();
    const product = await context.newPage();
    await openProduct(product, `/p/${sized.slug}?kleur=${color.id}&maat=${encodeURIComponent(variant.size!)}`);
    await expect(product.getByRole('button', { name: 'In winkelwagen' })).not.toHaveAttribute('aria-disabled', 'true');
    await product.getByRole('button', { name: 'In winkelwagen' }).click();
    await expect(product.getByRole('dialog')).toBeVisible();
    await expect(shop.locator('[data-cart-count]')).toHaveText('1');
    await expect(shop.locator('[data-cart-count-label]')).toHaveText(', 1 artikel');
  });
});

test.describe('cart page', () => {
  test('quantity, server totals with shipping, free-shipping progress, delivery day, and undo after removing', async ({ page }) => {
    await seedCart(page, [{ sku: variant.sku, quantity: 1 }]);
    await page.goto('/winkelwagen');
    const line = page.locator(`.cl[data-sku="${variant.sku}"]`);
    await expect(line.locator('.cl__name')).toHaveText(sized.name.nl);
    await expect(line.locator('img')).toHaveAttribute('src', /\.(svg|webp|avif|png|jpe?g)/);
    const summary = page.locator('.cart__aside');
    const total = summary.locator('[data-total]');
    // Below the threshold the cheapest method (a PostNL point, € 3,95) is what shipping costs.
    await expect(summary.locator('.sum__row').filter({ hasText: 'Verzending' })).toContainText(eur(395));
    await expect(total).toHaveText(eur(variant.priceCents + 395));
    await expect(summary.locator('.fsb__text')).toHaveText(`Nog ${eur(5000 - variant.priceCents)} tot gratis verzending`);
    await expect(summary.locator('.sum__delivery')).toHaveText(/(Voor|Nu) .*(in huis|af te halen)/);

    await line.getByRole('button', { name: 'Eén meer' }).click();
    await expect(line.getByRole('spinbutton')).toHaveValue('2');
    await expect(total).toHaveText(eur(variant.priceCents * 2 + 395));
    await expect(summary.locator('.sum')).toHaveAttribute('aria-busy', 'false');
    await expectNoAxeViolations(page);

    await line.getByRole('button', { name: /^Verwijderen/ }).click();
    await expect(page.getByRole('heading', { name: 'Je winkelwagen is leeg' })).toBeVisible();
    const toast = page.locator('.toast');
    await expect(toast).toContainText(`${sized.name.nl} (${color.name.nl}, ${variant.size}) verwijderd.`);
    await toast.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(line.getByRole('spinbutton')).toHaveValue('2');
    await expect(page.locator('[data-cart-count]')).toHaveText('2');
  });

  test('a discount code is checked on the server and explained', async ({ page }) => {
    await seedCart(page, [{ sku: variant.sku, quantity: 2 }]);
    await page.goto('/winkelwagen');
    const summary = page.locator('.cart__aside');
    await summary.getByText('Heb je een kortingscode?').click();
    const field = summary.getByLabel('Kortingscode');
    await field.fill('bestaatniet');
    await summary.getByRole('button', { name: 'Toepassen' }).click();
    await expect(summary.locator('.dc__message')).toHaveText('Deze kortingscode kennen we niet. Controleer de spelling.');
    await expect(field).toHaveAttribute('aria-invalid', 'true');

    await field.fill('welkom10');
    await summary.getByRole('button', { name: 'Toepassen' }).click();
    const goods = variant.priceCents * 2;
    const discount = Math.round(goods / 10);
    await expect(summary.locator('.dc__applied')).toContainText('Kortingscode WELKOM10 is toegepast.');
    await expect(summary.locator('.sum__row--discount dd')).toHaveText(`−\u00a0${eur(discount)}`);
    await expect(summary.locator('[data-total]')).toHaveText(eur(goods - discount + 395));
    await expectNoAxeViolations(page);
  });

  test('an empty cart offers the categories', async ({ page }) => {
    await page.goto('/winkelwagen');
    await expect(page.getByRole('heading', { name: 'Je winkelwagen is leeg' })).toBeVisible();
    await expect(page.locator('.cart__categories a').first()).toHaveAttribute('href', /^\/c\//);
    await expectNoAxeViolations(page);
  });

  test('the English cart is at /en/cart', async ({ page }) => {
    await seedCart(page, [{ sku: variant.sku, quantity: 1 }]);
    await page.goto('/en/cart');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cart');
    await expect(page.locator(`.cl[data-sku="${variant.sku}"] .cl__name`)).toHaveText(sized.name.en);
    await expect(page.getByRole('link', { name: 'Check out' })).toHaveAttribute('href', '/en/checkout');
  });
});
