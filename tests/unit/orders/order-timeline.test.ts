import { describe, expect, it } from 'vitest';
import { orderStatuses, type OrderStatus } from '../../../src/features/orders/order-status.ts';
import { orderTimeline } from '../../../src/features/orders/order-timeline.ts';

const createdAt = new Date('2026-06-01T10:00:00Z');
const paidAt = new Date('2026-06-01T10:02:00Z');
const timeline = (status: OrderStatus, paid = true) => orderTimeline({ status, createdAt, paidAt: paid ? paidAt : undefined });
const shape = (status: OrderStatus, paid = true) => timeline(status, paid).map((step) => `${step.id}:${step.state}`);

describe('orderTimeline', () => {
  it('marks exactly one step as current, whatever the status', () => {
    for (const status of orderStatuses) {
      expect(
        timeline(status).filter((step) => step.state === 'current'),
        status,
      ).toHaveLength(1);
    }
  });

  it('walks Besteld -> Betaald -> Verzonden -> Bezorgd', () => {
    expect(shape('pending_payment', false)).toEqual(['ordered:current', 'paid:upcoming', 'shipped:upcoming', 'delivered:upcoming']);
    expect(shape('paid')).toEqual(['ordered:done', 'paid:current', 'shipped:upcoming', 'delivered:upcoming']);
    expect(shape('fulfilled')).toEqual(['ordered:done', 'paid:current', 'shipped:upcoming', 'delivered:upcoming']);
    expect(shape('shipped')).toEqual(['ordered:done', 'paid:done', 'shipped:current', 'delivered:upcoming']);
    expect(shape('delivered')).toEqual(['ordered:done', 'paid:done', 'shipped:done', 'delivered:current']);
  });

  it('dates the steps that happened and never an upcoming one', () => {
    const [ordered, paid, shipped] = timeline('paid');
    expect(ordered?.at).toEqual(createdAt);
    expect(paid?.at).toEqual(paidAt);
    expect(shipped?.at).toBeUndefined();
  });

  it('says why an unpaid order stands still, and what comes next for a paid one', () => {
    expect(timeline('pending_payment', false)[0]?.note).toBe('awaitingPayment');
    expect(timeline('payment_failed', false)[0]?.note).toBe('paymentFailed');
    expect(timeline('fulfilled')[1]?.note).toBe('packed');
    expect(timeline('paid')[2]?.note).toBe('trackingByMail');
    expect(timeline('shipped').some((step) => step.note)).toBe(false);
  });

  it('ends an order that will never ship with its end, not with steps that will not come', () => {
    expect(shape('expired', false)).toEqual(['ordered:done', 'expired:current']);
    expect(shape('canceled', false)).toEqual(['ordered:done', 'canceled:current']);
    expect(shape('refunded', false)).toEqual(['ordered:done', 'refunded:current']);
    // A refund after a payment shows that the money came first.
    expect(shape('refunded')).toEqual(['ordered:done', 'paid:done', 'refunded:current']);
  });
});
