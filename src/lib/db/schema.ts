/**
 * The one Drizzle schema for operational data. It serves PGlite and Postgres alike, so it
 * sticks to plain Postgres types. Imported by Node scripts and drizzle-kit as well as by the
 * server bundle: it must stay free of relative imports without `.ts` and of Astro modules.
 * After a change run `npm run db:generate` and commit the generated migration.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Live stock per variant. Rows are created from the catalog's initialStock once and never
 * reset by a later seed; the CHECKs make overselling fail in the database, whatever the code
 * above it does.
 */
export const inventory = pgTable(
  'inventory',
  {
    sku: text('sku').primaryKey(),
    productSlug: text('product_slug').notNull(),
    onHand: integer('on_hand').notNull().default(0),
    /** Units held by open checkouts; available to sell is onHand - reserved. */
    reserved: integer('reserved').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('inventory_product_slug_idx').on(table.productSlug),
    check('inventory_on_hand_non_negative', sql`${table.onHand} >= 0`),
    check('inventory_reserved_non_negative', sql`${table.reserved} >= 0`),
  ],
);

export type InventoryRow = typeof inventory.$inferSelect;
export type NewInventoryRow = typeof inventory.$inferInsert;

/**
 * Every status an order can have; order-status.ts holds the transitions between them (only
 * forward). Listed here because the CHECK below must match it, and this file may not import
 * feature code.
 */
export const orderStatusValues = [
  'pending_payment',
  'payment_failed',
  'paid',
  'fulfilled',
  'shipped',
  'delivered',
  'expired',
  'canceled',
  'refunded',
] as const;

/**
 * One checkout that reached payment: who, where to, what was bought at which price, and how far
 * it got. Money columns are the server's own pricing at the moment of ordering (VAT-inclusive
 * cents), never a figure the browser sent. The address and consent columns hold personal data:
 * nothing of it goes to Stripe.
 */
export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey(),
    /** What the shopper and customer service read and say: PB-7K3M9Q (order-number.ts). */
    number: text('number').notNull().unique(),
    /**
     * The browser's id for one checkout attempt: a second request with it (double click, retry
     * after a network error) gets this order back instead of a second one.
     */
    checkoutId: uuid('checkout_id').notNull().unique(),
    /** Hash of the request that created the order: the same checkoutId with another cart is refused. */
    requestFingerprint: text('request_fingerprint').notNull(),
    status: text('status', { enum: orderStatusValues }).notNull().default('pending_payment'),
    locale: text('locale').notNull(),
    email: text('email').notNull(),
    customerName: text('customer_name').notNull(),
    phone: text('phone'),
    shippingAddress: jsonb('shipping_address').notNull(),
    billingAddress: jsonb('billing_address').notNull(),
    country: text('country').notNull(),
    shippingMethodId: text('shipping_method_id').notNull(),
    currency: text('currency').notNull(),
    vatRate: numeric('vat_rate', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    subtotalCents: integer('subtotal_cents').notNull(),
    discountCents: integer('discount_cents').notNull(),
    shippingCents: integer('shipping_cents').notNull(),
    vatCents: integer('vat_cents').notNull(),
    totalCents: integer('total_cents').notNull(),
    discountCode: text('discount_code'),
    marketingOptIn: boolean('marketing_opt_in').notNull(),
    /** When the shopper made the consent choices above (the proof a regulator asks for). */
    consentRecordedAt: timestamp('consent_recorded_at', { withTimezone: true }).notNull(),
    /** Null only between the order's commit and the PaymentIntent's creation (or if Stripe was down then). */
    paymentIntentId: text('payment_intent_id').unique(),
    /** Stripe's code of the last failed attempt (card_declined, ...); the shopper may try again. */
    paymentErrorCode: text('payment_error_code'),
    /** Until when the units stay held for this order; extended while a bank payment is processing. */
    reservationExpiresAt: timestamp('reservation_expires_at', { withTimezone: true }).notNull(),
    /** Why it was canceled or expired: reservation_expired, payment_canceled, ... */
    cancelReason: text('cancel_reason'),
    /** The refund made because a payment arrived for an order that could no longer be delivered. */
    autoRefundId: text('auto_refund_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    canceledAt: timestamp('canceled_at', { withTimezone: true }),
    refundedAt: timestamp('refunded_at', { withTimezone: true }),
  },
  (table) => [
    check(
      'orders_status_known',
      sql`${table.status} in (${sql.join(
        orderStatusValues.map((value) => sql.raw(`'${value}'`)),
        sql`, `,
      )})`,
    ),
    check(
      'orders_amounts_non_negative',
      sql`${table.subtotalCents} >= 0 and ${table.discountCents} >= 0 and ${table.shippingCents} >= 0 and ${table.vatCents} >= 0 and ${table.totalCents} >= 0`,
    ),
    check('orders_total_adds_up', sql`${table.totalCents} = ${table.subtotalCents} - ${table.discountCents} + ${table.shippingCents}`),
    // The expiry sweep only ever looks at orders still waiting for their money.
    index('orders_awaiting_payment_expiry_idx')
      .on(table.reservationExpiresAt)
      .where(sql`${table.status} in ('pending_payment', 'payment_failed')`),
    index('orders_created_at_idx').on(table.createdAt),
  ],
);

/**
 * What was bought, frozen at the moment of ordering: names, variant and prices as the shopper
 * saw them, so a later catalog edit never changes an order, its e-mails or a refund per line.
 */
export const orderLines = pgTable(
  'order_lines',
  {
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** 0-based, in the cart's order. */
    position: integer('position').notNull(),
    sku: text('sku').notNull(),
    productSlug: text('product_slug').notNull(),
    /** { nl, en }: the order can be shown and mailed in either language. */
    name: jsonb('name').notNull(),
    /** { id, name: { nl, en } } */
    color: jsonb('color').notNull(),
    size: text('size'),
    unitPriceCents: integer('unit_price_cents').notNull(),
    quantity: integer('quantity').notNull(),
    /** unit price x quantity, before the discount. */
    subtotalCents: integer('subtotal_cents').notNull(),
    /** This line's share of the order's discount. */
    discountCents: integer('discount_cents').notNull(),
    /** subtotal - discount: what was paid for the line, and the most a refund of it may be. */
    totalCents: integer('total_cents').notNull(),
    /** VAT included in totalCents. */
    vatCents: integer('vat_cents').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.orderId, table.position] }),
    check('order_lines_quantity_positive', sql`${table.quantity} > 0`),
    check('order_lines_total_adds_up', sql`${table.totalCents} = ${table.subtotalCents} - ${table.discountCents}`),
  ],
);

export const reservationStatusValues = ['held', 'consumed', 'released'] as const;

/**
 * Units an order holds. While `held` they are counted in inventory.reserved; `consumed` means
 * they left stock when the payment arrived (on_hand and reserved both went down), `released`
 * that they went back on sale. One row per order and SKU; the expiry clock is the order's, since
 * an order holds all its units or none.
 */
export const stockReservations = pgTable(
  'stock_reservations',
  {
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    sku: text('sku')
      .notNull()
      .references(() => inventory.sku),
    quantity: integer('quantity').notNull(),
    status: text('status', { enum: reservationStatusValues }).notNull().default('held'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When it was consumed or released. */
    settledAt: timestamp('settled_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.orderId, table.sku] }),
    check('stock_reservations_quantity_positive', sql`${table.quantity} > 0`),
    check('stock_reservations_status_known', sql`${table.status} in ('held', 'consumed', 'released')`),
    index('stock_reservations_sku_idx').on(table.sku),
  ],
);

/**
 * Stripe events already handled, by id. The row is written in the same transaction as the
 * event's effects, so a repeated delivery finds it and changes nothing; a failed handling rolls
 * both back and Stripe's retry tries again. Rows may be pruned after Stripe's retry window
 * (three days); a month is plenty.
 */
export const webhookEvents = pgTable('webhook_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
});

export type OrderRow = typeof orders.$inferSelect;
export type NewOrderRow = typeof orders.$inferInsert;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type StockReservationRow = typeof stockReservations.$inferSelect;
