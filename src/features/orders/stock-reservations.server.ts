/**
 * Holding, taking and releasing units for an order. The inventory row is the single source of
 * truth for what can be sold (on_hand - reserved); stock_reservations says which order holds
 * what, so every change here moves both in the same transaction and the sum of `held` rows per
 * SKU always equals inventory.reserved.
 *
 * Never sell what is not there: a hold is a conditional UPDATE (`where on_hand - reserved >=
 * qty`), which Postgres re-checks after waiting for a competing writer's row lock. Twenty
 * shoppers after the last three units get exactly three holds, whatever the timing; the CHECKs
 * on inventory would stop anything that slipped past.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../lib/db/client.server.ts';
import { inventory, orderLines, stockReservations } from '../../lib/db/schema.ts';
import { unitsToReserve } from './order-draft.ts';

export type Units = Readonly<{ sku: string; quantity: number }>;

/**
 * Holds the units for an order. Resolves the SKUs that could not be held; when that list is
 * not empty nothing should be kept: throw so the surrounding transaction rolls back.
 */
export async function holdStock(tx: Db, orderId: string, units: readonly Units[], now: Date): Promise<string[]> {
  const short: string[] = [];
  for (const { sku, quantity } of unitsToReserve(units)) {
    const held = await tx
      .update(inventory)
      .set({ reserved: sql`${inventory.reserved} + ${quantity}`, updatedAt: now })
      .where(and(eq(inventory.sku, sku), sql`${inventory.onHand} - ${inventory.reserved} >= ${quantity}`))
      .returning({ sku: inventory.sku });
    if (held.length === 0) short.push(sku);
  }
  if (short.length > 0) return short;
  await tx.insert(stockReservations).values(unitsToReserve(units).map(({ sku, quantity }) => ({ orderId, sku, quantity, createdAt: now })));
  return [];
}

/** The payment arrived: the held units leave stock (on_hand and reserved both go down). */
export async function consumeHeldStock(tx: Db, orderId: string, now: Date): Promise<Units[]> {
  const consumed = await tx
    .update(stockReservations)
    .set({ status: 'consumed', settledAt: now })
    .where(and(eq(stockReservations.orderId, orderId), eq(stockReservations.status, 'held')))
    .returning({ sku: stockReservations.sku, quantity: stockReservations.quantity });
  for (const { sku, quantity } of unitsToReserve(consumed)) {
    await tx
      .update(inventory)
      .set({ onHand: sql`${inventory.onHand} - ${quantity}`, reserved: sql`${inventory.reserved} - ${quantity}`, updatedAt: now })
      .where(eq(inventory.sku, sku));
  }
  return consumed;
}

/** The order will not be paid (expired, canceled): held units go back on sale. Idempotent. */
export async function releaseHeldStock(tx: Db, orderId: string, now: Date): Promise<Units[]> {
  const released = await tx
    .update(stockReservations)
    .set({ status: 'released', settledAt: now })
    .where(and(eq(stockReservations.orderId, orderId), eq(stockReservations.status, 'held')))
    .returning({ sku: stockReservations.sku, quantity: stockReservations.quantity });
  for (const { sku, quantity } of unitsToReserve(released)) {
    await tx
      .update(inventory)
      .set({ reserved: sql`${inventory.reserved} - ${quantity}`, updatedAt: now })
      .where(eq(inventory.sku, sku));
  }
  return released;
}

class NotEnoughStock extends Error {}

/**
 * A payment arrived for an order whose units were already released: take them straight from
 * what is free now, all or nothing (a savepoint undoes a partial take). True when taken.
 */
export async function takeReleasedStock(tx: Db, orderId: string, now: Date): Promise<boolean> {
  const lines = await tx
    .select({ sku: orderLines.sku, quantity: orderLines.quantity })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId));
  try {
    await tx.transaction(async (savepoint) => {
      for (const { sku, quantity } of unitsToReserve(lines)) {
        const taken = await savepoint
          .update(inventory)
          .set({ onHand: sql`${inventory.onHand} - ${quantity}`, updatedAt: now })
          .where(and(eq(inventory.sku, sku), sql`${inventory.onHand} - ${inventory.reserved} >= ${quantity}`))
          .returning({ sku: inventory.sku });
        if (taken.length === 0) throw new NotEnoughStock(sku);
      }
      await savepoint
        .update(stockReservations)
        .set({ status: 'consumed', settledAt: now })
        .where(and(eq(stockReservations.orderId, orderId), eq(stockReservations.status, 'released')));
    });
    return true;
  } catch (error) {
    if (error instanceof NotEnoughStock) return false;
    throw error;
  }
}
