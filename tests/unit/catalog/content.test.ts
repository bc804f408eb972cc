/**
 * The committed catalog in content/: every file matches its schema, the files agree with each
 * other, and the policy pages quote the shop configuration correctly (a fork that changes its
 * free-shipping threshold or phone number is told which page still says the old one).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shop } from '../../../src/config/shop.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import { catalogProblems, readCatalog, type Catalog } from './read-catalog.ts';

const contentDir = path.resolve(import.meta.dirname, '../../../content');
let catalog: Catalog;

beforeAll(async () => {
  catalog = await readCatalog(contentDir);
});

describe('content/', () => {
  it('has a demo catalog across every category', () => {
    expect(catalog.products.length).toBeGreaterThanOrEqual(30);
    for (const category of catalog.categories) {
      expect(catalog.products.filter((p) => p.category === category.slug).length, category.slug).toBeGreaterThanOrEqual(3);
    }
  });

  it('has files that agree with each other', () => {
    expect(catalogProblems(catalog)).toEqual([]);
  });

  it('has at least three images of every colour of every product', () => {
    for (const product of catalog.products) {
      for (const color of product.colors) {
        expect(product.images.filter((i) => i.color === color.id).length, `${product.slug} ${color.id}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('has reviews only for existing products', () => {
    const slugs = new Set(catalog.products.map((p) => p.slug));
    expect([...catalog.reviews.keys()].filter((slug) => !slugs.has(slug))).toEqual([]);
    expect([...catalog.reviews.values()].flat().length).toBeGreaterThan(100);
  });
});

describe('policy pages', () => {
  const money = (locale: Locale, cents: number) =>
    new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      style: 'currency',
      currency: shop.currency,
      minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    })
      .format(cents / 100)
      .replace(/\u00a0/g, ' ');
  const text = (slug: string, locale: Locale) => {
    const page = catalog.pages.find((p) => p.slug === slug && p.locale === locale);
    if (!page) throw new Error(`no page ${slug}/${locale}`);
    return `${page.data.title}\n${page.data.description}\n${page.body}`.replace(/\u00a0/g, ' ');
  };

  it.each(['nl', 'en'] as const)('state the shipping rates, cut-offs and free-shipping threshold (%s)', (locale) => {
    const page = text('shipping', locale);
    expect(page).toContain(money(locale, shop.shipping.freeShippingThresholdCents));
    for (const method of shop.shipping.methods) {
      expect(page, method.id).toContain(money(locale, method.priceCents));
      expect(page, method.id).toContain(method.cutoff);
    }
  });

  it.each(['nl', 'en'] as const)('state the return window (%s)', (locale) => {
    const days = `${shop.returns.windowDays} ${locale === 'nl' ? 'dagen' : 'days'}`;
    expect(text('returns', locale)).toContain(days);
    expect(text('terms', locale)).toContain(days);
  });

  it.each(['nl', 'en'] as const)('give the contact details and hours (%s)', (locale) => {
    const page = text('contact', locale);
    const { email, phone, address, chamberOfCommerce, vatNumber, chatHours } = shop.contact;
    for (const value of [email, phone, address.street, address.postalCode, address.city, chamberOfCommerce, vatNumber]) {
      expect(page).toContain(value);
    }
    for (const hours of chatHours) expect(page).toContain(`${hours.opens}-${hours.closes}`);
    expect(text('terms', locale)).toContain(shop.brand.legalName);
    expect(text('privacy', locale)).toContain(shop.brand.legalName);
  });
});
