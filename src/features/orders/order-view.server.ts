/**
 * Reading an order for the pages a customer reaches by link: the status page ("where is my
 * order?") and the payment return page. An order is only shown to a request that proves it
 * may see it: a valid status token for exactly this order. A wrong number, a forged or expired
 * token and a token for another order all look the same (undefined -> 404), so nothing can be
 * learned by guessing.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../lib/db/client.server.ts';
import { orderLines, orders, type OrderLineRow, type OrderRow } from '../../lib/db/schema.ts';
import { defaultLocale, isLocale, type Locale } from '../../lib/i18n/locales.ts';
import { money, type Currency, type Money } from '../../lib/money.ts';
import type { LocalizedText } from '../catalog/catalog.schema.ts';
import type { OrderAddress } from './checkout-request.ts';
import { orderIdFromStatusToken } from './order-links.ts';
import { normalizeOrderNumber } from './order-number.ts';
import type { OrderStatus } from './order-status.ts';

export type OrderViewLine = Readonly<{
  sku: string;
  productSlug: string;
  name: LocalizedText;
  color: Readonly<{ id: string; name: LocalizedText }>;
  size?: string | undefined;
  unitPrice: Money;
  quantity: number;
  subtotal: Money;
  discount: Money;
  total: Money;
  vat: Money;
}>;

export type OrderView = Readonly<{
  id: string;
  number: string;
  status: OrderStatus;
  locale: Locale;
  createdAt: Date;
  paidAt?: Date | undefined;
  email: string;
  customerName: string;
  phone?: string | undefined;
  shippingAddress: OrderAddress;
  billingAddress: OrderAddress;
  shippingMethodId: string;
  discountCode?: string | undefined;
  vatRate: number;
  subtotal: Money;
  discount: Money;
  shipping: Money;
  vat: Money;
  total: Money;
  lines: readonly OrderViewLine[];
}>;

export function toOrderView(order: OrderRow, lines: readonly OrderLineRow[]): OrderView {
  const currency = order.currency as Currency;
  const cents = (amount: number) => money(amount, currency);
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    locale: isLocale(order.locale) ? order.locale : defaultLocale,
    createdAt: order.createdAt,
    paidAt: order.paidAt ?? undefined,
    email: order.email,
    customerName: order.customerName,
    phone: order.phone ?? undefined,
    shippingAddress: order.shippingAddress as OrderAddress,
    billingAddress: order.billingAddress as OrderAddress,
    shippingMethodId: order.shippingMethodId,
    discountCode: order.discountCode ?? undefined,
    vatRate: order.vatRate,
    subtotal: cents(order.subtotalCents),
    discount: cents(order.discountCents),
    shipping: cents(order.shippingCents),
    vat: cents(order.vatCents),
    total: cents(order.totalCents),
    lines: [...lines]
      .sort((a, b) => a.position - b.position)
      .map((line) => ({
        sku: line.sku,
        productSlug: line.productSlug,
        name: line.name as LocalizedText,
        color: line.color as OrderViewLine['color'],
        size: line.size ?? undefined,
        unitPrice: cents(line.unitPriceCents),
        quantity: line.quantity,
        subtotal: cents(line.subtotalCents),
        discount: cents(line.discountCents),
        total: cents(line.totalCents),
        vat: cents(line.vatCents),
      })),
  };
}

export async function loadOrderView(db: Db, orderId: string): Promise<OrderView | undefined> {
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  if (!order) return undefined;
  const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.position));
  return toOrderView(order, lines);
}

export interface StatusPageAccess {
  /** tokenSecret(env). */
  secret: string;
  now?: Date;
}

/** The order behind /bestelling/<number>?t=<token>, or undefined (show a 404) for anything else. */
export async function getOrderForStatusPage(
  db: Db,
  orderNumber: string,
  token: string | null | undefined,
  access: StatusPageAccess,
): Promise<OrderView | undefined> {
  const number = normalizeOrderNumber(orderNumber);
  const orderId = orderIdFromStatusToken(token, access);
  if (!number || !orderId) return undefined;
  const view = await loadOrderView(db, orderId);
  return view?.number === number ? view : undefined;
}
