/**
 * The stand-in Stripe.js in a real browser: a shop page on one origin loads it from the
 * emulator on another, `loadStripe()` from @stripe/stripe-js/pure picks it up, and the
 * Payment Element pays by card, declines, runs 3D Secure and the iDEAL redirect.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from '../../../scripts/lib/browser.ts';
import { startHarness, type Harness } from './helpers.ts';

// npm test installs a browser first (scripts/ensure-browser.ts); without one this suite fails
// rather than silently skipping.
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `npm exec -- node scripts/ensure-browser.ts` or set CHROME_PATH.');
const stripeJsPure = path.resolve(import.meta.dirname, '../../../node_modules/@stripe/stripe-js/dist/pure.mjs');

let h: Harness;
let shop: Server;
let shopUrl: string;
let browser: Browser;
let page: Page;

function shopPage(emulator: Harness['emulator']): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Afrekenen</title>
<script src="${emulator.stripeJsUrl}"></script></head>
<body><main><h1>Afrekenen</h1><div id="payment"></div></main>
<script type="module">
import { loadStripe } from '/pure.mjs';
window.setup = async (clientSecret, locale) => {
  const stripe = await loadStripe('${emulator.publishableKey}', { locale });
  const elements = stripe.elements({ clientSecret, locale });
  const element = elements.create('payment');
  window.changes = [];
  element.on('change', (event) => window.changes.push(event));
  await new Promise((resolve) => { element.on('ready', resolve); element.mount('#payment'); });
  window.pay = (redirect) => stripe.confirmPayment({ elements, confirmParams: { return_url: location.origin + '/return' }, redirect });
  window.submitOnly = () => elements.submit();
};
</script></body></html>`;
}

beforeAll(async () => {
  h = await startHarness();
  const pure = await readFile(stripeJsPure, 'utf8');
  shop = createServer((request, response) => {
    if (request.url === '/pure.mjs') response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(pure);
    else if (request.url?.startsWith('/return'))
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Terug</title><p>Terug</p>');
    else response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(shopPage(h.emulator));
  });
  await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
  // Another origin than the emulator's: the browser applies CORS as it would in dev.
  shopUrl = `http://localhost:${(shop.address() as AddressInfo).port}`;
  if (executablePath) browser = await chromium.launch({ executablePath, args: chromiumArgs });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => shop.close(() => resolve()));
  await h.emulator.close();
});

beforeEach(async () => {
  if (!browser) return;
  await page?.context().close();
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'nl-NL' });
  page = await context.newPage();
});

async function mount(locale = 'en', amount = 2495): Promise<{ id: string; client_secret: string }> {
  const intent = await h.stripe.paymentIntents.create({ amount, currency: 'eur' });
  await page.goto(shopUrl);
  await page.evaluate(
    ([secret, lang]) => (window as unknown as { setup(s: string, l: string): Promise<void> }).setup(secret!, lang!),
    [intent.client_secret, locale],
  );
  return { id: intent.id, client_secret: intent.client_secret as string };
}

async function fillCard(number: string): Promise<void> {
  await page.getByLabel('Card number').fill(number);
  await page.getByLabel('Expiration date').fill('12 / 34');
  await page.getByLabel('Security code').fill('123');
}

type PayResult = { paymentIntent?: { status: string }; error?: { type: string; code: string; decline_code?: string; message: string } };
const pay = (redirect = 'if_required') =>
  page.evaluate((r) => (window as unknown as { pay(r: string): Promise<PayResult> }).pay(r), redirect);

describe('stand-in Stripe.js in Chromium', () => {
  it('renders an accessible, labelled Payment Element marked as the emulator', async () => {
    await mount();
    await expect.poll(() => page.getByText('Test payments – Stripe emulator').isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/4242 4242 4242 4242/).isVisible()).toBe(true);
    for (const name of ['Card', 'iDEAL', 'Bancontact']) expect(await page.getByRole('radio', { name }).count()).toBe(1);
    const box = await page.getByLabel('Card number').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    const axe = await new AxeBuilder({ page }).include('#payment').analyze();
    expect(axe.violations).toEqual([]);
  });

  it('pays with 4242 and resolves { paymentIntent } with redirect if_required', async () => {
    const { id } = await mount();
    await fillCard('4242 4242 4242 4242');
    const result = await pay();
    expect(result.paymentIntent).toMatchObject({ id, status: 'succeeded' });
    expect((await h.stripe.paymentIntents.retrieve(id)).status).toBe('succeeded');
  });

  it('validates on submit and answers a decline with a localized card_error', async () => {
    await mount('nl');
    const submitted = await page.evaluate(() => (window as unknown as { submitOnly(): Promise<PayResult> }).submitOnly());
    expect(submitted.error).toMatchObject({
      type: 'validation_error',
      code: 'incomplete_number',
      message: 'Je kaartnummer is onvolledig.',
    });
    await page.getByLabel('Kaartnummer').fill('4000000000000002');
    await page.getByLabel('Vervaldatum').fill('1234');
    await page.getByLabel('Beveiligingscode').fill('123');
    const result = await pay();
    expect(result.error).toMatchObject({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'generic_decline',
      message: 'Je kaart is geweigerd.',
    });
  });

  it('runs the 3D Secure challenge in a modal', async () => {
    const { id } = await mount();
    await fillCard('4000002500003155');
    const result = pay();
    await page.getByRole('dialog').getByRole('button', { name: 'Complete authentication' }).click();
    expect((await result).paymentIntent).toMatchObject({ id, status: 'succeeded' });

    const second = await mount();
    await fillCard('4000002500003155');
    const failed = pay();
    await page.getByRole('button', { name: 'Fail authentication' }).click();
    expect((await failed).error).toMatchObject({ code: 'payment_intent_authentication_failure' });
    expect((await h.stripe.paymentIntents.retrieve(second.id)).status).toBe('requires_payment_method');
  });

  it('redirects iDEAL to the bank page and back to return_url', async () => {
    const { id, client_secret } = await mount();
    await page.getByRole('radio', { name: 'iDEAL' }).check();
    await page.getByLabel('Bank').selectOption('ing');
    void pay('always').catch(() => undefined); // the page navigates away
    await page.waitForURL(/\/_emulator\/redirect\//);
    await page.getByRole('button', { name: 'Authorize test payment' }).click();
    await page.waitForURL(/\/return\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      payment_intent: id,
      payment_intent_client_secret: client_secret,
      redirect_status: 'succeeded',
    });
    expect((await h.stripe.paymentIntents.retrieve(id)).status).toBe('succeeded');
  });
});
