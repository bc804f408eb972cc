/**
 * Lighthouse CI runs this before every audited URL (collect.puppeteerScript, set by
 * scripts/lighthouse.ts), in the browser Lighthouse then audits in. Pages that show the
 * shopper's cart get the cart scripts/lighthouse.ts chose, as a shopper arriving there has one;
 * every other page is audited without, as on a first visit. Lighthouse clears the HTTP cache
 * between runs but not localStorage, so what is set here is still there for the audit.
 *
 * CommonJS because lhci loads it with require().
 */
'use strict';

/** @param {import('puppeteer-core').Browser} browser @param {{ url: string }} context */
module.exports = async function setShopperState(browser, { url }) {
  const target = new URL(url);
  const cartPages = (process.env.KASSA_LIGHTHOUSE_CART_PAGES ?? '').split(',').filter(Boolean);
  const cart = cartPages.includes(target.pathname) ? (process.env.KASSA_LIGHTHOUSE_CART ?? null) : null;
  const page = await browser.newPage();
  try {
    // Any page of the origin gives access to its storage; robots.txt is the lightest.
    await page.goto(new URL('/robots.txt', target).href);
    await page.evaluate((value) => {
      if (value) localStorage.setItem('kassa:cart', value);
      else localStorage.removeItem('kassa:cart');
    }, cart);
  } finally {
    await page.close();
  }
};
