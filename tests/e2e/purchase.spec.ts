/**
 * Buying the way a shopper does, on the emulator: product page -> add to cart -> drawer ->
 * checkout (postcode lookup, delivery) -> the Payment Element -> the confirmation. The order
 * is paid in the database (the order status page reads it back, after the webhook) and the
 * stock is taken (the product's live stock drops by what was bought). Also iDEAL through the
 * bank page, and a declined card followed by a good one, all from the checkout itself.
 *
 * Each test buys its own variant (and the phone and desktop runs different ones), so tests
 * running side by side never move each other's stock.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { bestStockedSkus } from '../../scripts/lib/sample-order.ts';
import { readContentProducts } from '../../scripts/lib/content-products.ts';
import { expectNoAxeViolations } from './support/axe.ts';

// Orders are rate limited per client (10 a minute) across the whole suite.
test.describe.configure({ timeout: 120_000 });

const products = readContentProducts();

/** SKUs other suites buy or hold: the sample orders of the order page tests. */
const takenElsewhere = new Set(bestStockedSkus(2).map(({ sku }) => sku));

/** Sized variants in good stock, from the end of the catalog (other suites pick from the start). */
const candidates = products
  .toReversed()
  .filter((product) => (product.sizes?.length ?? 0) > 1)
  .flatMap((product) =>
    product.variants
      .filter((v) => v.size !== undefined && v.initialStock > 5 && !takenElsewhere.has(v.sku))
      .map((variant) => ({ product, variant })),
  );

/** A different variant per test and per viewport. */
function pick(slot: number, isMobile: boolean) {
  const choice = candidates[slot * 2 + (isMobile ? 0 : 1)];
  if (!choice) throw new Error('the catalog has too few sized variants in stock for the purchase tests');
  return choice;
}

type Choice = ReturnType<typeof pick>;

async function available(request: APIRequestContext, { product, variant }: Choice): Promise<number> {
  const response = await request.get(`/api/stock/${product.slug}`, { headers: { 'cache-control': 'no-cache' } });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { variants: { sku: string; available: number }[] };
  return body.variants.find((line) => line.sku === variant.sku)!.available;
}

/** From the product page to the payment step, as a shopper: size, quantity, add, drawer, checkout. */
async function checkoutToPayment(page: Page, { product, variant }: Choice, quantity: number): Promise<void> {
  await page.goto(`/p/${product.slug}?kleur=${variant.color}`);
  const slot = page.locator('[data-add-to-cart-slot]');
  await slot.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[component-export="AddToCart"]')).not.toHaveAttribute('ssr', '');
  await expect(page.locator('astro-island[component-export="VariantPicker"]')).not.toHaveAttribute('ssr', '');
  await page.locator(`input[name="maat-${product.slug}"][value="${variant.size}"]`).check();
  await expect(slot).toHaveAttribute('data-sku', variant.sku);
  for (let more = 1; more < quantity; more++) await page.getByRole('button', { name: 'Eén meer' }).click();
  await page.getByRole('button', { name: 'In winkelwagen' }).click();

  const drawer = page.getByRole('dialog', { name: 'Toegevoegd aan je winkelwagen' });
  await expect(drawer.locator('.cl__name')).toHaveText(product.name.nl);
  await drawer.getByRole('link', { name: 'Afrekenen' }).click();

  await expect(page).toHaveURL(/\/afrekenen/);
  await expect(page.locator('astro-island[component-export="CheckoutForm"]')).not.toHaveAttribute('ssr', '');
  await page.getByLabel('E-mailadres').fill('sanne@voorbeeld.nl');
  await page.getByLabel('Voor- en achternaam').fill('Sanne de Vries');
  await page.getByLabel('Postcode').fill('1017sg');
  await page.getByLabel('Huisnummer').fill('12');
  await page.getByLabel('Huisnummer').blur();
  await expect(page.locator('.co-found')).toContainText('Weteringschans 12');
  await page.getByRole('button', { name: 'Verder naar bezorging' }).click();
  await page.getByRole('radio', { name: /Standaard bezorging/ }).check();
  await page.getByRole('button', { name: 'Verder naar betalen' }).click();
  await expect(page).toHaveURL(/#betalen$/);
  // Stripe's fields are mounted: the pay button is enabled only then.
  await expect(page.getByRole('button', { name: /^Betaal € / })).toBeEnabled();
}

async function fillCard(page: Page, number: string): Promise<void> {
  await page.getByLabel('Kaartnummer').fill(number);
  await page.getByLabel('Vervaldatum').fill('12/34');
  await page.getByLabel('Beveiligingscode').fill('123');
}

/** The confirmation: the order status page of a paid order, reached from the checkout. */
async function expectPaidConfirmation(page: Page): Promise<string> {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^Bedankt! Je bestelling \S+ is betaald$/, { timeout: 15_000 });
  const steps = page.getByRole('list', { name: 'Voortgang van je bestelling' }).getByRole('listitem');
  await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('region', { name: 'Bezorging' })).toContainText('Weteringschans 12');
  // The cart is emptied once the order is paid, and the header says so.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('kassa:cart'))).toBeNull();
  return (await heading.textContent())!.match(/bestelling (\S+) is betaald/)![1]!;
}

test.describe('buying from the product page', () => {
  test('card: product -> cart -> checkout -> paid, and the stock is taken', async ({ page, request, isMobile }) => {
    const choice = pick(0, isMobile);
    const before = await available(request, choice);
    await checkoutToPayment(page, choice, 2);
    await expect(page.locator('[data-payment-total]')).toHaveText(/€/);
    await expectNoAxeViolations(page);

    await fillCard(page, '4242424242424242');
    await page.getByRole('button', { name: /^Betaal € / }).click();
    const orderNumber = await expectPaidConfirmation(page);
    await expectNoAxeViolations(page);

    // Paid in the database: a fresh load of the signed link (no return query) reads the order
    // back; the webhook that marks it paid may land a moment after the shopper does.
    const statusUrl = page.url();
    await expect
      .poll(async () => {
        await page.goto(statusUrl);
        return page.getByText('Betaald. We pakken je bestelling in.').count();
      })
      .toBe(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bestelling ${orderNumber}`);
    expect(await available(request, choice)).toBe(before - 2);
    await expect(page.locator('[data-cart-count]')).toBeHidden();
  });

  test('iDEAL: the bank page authorises and the shopper lands on the confirmation', async ({ page, request, isMobile }) => {
    test.skip(!isMobile, 'phone first: iDEAL is a phone habit');
    const choice = pick(1, isMobile);
    const before = await available(request, choice);
    await checkoutToPayment(page, choice, 1);
    await page.getByRole('radio', { name: 'iDEAL' }).check();
    await page.getByLabel('Bank').selectOption('ing');
    await page.getByRole('button', { name: /^Betaal € / }).click();
    await page.getByRole('button', { name: 'Authorize test payment' }).click();
    await expectPaidConfirmation(page);
    expect(await available(request, choice)).toBe(before - 1);
  });

  test('a declined card is explained, nothing is lost, and a second card pays the same order', async ({ page, request, isMobile }) => {
    test.skip(!isMobile, 'phone first; the order page covers the desktop retry');
    const choice = pick(2, isMobile);
    const before = await available(request, choice);
    await checkoutToPayment(page, choice, 1);
    const orderMeta = await page.locator('.co-topay__meta').textContent();

    await fillCard(page, '4000000000000002');
    await page.getByRole('button', { name: /^Betaal € / }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Je kaart is geweigerd.' })).toBeVisible();
    // Still on the payment step of the same order, the cart untouched, ready for another card.
    await expect(page).toHaveURL(/#betalen$/);
    await expect(page.locator('.co-topay__meta')).toHaveText(orderMeta ?? '');
    expect(await page.evaluate(() => localStorage.getItem('kassa:cart'))).not.toBeNull();

    await page.getByLabel('Kaartnummer').fill('4242424242424242');
    await page.getByRole('button', { name: /^Betaal € / }).click();
    await expectPaidConfirmation(page);
    // One order, one stock decrement: the decline held the units, the retry took them once.
    expect(await available(request, choice)).toBe(before - 1);
  });
});
