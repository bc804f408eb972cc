/**
 * What a cart costs: the one pricing routine behind the cart preview in the browser and the
 * real totals on the server (cart-pricing.server.ts), so the two can only disagree about their
 * inputs (catalog, stock), never about arithmetic.
 *
 * Inputs are what the shopper chose (SKUs, quantities, country, method, a judged discount) and
 * what the shop knows (catalog prices, stock, rules). An amount a client sends is never an
 * input: `seenUnitPriceCents` is only compared with the real price to explain a change.
 *
 * Decisions, so the cart, the checkout, the order and the invoice agree:
 * - A line short of stock is priced at what is available (0 when sold out) and says so; it
 *   stays in `lines` so the shopper sees it, and a `quantityReduced` change explains it.
 * - A discount is taken off the goods only, never off shipping, and spread over the lines in
 *   proportion to their totals with money.allocate, so each line's net amount and VAT are
 *   exact and the lines add up to the goods total to the cent (what a refund per line needs).
 * - The free-shipping threshold applies to the goods after discount: "gratis vanaf € 50" means
 *   € 50 actually paid for goods, and a discount cannot make shipping free by itself.
 *   A code's minimum spend is checked against the goods before discount ("vanaf € 25").
 * - VAT is computed per line (and on shipping, at the same rate) and summed; that sum is what
 *   the invoice shows. It can differ by a cent from the VAT of the grand total, by design.
 * - Nothing to ship (empty, or everything sold out) means no shipping line at all.
 */
import type { ShippingMethod, ShopConfig } from '../../config/shop.schema.ts';
import type { LocalizedText } from '../catalog/catalog.schema.ts';
import { amountUntilFreeShipping, quoteShipping, type ShippingCountry } from '../shipping/delivery-promise.ts';
import { add, allocate, money, multiply, subtract, sum, vatIncluded, zero, type Currency, type Money } from '../../lib/money.ts';
import type { CartCatalogItem } from './cart-catalog.ts';
import { maxQuantityPerLine, normalizeLines } from './cart-lines.ts';
import { discountAmount, minimumShortfall, type Discount, type DiscountBenefit, type DiscountError } from './discount.ts';

export type PricingLineInput = Readonly<{
  sku: string;
  quantity: number;
  /** The unit price the shopper last saw (from an earlier PricedCart); only for explaining changes. */
  seenUnitPriceCents?: number | undefined;
}>;

/** The shop rules pricing follows; pricingRulesFromShop(shop) gives the configured ones. */
export type PricingRules = Readonly<{
  currency: Currency;
  vatRate: number;
  shippingMethods: readonly ShippingMethod[];
  freeShippingThresholdCents: number;
}>;

export type PriceCartInput = Readonly<{
  lines: readonly PricingLineInput[];
  catalog: ReadonlyMap<string, CartCatalogItem>;
  /**
   * Units available to sell per SKU (on hand minus reserved). Absent: stock is not checked
   * (a browser preview without live stock). Present: a SKU missing from it has none.
   */
  stock?: ReadonlyMap<string, number> | undefined;
  /** A discount judged valid for this moment (checkDiscountCode); its minimum is re-checked here. */
  discount?: Discount | undefined;
  country: ShippingCountry;
  /** The chosen method; absent or not offered in the country: the first method for the country. */
  shippingMethodId?: string | undefined;
  rules: PricingRules;
}>;

export type StockIssue = Readonly<{ kind: 'insufficient'; available: number }> | Readonly<{ kind: 'unavailable' }>;

export type PricedCartLine = Readonly<{
  sku: string;
  productSlug: string;
  name: LocalizedText;
  color: CartCatalogItem['color'];
  size?: string | undefined;
  /** What the shopper asked for. */
  requestedQuantity: number;
  /** What is priced and can be bought now: requestedQuantity, or less when stock is short. */
  quantity: number;
  /** The most a quantity stepper should offer: the per-line cap, or the stock if lower. */
  maxQuantity: number;
  unitPrice: Money;
  /** The former price, when the catalog has one above the price (shown struck through). */
  compareAtUnitPrice?: Money | undefined;
  /** unitPrice x quantity, before the discount. */
  subtotal: Money;
  /** This line's share of the discount. */
  discount: Money;
  /** subtotal - discount: what the shopper pays for this line. */
  total: Money;
  /** VAT included in total. */
  vat: Money;
  stockIssue?: StockIssue | undefined;
}>;

export type PricedShipping = Readonly<{
  methodId: string;
  country: ShippingCountry;
  /** What the shopper pays. */
  price: Money;
  /** The method's price before any free-shipping rule, to show struck through. */
  regularPrice: Money;
  free: boolean;
  vat: Money;
}>;

export type DiscountOutcome =
  | Readonly<{ status: 'applied'; code: string; benefit: DiscountBenefit; amount: Money }>
  | Readonly<{ status: 'rejected'; code: string; error: DiscountError }>;

/** Enough of a variant to name it in a sentence: "Regenjas Polder (geel, M)". */
export type ItemLabel = Readonly<{ name: LocalizedText; color: LocalizedText; size?: string | undefined }>;

/** Why the cart differs from what the shopper saw or asked for; checkout shows every one. */
export type CartChange =
  | Readonly<{ kind: 'priceChanged'; sku: string; item: ItemLabel; from: Money; to: Money }>
  | Readonly<{ kind: 'quantityReduced'; sku: string; item: ItemLabel; from: number; to: number }>
  | Readonly<{ kind: 'removed'; sku: string }>
  | Readonly<{ kind: 'shippingMethodChanged'; from: string; to: string }>;

export type PricedCart = Readonly<{
  currency: Currency;
  vatRate: number;
  lines: readonly PricedCartLine[];
  /** Units that are priced (sold-out units not counted). */
  itemCount: number;
  /** Goods before the discount. */
  subtotal: Money;
  discount?: DiscountOutcome | undefined;
  /** Zero without an applied discount. */
  discountTotal: Money;
  /** Goods after the discount: the amount the free-shipping threshold is measured against. */
  goodsTotal: Money;
  /** Absent when there is nothing to ship or no method ships to the country. */
  shipping?: PricedShipping | undefined;
  freeShipping: Readonly<{ reached: boolean; remaining: Money }>;
  /** VAT included in total: the sum of the lines' VAT and the shipping VAT. */
  vat: Money;
  /** What the shopper pays: goodsTotal + shipping. */
  total: Money;
  changes: readonly CartChange[];
  /** Something to buy and a way to ship it. */
  canCheckout: boolean;
}>;

export function pricingRulesFromShop(shop: Pick<ShopConfig, 'currency' | 'vatRate' | 'shipping'>): PricingRules {
  return {
    currency: shop.currency,
    vatRate: shop.vatRate,
    shippingMethods: shop.shipping.methods,
    freeShippingThresholdCents: shop.shipping.freeShippingThresholdCents,
  };
}

type LineDraft = {
  item: CartCatalogItem;
  requestedQuantity: number;
  quantity: number;
  maxQuantity: number;
  unitPrice: Money;
  subtotal: Money;
  stockIssue?: StockIssue;
};

export function priceCart(input: PriceCartInput): PricedCart {
  const { rules } = input;
  const { currency } = rules;
  const changes: CartChange[] = [];

  const drafts: LineDraft[] = [];
  for (const line of normalizeLines(input.lines)) {
    if (!Number.isSafeInteger(line.quantity)) throw new RangeError(`Quantity must be a whole number, got ${String(line.quantity)}`);
    const item = input.catalog.get(line.sku);
    if (!item) {
      changes.push({ kind: 'removed', sku: line.sku });
      continue;
    }
    const available = input.stock ? Math.max(0, input.stock.get(line.sku) ?? 0) : Number.POSITIVE_INFINITY;
    const quantity = Math.min(line.quantity, available);
    const unitPrice = money(item.priceCents, currency);
    const label: ItemLabel = { name: item.name, color: item.color.name, size: item.size };
    const draft: LineDraft = {
      item,
      requestedQuantity: line.quantity,
      quantity,
      maxQuantity: Math.min(maxQuantityPerLine, available),
      unitPrice,
      subtotal: multiply(unitPrice, quantity),
    };
    if (quantity < line.quantity) {
      draft.stockIssue = available === 0 ? { kind: 'unavailable' } : { kind: 'insufficient', available };
      changes.push({ kind: 'quantityReduced', sku: item.sku, item: label, from: line.quantity, to: quantity });
    }
    // A sold-out line's old price is no news; its stock change says all there is to say.
    if (quantity > 0 && line.seenUnitPriceCents !== undefined && line.seenUnitPriceCents !== item.priceCents) {
      changes.push({ kind: 'priceChanged', sku: item.sku, item: label, from: money(line.seenUnitPriceCents, currency), to: unitPrice });
    }
    drafts.push(draft);
  }

  const subtotal = sum(
    drafts.map((draft) => draft.subtotal),
    currency,
  );
  const itemCount = drafts.reduce((count, draft) => count + draft.quantity, 0);

  let discount: DiscountOutcome | undefined;
  let discountTotal = zero(currency);
  if (input.discount) {
    const shortfall = minimumShortfall(input.discount, subtotal);
    if (shortfall) {
      discount = { status: 'rejected', code: input.discount.code, error: shortfall };
    } else {
      discountTotal = discountAmount(input.discount.benefit, subtotal);
      discount = { status: 'applied', code: input.discount.code, benefit: input.discount.benefit, amount: discountTotal };
    }
  }
  const lineDiscounts =
    discountTotal.amount > 0
      ? allocate(
          discountTotal,
          drafts.map((draft) => draft.subtotal.amount),
        )
      : drafts.map(() => zero(currency));
  const goodsTotal = subtract(subtotal, discountTotal);

  const lines: PricedCartLine[] = drafts.map((draft, index) => {
    const lineDiscount = lineDiscounts[index] ?? zero(currency);
    const total = subtract(draft.subtotal, lineDiscount);
    const { item } = draft;
    const compareAt = item.compareAtPriceCents !== undefined && item.compareAtPriceCents > item.priceCents;
    return {
      sku: item.sku,
      productSlug: item.productSlug,
      name: item.name,
      color: item.color,
      size: item.size,
      requestedQuantity: draft.requestedQuantity,
      quantity: draft.quantity,
      maxQuantity: draft.maxQuantity,
      unitPrice: draft.unitPrice,
      compareAtUnitPrice: compareAt ? money(item.compareAtPriceCents ?? 0, currency) : undefined,
      subtotal: draft.subtotal,
      discount: lineDiscount,
      total,
      vat: vatIncluded(total, rules.vatRate),
      stockIssue: draft.stockIssue,
    };
  });

  const freeShippingByCode = discount?.status === 'applied' && discount.benefit.kind === 'freeShipping';
  let shipping: PricedShipping | undefined;
  if (itemCount > 0) {
    const quotes = quoteShipping(rules.shippingMethods, input.country, goodsTotal.amount, rules.freeShippingThresholdCents);
    const chosen = quotes.find((quote) => quote.method.id === input.shippingMethodId) ?? quotes[0];
    if (chosen) {
      if (input.shippingMethodId !== undefined && chosen.method.id !== input.shippingMethodId) {
        changes.push({ kind: 'shippingMethodChanged', from: input.shippingMethodId, to: chosen.method.id });
      }
      const price = freeShippingByCode ? zero(currency) : money(chosen.price.amount, currency);
      shipping = {
        methodId: chosen.method.id,
        country: input.country,
        price,
        regularPrice: money(chosen.regularPrice.amount, currency),
        free: freeShippingByCode || chosen.free,
        vat: vatIncluded(price, rules.vatRate),
      };
    }
  }

  const remaining = freeShippingByCode
    ? zero(currency)
    : money(amountUntilFreeShipping(goodsTotal.amount, rules.freeShippingThresholdCents).amount, currency);
  const shippingPrice = shipping?.price ?? zero(currency);
  const vat = add(
    sum(
      lines.map((line) => line.vat),
      currency,
    ),
    shipping?.vat ?? zero(currency),
  );

  return {
    currency,
    vatRate: rules.vatRate,
    lines,
    itemCount,
    subtotal,
    discount,
    discountTotal,
    goodsTotal,
    shipping,
    freeShipping: { reached: remaining.amount === 0, remaining },
    vat,
    total: add(goodsTotal, shippingPrice),
    changes,
    canCheckout: itemCount > 0 && shipping !== undefined,
  };
}
