/**
 * The one Drizzle schema for operational data. It serves PGlite and Postgres alike, so it
 * sticks to plain Postgres types. Imported by Node scripts and drizzle-kit as well as by the
 * server bundle: it must stay free of relative imports without `.ts` and of Astro modules.
 * After a change run `npm run db:generate` and commit the generated migration.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

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
