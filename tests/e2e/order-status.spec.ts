/**
 * The order status page (/bestelling/<nr>?t=<token>, /en/order/<nr>?t=<token>) for an order
 * placed through POST /api/checkout/payment: what it shows, what it refuses (404 without the
 * right token, whatever was tampered with), both languages, axe. Paying on it: payment.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { createOrder, orderSkus, returnPath } from './support/orders.ts';

// Orders are rate limited per client (10 a minute); a test may have to wait its turn.
test.describe.configure({ timeout: 120_000 });

test.describe('order status page', () => {
  test('an unpaid order shows its items, totals, address and timeline, and offers to pay', async ({ page, baseURL }) => {
    const order = await createOrder(baseURL!);
    const response = await page.goto(order.statusPath);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control']).toContain('no-store');
    expect(response?.headers()['referrer-policy']).toBe('strict-origin');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bestelling ${order.orderNumber} is nog niet betaald`);
    const items = page.getByRole('region', { name: 'Je bestelling', exact: true });
    for (const { product } of orderSkus) await expect(items.getByRole('link', { name: product.name.nl }).first()).toBeVisible();
    await expect(items).toContainText('Aantal: 2');
    await expect(items).toContainText('Totaal');
    await expect(items).toContainText(/Inclusief €\s[\d.,]+ btw \(21%\)/);
    await expect(page.getByRole('region', { name: 'Bezorging' })).toContainText('Weteringschans 12A');
    await expect(page.getByRole('region', { name: 'Bezorging' })).toContainText('1017 SG Amsterdam');

    const steps = page.getByRole('list', { name: 'Voortgang van je bestelling' }).getByRole('listitem');
    await expect(steps).toHaveText([/Besteld/, /Betaald/, /Verzonden/, /Bezorgd/]);
    await expect(steps.first()).toHaveAttribute('aria-current', 'step');
    await expect(steps.first()).toContainText('Wacht op betaling');

    await expect(page.getByRole('region', { name: 'Vragen over je bestelling?' }).getByRole('link', { name: /Mail ons/ })).toHaveAttribute(
      'href',
      new RegExp(`subject=Bestelling%20${order.orderNumber}`),
    );
    // The payment form, with the test-payments warning the emulator's key brings.
    await expect(page.getByText('Testbetalingen – er wordt niets afgeschreven')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Betaal € / })).toBeEnabled();
    await expectNoAxeViolations(page);
  });

  test('nothing opens without the right token: every wrong link is the same 404', async ({ page, baseURL, isMobile }) => {
    test.skip(!isMobile, 'the server answers the same to every viewport');
    const order = await createOrder(baseURL!);
    const other = await createOrder(baseURL!);
    const url = new URL(order.statusPath, baseURL);
    const token = url.searchParams.get('t')!;
    const otherToken = new URL(other.statusPath, baseURL).searchParams.get('t')!;
    const tampered = `${token.slice(0, -3)}${token.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    const wrong = [
      url.pathname,
      `${url.pathname}?t=`,
      `${url.pathname}?t=${tampered}`,
      `${url.pathname}?t=${otherToken}`,
      `/bestelling/${other.orderNumber}?t=${token}`,
      `/bestelling/PB-333333?t=${token}`,
      // A valid token with another order's payment in the return query.
      `${order.statusPath}&payment_intent=${other.paymentIntentId}&payment_intent_client_secret=${other.clientSecret}&redirect_status=succeeded`,
      `${order.statusPath}&payment_intent=${order.paymentIntentId}&payment_intent_client_secret=${order.clientSecret}x&redirect_status=succeeded`,
    ];
    for (const path of wrong) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('We kunnen deze bestelling niet openen');
      await expect(page.getByText(order.orderNumber)).toHaveCount(0);
      await expect(page.getByText('Anna de Vries')).toHaveCount(0);
    }
    await expectNoAxeViolations(page);
    const english = await page.goto(`/en/order/${order.orderNumber}?t=${tampered}`);
    expect(english?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We cannot open this order');
  });

  test('in English, and the language switch keeps the link working', async ({ page, baseURL, isMobile }) => {
    test.skip(!isMobile, 'one viewport is enough for the words');
    const order = await createOrder(baseURL!, 'en');
    expect(order.statusPath).toMatch(/^\/en\/order\//);
    await page.goto(order.statusPath);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Order ${order.orderNumber} has not been paid yet`);
    await expect(page.getByRole('button', { name: /^Pay €/ })).toBeVisible();
    await expect(page.getByText('Test payments – nothing will be charged')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Progress of your order' }).getByRole('listitem')).toHaveText([
      /Ordered/,
      /Paid/,
      /Shipped/,
      /Delivered/,
    ]);
    await expectNoAxeViolations(page);

    await page.locator('a[hreflang="nl"]:visible').first().click();
    await expect(page).toHaveURL(new RegExp(`/bestelling/${order.orderNumber}\\?t=`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bestelling ${order.orderNumber} is nog niet betaald`);
  });

  test('a declined payment comes back as failed, with the reason and the form to try again', async ({ page, baseURL, isMobile }) => {
    test.skip(!isMobile, 'the retry itself runs on both viewports in payment.spec.ts');
    const order = await createOrder(baseURL!);
    // The bank page's "Fail test payment" on a redirect method sends the shopper back like this.
    await page.goto(returnPath(order, 'failed'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je betaling is niet gelukt');
    // The hold ends at a time today, or with its date when that is past midnight ("23 november 2026 00:22").
    await expect(
      page.getByText(/Er is niets afgeschreven\. Je artikelen blijven tot (\d{1,2} \S+ \d{4} )?\d{2}:\d{2} voor je gereserveerd\./),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Probeer het opnieuw' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Betaal € / })).toBeEnabled();
    await expect(page.getByRole('list', { name: 'Voortgang van je bestelling' }).getByRole('listitem').first()).toHaveAttribute(
      'aria-current',
      'step',
    );
    await expectNoAxeViolations(page);
  });
});
