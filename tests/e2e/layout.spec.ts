import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

test.describe('shop shell', () => {
  test('Dutch home page has the shell, one h1 and no axe violations', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl-NL');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('link', { name: /winkelwagen/i }).first()).toHaveAttribute('href', '/winkelwagen');
    await expect(page.getByRole('searchbox').first()).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('klantenservice@plensbui.example');
    await expectNoAxeViolations(page);
  });

  test('the skip link moves focus to the main content', async ({ page, isMobile }) => {
    test.skip(isMobile, 'keyboard navigation is a desktop concern');
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('the language switch leads to the English page and back', async ({ page }) => {
    await page.goto('/');
    await page.locator('a[hreflang="en"]:visible').first().click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.getByRole('link', { name: /cart/i }).first()).toHaveAttribute('href', '/en/cart');
    await expectNoAxeViolations(page);
    await page.locator('a[hreflang="nl"]:visible').first().click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl-NL');
  });

  test('the phone menu opens without JavaScript and lists every category', async ({ browser, isMobile }) => {
    test.skip(!isMobile, 'the menu button is only shown on phones');
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 780 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto('/');
    await page.locator('details[data-menu] > summary').click();
    const nav = page.getByRole('navigation', { name: 'Menu', exact: true });
    for (const name of ['Regenjassen', 'Regenbroeken', "Poncho's & capes", 'Fietstassen', 'Hoezen & accessoires']) {
      await expect(nav.getByRole('link', { name })).toBeVisible();
    }
    await context.close();
  });

  test('nothing is wider than the screen', async ({ page }) => {
    await page.goto('/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('an unknown address answers 404 with a way back', async ({ page }) => {
    const response = await page.goto('/bestaat-niet');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: /terug naar de winkel/i }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
