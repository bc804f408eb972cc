/**
 * From the server's priced cart to what an order stores, and the reasons a priced cart cannot
 * become an order. Pure: start-payment.server.ts does the database and Stripe work around it.
 *
 * An order is only placed for exactly what the shopper asked: a line short of stock, a code
 * that no longer works or a delivery method that does not serve the address is refused with an
 * answer the checkout can show, never silently changed into a different order. A price change
 * is not refused: the new total is in the answer and the shopper sees it before paying.
 */
import type { DiscountError } from '../cart/discount.ts';
import type { ItemLabel, PricedCart, PricedCartLine } from '../cart/cart-pricing.ts';
import { money, type Money } from '../../lib/money.ts';
import type { LocalizedText } from '../catalog/catalog.schema.ts';

/** Stripe's smallest euro charge. */
export const minimumChargeCents = 50;

export type ShortLine = Readonly<{
  sku: string;
  /** Absent when the SKU is no longer in the catalog. */
  item?: ItemLabel | undefined;
  requested: number;
  available: number;
}>;

export type CheckoutRefusal =
  | Readonly<{ kind: 'insufficientStock'; lines: readonly ShortLine[] }>
  | Readonly<{ kind: 'discountRejected'; error: DiscountError }>
  | Readonly<{ kind: 'shippingMethodUnavailable'; country: string }>
  | Readonly<{ kind: 'nothingToCheckout' }>
  | Readonly<{ kind: 'amountTooSmall'; minimum: Money }>;

export type CheckoutAsked = Readonly<{
  lines: readonly Readonly<{ sku: string; quantity: number }>[];
  shippingMethodId: string;
  discountCode?: string | undefined;
  country: string;
}>;

function label(line: PricedCartLine): ItemLabel {
  return { name: line.name, color: line.color.name, size: line.size };
}

/** Why this priced cart cannot be ordered as asked, or undefined when it can. */
export function judgeCheckout(cart: PricedCart, asked: CheckoutAsked): CheckoutRefusal | undefined {
  const short: ShortLine[] = [];
  for (const line of cart.lines) {
    if (line.quantity < line.requestedQuantity) {
      short.push({ sku: line.sku, item: label(line), requested: line.requestedQuantity, available: line.quantity });
    }
  }
  for (const change of cart.changes) {
    if (change.kind === 'removed') {
      const requested = asked.lines.filter((line) => line.sku === change.sku).reduce((total, line) => total + line.quantity, 0);
      short.push({ sku: change.sku, requested, available: 0 });
    }
  }
  if (short.length > 0) return { kind: 'insufficientStock', lines: short };
  if (asked.discountCode !== undefined && cart.discount?.status === 'rejected')
    return { kind: 'discountRejected', error: cart.discount.error };
  if (cart.itemCount === 0) return { kind: 'nothingToCheckout' };
  if (!cart.shipping || cart.shipping.methodId !== asked.shippingMethodId)
    return { kind: 'shippingMethodUnavailable', country: asked.country };
  if (cart.total.amount < minimumChargeCents) return { kind: 'amountTooSmall', minimum: money(minimumChargeCents, cart.currency) };
  return undefined;
}

/** One bought line as the order keeps it. */
export type OrderLineSnapshot = Readonly<{
  position: number;
  sku: string;
  productSlug: string;
  name: LocalizedText;
  color: Readonly<{ id: string; name: LocalizedText }>;
  size: string | null;
  unitPriceCents: number;
  quantity: number;
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  vatCents: number;
}>;

export type OrderTotalsSnapshot = Readonly<{
  currency: string;
  vatRate: number;
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  vatCents: number;
  totalCents: number;
  discountCode: string | null;
  shippingMethodId: string;
}>;

export function orderLinesFromCart(cart: PricedCart): OrderLineSnapshot[] {
  return cart.lines
    .filter((line) => line.quantity > 0)
    .map((line, position) => ({
      position,
      sku: line.sku,
      productSlug: line.productSlug,
      name: { nl: line.name.nl, en: line.name.en },
      color: { id: line.color.id, name: { nl: line.color.name.nl, en: line.color.name.en } },
      size: line.size ?? null,
      unitPriceCents: line.unitPrice.amount,
      quantity: line.quantity,
      subtotalCents: line.subtotal.amount,
      discountCents: line.discount.amount,
      totalCents: line.total.amount,
      vatCents: line.vat.amount,
    }));
}

/** Needs a cart judgeCheckout accepted: one with a shipping line. */
export function orderTotalsFromCart(cart: PricedCart): OrderTotalsSnapshot {
  if (!cart.shipping) throw new Error('orderTotalsFromCart: the cart has no shipping line; judge it with judgeCheckout first.');
  return {
    currency: cart.currency,
    vatRate: cart.vatRate,
    subtotalCents: cart.subtotal.amount,
    discountCents: cart.discountTotal.amount,
    shippingCents: cart.shipping.price.amount,
    vatCents: cart.vat.amount,
    totalCents: cart.total.amount,
    discountCode: cart.discount?.status === 'applied' ? cart.discount.code : null,
    shippingMethodId: cart.shipping.methodId,
  };
}

/** The units to hold per SKU, in SKU order: every transaction locks inventory rows in the same order, so two never deadlock. */
export function unitsToReserve(lines: readonly Pick<OrderLineSnapshot, 'sku' | 'quantity'>[]): { sku: string; quantity: number }[] {
  const bySku = new Map<string, number>();
  for (const line of lines) bySku.set(line.sku, (bySku.get(line.sku) ?? 0) + line.quantity);
  return [...bySku].map(([sku, quantity]) => ({ sku, quantity })).sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
}
