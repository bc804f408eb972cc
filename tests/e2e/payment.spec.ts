/**
 * Paying in the browser with the PaymentForm island (Stripe's Payment Element, here the
 * emulator's stand-in Stripe.js): a declined card and a retry on the same PaymentIntent, 3D
 * Secure, iDEAL through the bank page, a bank payment left processing and confirmed later by
 * webhook, and no second confirmation from a double tap. The form is used where a shopper
 * meets it after a failed or unfinished payment: the order status page. Every outcome is
 * checked through the page (the database lives in the server process).
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { bankConfirms, createOrder, declineCard, orderSkus, returnPath, testServerInfo, type TestOrder } from './support/orders.ts';

// Orders are rate limited per client (10 a minute); a test may have to wait its turn.
test.describe.configure({ timeout: 120_000 });

async function openPaymentForm(page: Page, path: string): Promise<void> {
  await page.goto(path);
  // Hydrated and Stripe's fields mounted: the pay button is only enabled then.
  await expect(page.getByRole('button', { name: /^Betaal € / })).toBeEnabled();
}

async function fillCard(page: Page, number: string): Promise<void> {
  await page.getByLabel('Kaartnummer').fill(number);
  await page.getByLabel('Vervaldatum').fill('12/34');
  await page.getByLabel('Beveiligingscode').fill('123');
}

async function putSomethingInTheCart(page: Page): Promise<void> {
  await page.evaluate((sku) => {
    localStorage.setItem('kassa:cart', JSON.stringify({ version: 1, lines: [{ sku, quantity: 1, addedAt: Date.now() }] }));
  }, orderSkus[0]!.sku);
}

async function expectConfirmed(page: Page, order: TestOrder): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bedankt! Je bestelling ${order.orderNumber} is betaald`);
  const steps = page.getByRole('list', { name: 'Voortgang van je bestelling' }).getByRole('listitem');
  await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(steps.nth(1)).toContainText('Betaald');
  await expect(page.getByRole('heading', { name: 'Wat gebeurt er nu?' })).toBeVisible();
  // Stripe's return query (with the client secret) is taken out of the address bar.
  await expect(page).toHaveURL(new RegExp(`/bestelling/${order.orderNumber}\\?t=[^&]+$`));
}

test.describe('paying on the order page', () => {
  test('a declined card shows Stripe’s message; the same form then pays and the cart is emptied', async ({ page, baseURL }) => {
    const order = await createOrder(baseURL!);
    await openPaymentForm(page, order.statusPath);
    await putSomethingInTheCart(page);

    await fillCard(page, '4000000000000002');
    await page.getByRole('button', { name: /^Betaal € / }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Je kaart is geweigerd.' })).toBeVisible();
    // Still here, entered data kept, ready for another try.
    await expect(page.getByLabel('Vervaldatum')).toHaveValue('12 / 34');
    await expect(page.getByRole('button', { name: /^Betaal € / })).toBeEnabled();

    await page.getByLabel('Kaartnummer').fill('4242424242424242');
    await page.getByRole('button', { name: /^Betaal € / }).click();
    await expectConfirmed(page, order);
    expect(await page.evaluate(() => localStorage.getItem('kassa:cart'))).toBeNull();
    await expectNoAxeViolations(page);

    // A later visit (the e-mail's link) shows the paid order without thanking or touching the cart again.
    await putSomethingInTheCart(page);
    await page.goto(order.statusPath);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bestelling ${order.orderNumber}`);
    await expect(page.getByText('Betaald. We pakken je bestelling in.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Betaal/ })).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('kassa:cart'))).not.toBeNull();
  });

  test('after a decline elsewhere, the return page retries with 3D Secure', async ({ page, baseURL, isMobile }) => {
    test.skip(!isMobile, 'phone first; the desktop retry is covered above');
    const order = await createOrder(baseURL!);
    await declineCard(await testServerInfo(baseURL!), order, baseURL!);
    await openPaymentForm(page, returnPath(order, 'failed'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je betaling is niet gelukt');
    await expect(page.getByText(/^Je kaart is geweigerd\. Er is niets afgeschreven\./)).toBeVisible();

    await fillCard(page, '4000002500003155');
    await page.getByRole('button', { name: /^Betaal € / }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verificatie voltooien' }).click();
    await expectConfirmed(page, order);
  });

  test('iDEAL: the bank page authorises and the shopper lands on the confirmation', async ({ page, baseURL, isMobile }) => {
    test.skip(!isMobile, 'phone first: iDEAL is a phone habit');
    const order = await createOrder(baseURL!);
    await openPaymentForm(page, order.statusPath);
    await page.getByRole('radio', { name: 'iDEAL' }).check();
    await page.getByLabel('Bank').selectOption('ing');
    await page.getByRole('button', { name: /^Betaal € / }).click();
    await page.getByRole('button', { name: 'Authorize test payment' }).click();
    await expectConfirmed(page, order);
  });

  test('a bank payment left processing waits, then shows paid once the bank confirms', async ({ page, baseURL, isMobile }) => {
    test.skip(!isMobile, 'phone first');
    const order = await createOrder(baseURL!);
    await openPaymentForm(page, order.statusPath);
    await page.getByRole('radio', { name: 'iDEAL' }).check();
    await page.getByLabel('Bank').selectOption('rabobank');
    await page.getByRole('button', { name: /^Betaal € / }).click();
    await page.getByRole('button', { name: 'Leave processing' }).click();

    await expect(page).toHaveURL(/redirect_status=processing/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We wachten op de bevestiging van je bank');
    await expect(page.getByRole('status').filter({ hasText: 'Bezig met controleren' })).toBeVisible();
    await expectNoAxeViolations(page);

    // The bank says yes: the emulator sends payment_intent.succeeded to the shop's webhook, and
    // the page, which checks every few seconds, turns into the confirmation by itself.
    await bankConfirms(await testServerInfo(baseURL!), order.paymentIntentId);
    await expectConfirmed(page, order);
  });

  test('a double tap on pay confirms the payment once', async ({ page, baseURL, isMobile }) => {
    test.skip(!isMobile, 'phone first: that is where double taps happen');
    const order = await createOrder(baseURL!);
    await openPaymentForm(page, order.statusPath);
    let confirms = 0;
    await page.route(/\/v1\/payment_intents\/[^/]+\/confirm$/, async (route) => {
      confirms++;
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await fillCard(page, '4242424242424242');
    const form = page.locator('form.pay');
    await form.evaluate((element: HTMLFormElement) => {
      element.requestSubmit();
      element.requestSubmit();
    });
    await expect(page.getByRole('button', { name: 'Bezig met betalen…' })).toBeDisabled();
    await expectConfirmed(page, order);
    expect(confirms).toBe(1);
  });
});
