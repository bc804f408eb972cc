import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

/** The header's search field, as the island leaves it: a combobox. */
const headerSearch = (page: Page) => page.locator('#header-search');
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Zoeksuggesties' });

async function typeInHeader(page: Page, text: string): Promise<void> {
  const input = headerSearch(page);
  await input.click();
  await expect(input).toHaveAttribute('role', 'combobox');
  await input.pressSequentially(text, { delay: 30 });
}

/** The filter fields live in a sheet on phones: open it first there. */
async function openFilters(page: Page, isMobile: boolean): Promise<void> {
  if (isMobile) {
    await page.locator('.sp__toggle > summary').click();
    await expect(page.locator('#sp-filters')).toBeVisible();
  }
}

const countText = (page: Page) => page.locator('#sp-count');
const resultNames = (page: Page) => page.locator('#sp-results .pc__name');

function contextOptions(testInfo: TestInfo) {
  const { viewport, isMobile, hasTouch, locale } = testInfo.project.use;
  return { viewport: viewport ?? null, isMobile: isMobile ?? false, hasTouch: hasTouch ?? false, locale: locale ?? 'nl-NL' };
}

async function pageWithoutJavaScript(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({
    ...contextOptions(testInfo),
    baseURL: testInfo.project.use.baseURL ?? '',
    javaScriptEnabled: false,
  });
  return context.newPage();
}

test.describe('search as you type', () => {
  test('costs a page nothing until the field is used, then loads the island and the index once', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.includes('search-combobox-mount') || path.startsWith('/search-index/'))).toEqual([]);
    await typeInHeader(page, 're');
    await expect(suggestions(page).getByRole('option').first()).toBeVisible();
    expect(requests.filter((path) => path.startsWith('/search-index/'))).toHaveLength(1);
    expect(requests.some((path) => path.includes('search-combobox-mount'))).toBe(true);
  });

  test('finds the right product for a typo, with image, highlighted name and price, and announces the count', async ({ page }) => {
    await page.goto('/');
    await typeInHeader(page, 'regnjas');
    const input = headerSearch(page);
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(input).toHaveAttribute('aria-controls', 'header-search-listbox');
    const first = suggestions(page).getByRole('option').first();
    await expect(first).toContainText('Regenjas Wolkbreuk');
    await expect(first).toHaveAttribute('href', '/p/regenjas-wolkbreuk');
    await expect(first.locator('mark')).toHaveText('Regenjas');
    await expect(first.locator('img')).toHaveAttribute('src', /^\/_astro\/.+\.svg$/);
    await expect(first).toContainText('€');
    await expect(page.getByRole('status').filter({ hasText: /resultaten/ })).toHaveText(/^\d+ resultaten$/);
    await expectNoAxeViolations(page);
  });

  test('works with the keyboard: arrows, Escape, Enter on an option', async ({ page }) => {
    await page.goto('/');
    await typeInHeader(page, 'poncho');
    const input = headerSearch(page);
    const options = suggestions(page).getByRole('option');
    await expect(options.first()).toBeVisible();
    await expect(input).not.toHaveAttribute('aria-activedescendant');

    await input.press('ArrowDown');
    const firstId = await options.nth(0).getAttribute('id');
    await expect(input).toHaveAttribute('aria-activedescendant', firstId!);
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await input.press('ArrowDown');
    await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
    await input.press('ArrowUp');
    await expect(input).toHaveAttribute('aria-activedescendant', firstId!);

    await input.press('Escape');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await expect(input).not.toHaveAttribute('aria-activedescendant');
    await expect(input).toHaveValue('poncho');
    await expect(input).toBeFocused();

    await input.press('ArrowDown');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    const href = await options.nth(0).getAttribute('href');
    await input.press('Enter');
    await expect(page).toHaveURL(href!);
  });

  test('Enter without a chosen option opens the search page, which ranks the typo the same way', async ({ page }) => {
    await page.goto('/');
    await typeInHeader(page, 'regnjas');
    const firstSuggestion = await suggestions(page).getByRole('option').first().locator('.sx__name').textContent();
    await headerSearch(page).press('Enter');
    await expect(page).toHaveURL('/zoeken?q=regnjas');
    await expect(resultNames(page).first()).toHaveText(firstSuggestion!);
  });

  test('remembers recent searches, shows them on an empty field and clears them', async ({ page }) => {
    await page.goto('/');
    await typeInHeader(page, 'fietstas');
    await headerSearch(page).press('Enter');
    await expect(page).toHaveURL(/\/zoeken\?q=fietstas$/);
    await page.goto('/c/ponchos');
    await headerSearch(page).click();
    const recent = suggestions(page).getByRole('group', { name: 'Recente zoekopdrachten' });
    await expect(recent.getByRole('option', { name: 'fietstas' })).toHaveAttribute('href', '/zoeken?q=fietstas');
    await expect(page.getByRole('status').filter({ hasText: 'recente zoekopdracht' })).toHaveText('1 recente zoekopdracht');
    await page.getByRole('button', { name: 'Wis zoekgeschiedenis' }).click();
    await expect(headerSearch(page)).toHaveAttribute('aria-expanded', 'false');
    expect(await page.evaluate(() => localStorage.getItem('kassa:recent-searches'))).toBe('[]');
  });

  test('helps when nothing matches: a corrected query and categories', async ({ page }) => {
    await page.goto('/');
    await typeInHeader(page, 'regnjassn');
    const correction = suggestions(page).getByRole('option', { name: 'regenjas', exact: true });
    await expect(correction).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Geen resultaten' })).toHaveText(
      'Geen resultaten voor “regnjassn”. Bedoelde je regenjas?',
    );
    await correction.click();
    await expect(headerSearch(page)).toHaveValue('regenjas');
    await expect(suggestions(page).getByRole('option').first()).toHaveAttribute('href', /^\/p\/regenjas-/);

    await headerSearch(page).fill('xyzzq');
    await expect(suggestions(page).getByRole('option', { name: 'Regenjassen' })).toHaveAttribute('href', '/c/regenjassen');
  });

  test('asks the server when the index file cannot be loaded', async ({ page }) => {
    await page.route('**/search-index/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
    const api = page.waitForRequest((request) => request.url().includes('/api/search?'));
    await page.goto('/en/');
    await headerSearch(page).click();
    await headerSearch(page).pressSequentially('rain jcket', { delay: 30 });
    expect(new URL((await api).url()).searchParams.get('locale')).toBe('en');
    const first = page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first();
    await expect(first).toHaveAttribute('href', /^\/en\/p\//);
  });
});

test.describe('search page', () => {
  test('filters by colour, size and price: results, counts and URL follow, and back restores', async ({ page, isMobile }) => {
    await page.goto('/zoeken?q=regenjas');
    const initialCount = await countText(page).textContent();
    await openFilters(page, isMobile);
    const filters = page.locator('#sp-filters');

    await filters.getByRole('checkbox', { name: /^Geel/ }).check();
    await expect(page).toHaveURL('/zoeken?q=regenjas&kleur=geel');
    await expect(countText(page)).not.toHaveText(initialCount!);
    const yellowCount = await countText(page).textContent();
    const sizeM = filters.getByRole('checkbox', { name: /^M \(/ });
    const sizeCountBefore = await sizeM.locator('xpath=..').textContent();

    await sizeM.check();
    await expect(page).toHaveURL('/zoeken?q=regenjas&maat=M&kleur=geel');
    await expect(filters.getByRole('checkbox', { name: /^M \(/ })).toBeChecked();

    await filters.getByLabel('Tot (€)').fill('100');
    await filters.getByLabel('Tot (€)').press('Enter');
    await expect(page).toHaveURL('/zoeken?q=regenjas&maat=M&kleur=geel&max=100');
    for (const price of await page.locator('#sp-results .price__now').allTextContents()) {
      expect(Number(price.replace(/[^\d]/g, ''))).toBeLessThanOrEqual(10000);
    }
    await expect(page.getByRole('link', { name: /^Verwijder filter: Tot €\s100$/ })).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL('/zoeken?q=regenjas&maat=M&kleur=geel');
    await expect(page.locator('#sf-max')).toHaveValue('');
    await page.goBack();
    await expect(page).toHaveURL('/zoeken?q=regenjas&kleur=geel');
    await expect(countText(page)).toHaveText(yellowCount!);
    await expect(page.locator('#sf-m-M')).not.toBeChecked();
    expect(await page.locator('#sf-m-M').locator('xpath=..').textContent()).toBe(sizeCountBefore);
    await page.goBack();
    await expect(page).toHaveURL('/zoeken?q=regenjas');
    await expect(countText(page)).toHaveText(initialCount!);
  });

  test('price slider: thumbs move by keyboard, fill the price fields, filter in place; back restores', async ({ page, isMobile }) => {
    await page.goto('/zoeken?q=regenjas');
    const initialCount = await countText(page).textContent();
    await openFilters(page, isMobile);
    const filters = page.locator('#sp-filters');
    const low = filters.getByRole('slider', { name: 'Minimumprijs' });
    const high = filters.getByRole('slider', { name: 'Maximumprijs' });
    await high.scrollIntoViewIfNeeded();
    for (const thumb of [low, high]) expect((await thumb.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    const top = Number(await high.getAttribute('max'));
    await expect(high).toHaveValue(String(top));

    // Each key is a step; the page updates once the keys pause, as one history entry.
    await high.focus();
    for (let i = 0; i < 3; i++) await high.press('PageDown');
    const max = Number(await high.inputValue());
    expect(max).toBeLessThan(top);
    await expect(filters.getByLabel('Tot (€)')).toHaveValue(String(max));
    await expect(page).toHaveURL(`/zoeken?q=regenjas&max=${max}`);
    await expect(countText(page)).not.toHaveText(initialCount!);
    const cappedCount = await countText(page).textContent();
    for (const price of await page.locator('#sp-results .price__now').allTextContents()) {
      expect(Number(price.replace(/[^\d]/g, ''))).toBeLessThanOrEqual(max * 100);
    }
    // The swapped-in slider keeps focus, its place and a price to read out.
    await expect(high).toBeFocused();
    await expect(high).toHaveValue(String(max));
    await expect(high).toHaveAttribute('aria-valuetext', new RegExp(`^€\\s${max}$`));

    await low.press('ArrowRight');
    await low.press('ArrowRight');
    const min = Number(await low.inputValue());
    await expect(page).toHaveURL(`/zoeken?q=regenjas&min=${min}&max=${max}`);
    await expect(filters.getByLabel('Van (€)')).toHaveValue(String(min));

    const bothCount = await countText(page).textContent();

    // A typed price moves its thumb, and applies when the field is left.
    await filters.getByLabel('Van (€)').fill(String(min + 10));
    await expect(low).toHaveValue(String(min + 10));
    await filters.getByLabel('Van (€)').press('Tab');
    await expect(page).toHaveURL(`/zoeken?q=regenjas&min=${min + 10}&max=${max}`);

    await page.goBack();
    await expect(page).toHaveURL(`/zoeken?q=regenjas&min=${min}&max=${max}`);
    await expect(low).toHaveValue(String(min));
    await expect(countText(page)).toHaveText(bothCount!);
    await page.goBack();
    await expect(page).toHaveURL(`/zoeken?q=regenjas&max=${max}`);
    await expect(countText(page)).toHaveText(cappedCount!);
    await expect(low).toHaveValue((await low.getAttribute('min'))!);
    await page.goBack();
    await expect(page).toHaveURL('/zoeken?q=regenjas');
    await expect(countText(page)).toHaveText(initialCount!);
    await expect(high).toHaveValue(String(top));
    await expect(filters.getByLabel('Tot (€)')).toHaveValue('');
  });

  test('sorts by price', async ({ page }) => {
    await page.goto('/zoeken?q=regenjas');
    await page.getByLabel('Sorteer op').selectOption('price-asc');
    await expect(page).toHaveURL('/zoeken?q=regenjas&sorteer=price-asc');
    const prices = (await page.locator('#sp-results .price__now').allTextContents()).map((p) => Number(p.replace(/[^\d]/g, '')));
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  test('has no axe violations, with the filters open on a phone', async ({ page, isMobile }) => {
    await page.goto('/zoeken?q=regenjas&kleur=geel');
    await expectNoAxeViolations(page);
    await openFilters(page, isMobile);
    await expectNoAxeViolations(page);
  });

  test('keeps the search when switching language', async ({ page }) => {
    await page.goto('/zoeken?q=regenjas&kleur=geel&voorraad=1');
    const english = page.locator('.hd__lang');
    await expect(english).toHaveAttribute('href', '/en/search?q=regenjas&color=geel&stock=1');
    await english.click();
    await expect(page).toHaveURL('/en/search?q=regenjas&color=geel&stock=1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “regenjas”');
    await expect(page.locator('#sf-k-geel')).toBeChecked();
    await expect(page.locator('#sf-stock')).toBeChecked();
    await expect(page.locator('#sf-max-r')).toHaveAttribute('aria-label', 'Maximum price');
  });
});

test.describe('without JavaScript', () => {
  test('the search page is HTML: results for a GET, filters through the plain form', async ({ browser }, testInfo) => {
    const page = await pageWithoutJavaScript(browser, testInfo);
    const response = await page.goto('/zoeken?q=regenjas');
    expect(response?.headers()['content-type']).toContain('text/html');
    expect(await response?.text()).toContain('Regenjas Wolkbreuk');
    await expect(resultNames(page).first()).toBeVisible();
    const total = await countText(page).textContent();

    await openFilters(page, testInfo.project.use.isMobile ?? false);
    // The slider needs script; the price fields do its work here.
    await expect(page.locator('.ff__slider')).toBeHidden();
    await page.locator('#sp-filters').getByRole('checkbox', { name: /^Geel/ }).check();
    await page.locator('#sp-apply').click();
    // The form sends every field; the server answers with the one short URL of that search.
    await expect(page).toHaveURL('/zoeken?q=regenjas&kleur=geel');
    await expect(countText(page)).not.toHaveText(total!);
    await page.context().close();
  });

  test('the header form searches and a category filter opens the search page scoped to it', async ({ browser }, testInfo) => {
    const page = await pageWithoutJavaScript(browser, testInfo);
    await page.goto('/c/regenjassen');
    await page.locator('#header-search').fill('poncho');
    await page.locator('#header-search').press('Enter');
    await expect(page).toHaveURL('/zoeken?q=poncho');
    await expect(resultNames(page).first()).toBeVisible();

    await page.goto('/c/regenjassen');
    await page.locator('.cf > summary').click();
    await page.locator('.cf__form').getByRole('checkbox', { name: /^Geel/ }).check();
    await page.locator('.cf__form').getByRole('button', { name: 'Toon resultaten' }).click();
    await expect(page).toHaveURL('/zoeken?categorie=regenjassen&kleur=geel');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alle producten');
    expect(await resultNames(page).count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

test.describe('category filter', () => {
  test('shows the unfiltered category counts and leads to the search page', async ({ page }) => {
    await page.goto('/c/regenjassen');
    await page.getByText('Filter', { exact: true }).click();
    const form = page.locator('.cf__form');
    await expect(form.getByRole('checkbox', { name: /^Geel \(\d+\)$/ })).toBeVisible();
    await expect(form.locator('input[type="hidden"][name="categorie"]')).toHaveValue('regenjassen');
    await expectNoAxeViolations(page);

    // The slider fills the price field the form sends.
    const high = form.getByRole('slider', { name: 'Maximumprijs' });
    await high.focus();
    await high.press('PageDown');
    const max = await high.inputValue();
    await expect(form.getByLabel('Tot (€)')).toHaveValue(max);
    await form.getByRole('button', { name: 'Toon resultaten' }).click();
    await expect(page).toHaveURL(`/zoeken?categorie=regenjassen&max=${max}`);
  });
});

test.describe('search API', () => {
  test('answers suggestions as JSON and refuses bad input', async ({ request }) => {
    const ok = await request.get('/api/search?q=regnjas&locale=nl&limit=3');
    expect(ok.status()).toBe(200);
    const body = (await ok.json()) as { products: { href: string }[]; total: number };
    expect(body.products).toHaveLength(3);
    expect(body.products[0]?.href).toBe('/p/regenjas-wolkbreuk');
    const bad = await request.get('/api/search?q=x&locale=fr');
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
  });
});
