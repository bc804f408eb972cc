import { describe, expect, it } from 'vitest';
import {
  canTransition,
  isAwaitingPayment,
  isPaid,
  nextStatuses,
  orderStatuses,
  type OrderStatus,
} from '../../../src/features/orders/order-status.ts';

describe('order status machine', () => {
  it('only moves forward: no status can be reached again from one it leads to', () => {
    const reachable = (from: OrderStatus, seen = new Set<OrderStatus>()): Set<OrderStatus> => {
      for (const next of nextStatuses(from)) {
        if (!seen.has(next)) {
          seen.add(next);
          reachable(next, seen);
        }
      }
      return seen;
    };
    for (const status of orderStatuses) expect(reachable(status).has(status), status).toBe(false);
  });

  it('lets a failed card be retried and a late payment be accepted or refunded', () => {
    expect(canTransition('pending_payment', 'payment_failed')).toBe(true);
    expect(canTransition('payment_failed', 'paid')).toBe(true);
    expect(canTransition('expired', 'paid')).toBe(true);
    expect(canTransition('expired', 'refunded')).toBe(true);
    expect(canTransition('canceled', 'refunded')).toBe(true);
  });

  it('never undoes a payment or a cancellation', () => {
    expect(canTransition('paid', 'payment_failed')).toBe(false);
    expect(canTransition('paid', 'pending_payment')).toBe(false);
    expect(canTransition('paid', 'canceled')).toBe(false);
    expect(canTransition('canceled', 'paid')).toBe(false);
    expect(canTransition('shipped', 'paid')).toBe(false);
    expect(canTransition('delivered', 'refunded')).toBe(false);
    expect(canTransition('paid', 'paid')).toBe(false);
  });

  it('knows which statuses wait for money and which are paid', () => {
    expect(orderStatuses.filter(isAwaitingPayment)).toEqual(['pending_payment', 'payment_failed']);
    expect(orderStatuses.filter(isPaid)).toEqual(['paid', 'fulfilled', 'shipped', 'delivered']);
  });
});
