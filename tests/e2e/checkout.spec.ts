/**
 * The guest checkout in a browser, phone first: a Dutch address completed from postcode and
 * house number (through the PDOK stand-in the test server runs), at most six inputs before
 * paying, a delivery option with its date, the payment step with the server's total, and
 * nothing lost on refresh, back or forward. Every invalid field says what to do; a lookup that
 * finds nothing leaves manual entry. axe on every step. Expected totals come from the catalog.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readContentProducts } from '../../scripts/lib/content-products.ts';
import { expectNoAxeViolations } from './support/axe.ts';

const products = readContentProducts();

/** A cheap one-size product in good stock: with shipping the total is well under the free-shipping threshold. */
const product = products.find((p) => !p.sizes && p.variants.some((v) => v.initialStock > 8 && v.priceCents < 2000))!;
const variant = product.variants.find((v) => v.initialStock > 8 && v.priceCents < 2000)!;
const quantity = 2;
/** Standard home delivery in the shop configuration. */
const standardCents = 495;

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const eur = (cents: number) => euro.format(cents / 100);

async function seedCart(page: Page): Promise<void> {
  const stored = JSON.stringify({ version: 1, lines: [{ sku: variant.sku, quantity, addedAt: 1_700_000_000_000 }] });
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('e2e-seeded')) {
      localStorage.setItem('kassa:cart', value);
      sessionStorage.setItem('e2e-seeded', '1');
    }
  }, stored);
}

/** Text-like inputs a shopper sees (radios and checkboxes are choices, not fields to type in). */
function visibleFields(page: Page): Locator {
  return page
    .locator('.co__main')
    .locator('input:not([type=radio]):not([type=checkbox]):not([type=hidden]):visible, select:visible, textarea:visible');
}

async function openCheckout(page: Page, url = '/afrekenen'): Promise<void> {
  await page.goto(url);
  await expect(page.locator('astro-island[component-export="CheckoutForm"]')).not.toHaveAttribute('ssr', '');
}

async function fillDutchAddress(page: Page): Promise<void> {
  await page.getByLabel('E-mailadres').fill('sanne@voorbeeld.nl');
  await page.getByLabel('Voor- en achternaam').fill('Sanne de Vries');
  await page.getByLabel('Postcode').fill('1017sg');
  await page.getByLabel('Huisnummer').fill('12');
  await page.getByLabel('Huisnummer').blur();
  await expect(page.locator('.co-found')).toContainText('Weteringschans 12');
  await expect(page.locator('.co-found')).toContainText('1017 SG Amsterdam');
}

test.describe('checkout', () => {
  test('a Dutch shopper pays with six fields: lookup, delivery choice, payment step, nothing lost on refresh or back', async ({ page }) => {
    // A long walk, and orders are rate limited per client (10 a minute) across the whole suite.
    test.setTimeout(90_000);
    await seedCart(page);
    await openCheckout(page);
    await expect(page.getByRole('heading', { name: 'Je gegevens' })).toBeVisible();
    await expect(page.locator('.steps [aria-current="step"]')).toContainText('Gegevens');
    const summaryTotal = page.locator('.co-sum [data-total]');
    // Before a method is chosen the summary uses the cheapest (a PostNL point).
    await expect(summaryTotal).toHaveText(eur(variant.priceCents * quantity + 395));
    await expectNoAxeViolations(page);

    // Six inputs: e-mail, name, postcode, house number, addition, phone. Street and city come from the lookup.
    await expect(visibleFields(page)).toHaveCount(6);
    await expect(page.getByLabel('E-mailadres')).toHaveAttribute('autocomplete', 'email');
    await expect(page.getByLabel('E-mailadres')).toHaveAttribute('type', 'email');
    await expect(page.getByLabel('Voor- en achternaam')).toHaveAttribute('autocomplete', 'name');
    await expect(page.getByLabel('Postcode')).toHaveAttribute('autocomplete', 'postal-code');
    await expect(page.getByLabel('Huisnummer')).toHaveAttribute('inputmode', 'numeric');
    await expect(page.getByLabel(/Telefoonnummer/)).toHaveAttribute('autocomplete', 'tel');
    await expect(page.getByLabel(/Telefoonnummer/)).toHaveAttribute('type', 'tel');

    await fillDutchAddress(page);
    await expect(visibleFields(page)).toHaveCount(6);
    await expectNoAxeViolations(page);

    // A refresh keeps what was typed, and finds the street again.
    await page.reload();
    await expect(page.getByLabel('E-mailadres')).toHaveValue('sanne@voorbeeld.nl');
    await expect(page.getByLabel('Postcode')).toHaveValue('1017 SG');
    await expect(page.locator('.co-found')).toContainText('Weteringschans 12');

    await page.getByRole('button', { name: 'Verder naar bezorging' }).click();
    await expect(page).toHaveURL(/#bezorging$/);
    await expect(page.getByRole('heading', { name: 'Bezorging' })).toBeFocused();
    await expect(page.locator('.co-recap')).toContainText('Weteringschans 12, 1017 SG Amsterdam');
    const options = page.locator('.co-method');
    await expect(options).toHaveCount(3);
    await expect(options.first()).toContainText(/in huis/);
    await expect(page.getByRole('checkbox', { name: /nieuws en kortingen/ })).not.toBeChecked();
    await expect(visibleFields(page)).toHaveCount(0);
    const standard = page.getByRole('radio', { name: /Standaard bezorging/ });
    await standard.check();
    await expect(summaryTotal).toHaveText(eur(variant.priceCents * quantity + standardCents));
    await expectNoAxeViolations(page);

    // Refresh on step 2 stays there with the choice; back goes to step 1 with the data; forward returns.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Bezorging' })).toBeVisible();
    await expect(page.getByRole('radio', { name: /Standaard bezorging/ })).toBeChecked();
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Je gegevens' })).toBeVisible();
    await expect(page.getByLabel('Voor- en achternaam')).toHaveValue('Sanne de Vries');
    await page.goForward();
    await expect(page.getByRole('heading', { name: 'Bezorging' })).toBeVisible();

    await page.getByRole('button', { name: 'Verder naar betalen' }).click();
    await expect(page).toHaveURL(/#betalen$/);
    const expected = eur(variant.priceCents * quantity + standardCents);
    await expect(page.locator('[data-payment-total]')).toHaveText(expected);
    await expect(page.locator('#payment-element')).toHaveCount(1);
    await expect(summaryTotal).toHaveText(expected);
    await expect(page.locator('.co-topay__meta')).toContainText(/Bestelnummer \S+/);
    await expectNoAxeViolations(page);

    // A refresh on the payment step asks again with the same checkout id: the same order comes back.
    const orderNumber = await page.locator('.co-topay__meta').textContent();
    await page.reload();
    await expect(page.locator('[data-payment-total]')).toHaveText(expected);
    await expect(page.locator('.co-topay__meta')).toHaveText(orderNumber ?? '');
  });

  test('every invalid field says how to fix it, and the first one gets focus', async ({ page }) => {
    await seedCart(page);
    await openCheckout(page);
    await page.getByRole('button', { name: 'Verder naar bezorging' }).click();
    const alert = page.locator('.co-alert');
    await expect(alert).toContainText('Controleer 4 velden: E-mailadres, Voor- en achternaam, Postcode, Huisnummer.');
    await expect(page.getByLabel('E-mailadres')).toBeFocused();
    const message = (id: string) => page.locator(`#co-${id}-error`);
    await expect(message('email')).toHaveText('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
    await expect(message('name')).toHaveText('Vul je naam in.');
    await expect(message('postcode')).toHaveText('Vul je postcode in.');
    await expect(message('houseNumber')).toHaveText('Vul je huisnummer in.');
    await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-describedby', /co-email-error/);
    await expectNoAxeViolations(page);

    // Wrong values, checked when the shopper leaves the field.
    await page.getByLabel('E-mailadres').fill('sanne@');
    await page.getByLabel('Voor- en achternaam').focus();
    await expect(message('email')).toHaveText('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
    await page.getByLabel('Postcode').fill('12');
    await page.getByLabel('Postcode').blur();
    await expect(message('postcode')).toHaveText('Vul een postcode in zoals 1234 AB: vier cijfers en twee letters.');
    await page.getByLabel('Huisnummer').fill('abc');
    await page.getByLabel('Huisnummer').blur();
    await expect(message('houseNumber')).toHaveText('Vul een huisnummer in zoals 12, 12a of 12-3.');
    await page.getByLabel('Toevoeging').fill('veel te lang');
    await page.getByLabel('Toevoeging').blur();
    await expect(message('addition')).toHaveText('Vul een korte toevoeging in, zoals A, 2 of bis, of laat het veld leeg.');
    await page.getByLabel(/Telefoonnummer/).fill('bel me maar');
    await page.getByLabel(/Telefoonnummer/).blur();
    await expect(message('phone')).toHaveText(/Vul een telefoonnummer in met alleen cijfers/);

    // Entering the address by hand shows street and city, which are required too.
    await page.getByRole('button', { name: 'Adres zelf invullen' }).click();
    await expect(page.getByLabel('Straat')).toBeFocused();
    await page.getByRole('button', { name: 'Verder naar bezorging' }).click();
    await expect(message('street')).toHaveText('Vul je straat in.');
    await expect(message('city')).toHaveText('Vul je woonplaats in.');
    await expect(page.getByLabel('Straat')).toHaveAttribute('autocomplete', 'address-line1');
    await expectNoAxeViolations(page);

    // Fixing a field clears its message as the shopper types.
    await page.getByLabel('E-mailadres').fill('sanne@voorbeeld.nl');
    await expect(message('email')).toBeEmpty();
  });

  test('an address the lookup does not know can be entered by hand', async ({ page }) => {
    await seedCart(page);
    await openCheckout(page);
    await page.getByLabel('E-mailadres').fill('jan@voorbeeld.nl');
    await page.getByLabel('Voor- en achternaam').fill('Jan Jansen');
    await page.getByLabel('Postcode').fill('9999 ZZ');
    await page.getByLabel('Huisnummer').fill('1');
    await page.getByLabel('Huisnummer').blur();
    await expect(page.locator('.co-lookup')).toContainText('We vinden dit adres niet.');
    await page.getByLabel('Straat').fill('Nieuwe Laan');
    await page.getByLabel('Plaats').fill('Ergens');
    await page.getByRole('button', { name: 'Verder naar bezorging' }).click();
    await expect(page.getByRole('heading', { name: 'Bezorging' })).toBeVisible();
    await expect(page.locator('.co-recap')).toContainText('Nieuwe Laan 1, 9999 ZZ Ergens');
  });

  test('a later step cannot be opened before the earlier ones are done', async ({ page }) => {
    await seedCart(page);
    await openCheckout(page, '/afrekenen#betalen');
    await expect(page.getByRole('heading', { name: 'Je gegevens' })).toBeVisible();
    await expect(page).toHaveURL(/#gegevens$/);
  });

  test('the English checkout speaks English', async ({ page }) => {
    await seedCart(page);
    await openCheckout(page, '/en/checkout');
    await expect(page.getByRole('heading', { name: 'Your details' })).toBeVisible();
    await page.getByRole('button', { name: 'Continue to delivery' }).click();
    await expect(page.locator('#co-email-error')).toHaveText('Enter a valid e-mail address, like name@example.com.');
    await expect(page.locator('#co-postcode-error')).toHaveText('Enter your postcode.');
  });

  test('an empty cart has nothing to check out', async ({ page }) => {
    await openCheckout(page);
    await expect(page.getByRole('heading', { name: 'Je winkelwagen is leeg' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
