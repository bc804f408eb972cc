import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { catalogLookupFromProducts, type CatalogLookup, type PricedProduct } from '../../../src/features/cart/cart-catalog.ts';
import { loadAvailableStock, priceCartOnServer } from '../../../src/features/cart/cart-pricing.server.ts';
import { cartPricingRequestSchema } from '../../../src/features/cart/cart-request.ts';
import { configDiscountSource } from '../../../src/features/cart/discount.server.ts';
import { inventory } from '../../../src/lib/db/schema.ts';
import { money, zero } from '../../../src/lib/money.ts';
import { forEachDatabase } from '../../helpers/database.ts';

let catalog: CatalogLookup;

beforeAll(async () => {
  const file = path.join(import.meta.dirname, 'fixtures', 'products.json');
  catalog = catalogLookupFromProducts(JSON.parse(await readFile(file, 'utf8')) as PricedProduct[]);
});

const now = new Date('2026-06-15T10:00:00Z');

forEachDatabase((t) => {
  beforeAll(async () => {
    await t.db.insert(inventory).values([
      // 5 on hand, 3 held by open checkouts: 2 to sell.
      { sku: 'JAS-GEEL-M', productSlug: 'regenjas-polder', onHand: 5, reserved: 3 },
      { sku: 'JAS-GEEL-L', productSlug: 'regenjas-polder', onHand: 2, reserved: 2 },
      { sku: 'BAND-OR', productSlug: 'broekbanden', onHand: 40, reserved: 0 },
      // HOES-GEEL has no inventory row: it is not for sale.
    ]);
  });

  it('reads available stock as on hand minus reserved', async () => {
    const stock = await loadAvailableStock(t.db, ['JAS-GEEL-M', 'JAS-GEEL-L', 'BAND-OR', 'HOES-GEEL']);
    expect(Object.fromEntries(stock)).toEqual({ 'JAS-GEEL-M': 2, 'JAS-GEEL-L': 0, 'BAND-OR': 40 });
    expect((await loadAvailableStock(t.db, [])).size).toBe(0);
  });

  it('reports a stock shortage and prices what can be bought', async () => {
    const cart = await priceCartOnServer(
      t.db,
      [
        { sku: 'JAS-GEEL-M', quantity: 3 },
        { sku: 'JAS-GEEL-L', quantity: 1 },
        { sku: 'HOES-GEEL', quantity: 1 },
      ],
      { catalog, country: 'NL' },
    );
    expect(cart.lines.map((line) => [line.sku, line.quantity, line.stockIssue])).toEqual([
      ['JAS-GEEL-M', 2, { kind: 'insufficient', available: 2 }],
      ['JAS-GEEL-L', 0, { kind: 'unavailable' }],
      ['HOES-GEEL', 0, { kind: 'unavailable' }],
    ]);
    expect(cart.changes).toEqual([
      expect.objectContaining({ kind: 'quantityReduced', sku: 'JAS-GEEL-M', from: 3, to: 2 }),
      expect.objectContaining({ kind: 'quantityReduced', sku: 'JAS-GEEL-L', from: 1, to: 0 }),
      expect.objectContaining({ kind: 'quantityReduced', sku: 'HOES-GEEL', from: 1, to: 0 }),
    ]);
    expect(cart.total).toEqual(money(17990));
  });

  it('removes an unknown SKU, even one that has an inventory row but left the catalog', async () => {
    await t.db.insert(inventory).values({ sku: 'OLD-PRODUCT', productSlug: 'gone', onHand: 9 });
    const cart = await priceCartOnServer(
      t.db,
      [
        { sku: 'OLD-PRODUCT', quantity: 1 },
        { sku: 'NEVER-EXISTED', quantity: 1 },
        { sku: 'BAND-OR', quantity: 1 },
      ],
      { catalog, country: 'NL' },
    );
    expect(cart.lines.map((line) => line.sku)).toEqual(['BAND-OR']);
    expect(cart.changes).toEqual([
      { kind: 'removed', sku: 'OLD-PRODUCT' },
      { kind: 'removed', sku: 'NEVER-EXISTED' },
    ]);
  });

  it('ignores tampered client prices: totals come from the catalog, the difference is explained', async () => {
    const request = cartPricingRequestSchema.parse({
      lines: [
        { sku: 'BAND-OR', quantity: 3, seenUnitPriceCents: 1, priceCents: 1, lineTotalCents: 3 },
        { sku: 'JAS-GEEL-M', quantity: 1, seenUnitPriceCents: 8995 },
      ],
      totalCents: 4,
      shippingCents: 0,
      country: 'NL',
    });
    const cart = await priceCartOnServer(t.db, request.lines, { catalog, country: request.country });
    expect(cart.lines.map((line) => [line.sku, line.unitPrice.amount, line.total.amount])).toEqual([
      ['BAND-OR', 995, 2985],
      ['JAS-GEEL-M', 8995, 8995],
    ]);
    expect(cart.changes).toEqual([expect.objectContaining({ kind: 'priceChanged', sku: 'BAND-OR', from: money(1), to: money(995) })]);
    expect(cart.total).toEqual(money(2985 + 8995));
    expect(cart.shipping?.price).toEqual(zero());
  });

  it('applies a valid code, judged on the goods that can actually be bought', async () => {
    const cart = await priceCartOnServer(t.db, [{ sku: 'BAND-OR', quantity: 3 }], {
      catalog,
      country: 'NL',
      discountCode: 'welkom10',
      now,
    });
    expect(cart.discount).toMatchObject({ status: 'applied', code: 'WELKOM10', amount: money(299) });
    expect(cart.total).toEqual(money(2985 - 299 + 495));

    // Three jackets (€ 269,85) asked, but none can be had: the code is judged on € 0 of goods.
    const short = await priceCartOnServer(t.db, [{ sku: 'JAS-GEEL-L', quantity: 3 }], {
      catalog,
      country: 'NL',
      discountCode: 'WELKOM10',
      now,
    });
    expect(short.discount).toEqual({
      status: 'rejected',
      code: 'WELKOM10',
      error: { code: 'minimumNotReached', minimum: money(2500), missing: money(2500) },
    });
  });

  it('reports unknown and expired codes without failing the pricing', async () => {
    const unknown = await priceCartOnServer(t.db, [{ sku: 'BAND-OR', quantity: 1 }], {
      catalog,
      country: 'NL',
      discountCode: ' bestaat niet ',
      now,
    });
    expect(unknown.discount).toEqual({ status: 'rejected', code: 'BESTAATNIET', error: { code: 'unknown' } });
    expect(unknown.total).toEqual(money(995 + 495));

    const sources = [
      configDiscountSource([{ code: 'LENTE', benefit: { kind: 'percent', percent: 20 }, validUntil: new Date('2026-06-01T00:00:00Z') }]),
    ];
    const expired = await priceCartOnServer(t.db, [{ sku: 'BAND-OR', quantity: 1 }], {
      catalog,
      country: 'NL',
      discountCode: 'lente',
      now,
      discountSources: sources,
    });
    expect(expired.discount).toEqual({ status: 'rejected', code: 'LENTE', error: { code: 'expired' } });

    const blank = await priceCartOnServer(t.db, [{ sku: 'BAND-OR', quantity: 1 }], { catalog, country: 'NL', discountCode: '   ' });
    expect(blank.discount).toBeUndefined();
  });

  it('sees stock change between two pricings (no caching)', async () => {
    const lines = [{ sku: 'BAND-OR', quantity: 2 }];
    expect((await priceCartOnServer(t.db, lines, { catalog, country: 'NL' })).lines[0]?.stockIssue).toBeUndefined();
    await t.db.update(inventory).set({ reserved: 39 }).where(eq(inventory.sku, 'BAND-OR'));
    const after = await priceCartOnServer(t.db, lines, { catalog, country: 'NL' });
    expect(after.lines[0]).toMatchObject({ quantity: 1, stockIssue: { kind: 'insufficient', available: 1 } });
  });
});
