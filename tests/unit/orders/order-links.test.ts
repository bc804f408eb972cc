import { describe, expect, it } from 'vitest';
import { orderIdFromStatusToken, orderStatusPath, orderStatusUrl } from '../../../src/features/orders/order-links.ts';

const secret = 'a-token-secret-with-enough-length-1234';
const order = { id: '0b9f3c57-5b0e-4f57-9d39-1f9a3c1f2a10', number: 'PB-7K3M9Q', locale: 'nl' as const };

describe('order status links', () => {
  it('point to the Dutch or English status page with a token for the order', () => {
    const path = orderStatusPath(order, { secret });
    expect(path).toMatch(/^\/bestelling\/PB-7K3M9Q\?t=[\w-]+\.[\w-]+$/);
    expect(orderStatusPath(order, { secret, locale: 'en' })).toMatch(/^\/en\/order\/PB-7K3M9Q\?t=/);
    expect(orderStatusUrl({ ...order, locale: 'en' }, { secret, siteUrl: 'https://shop.example/' })).toMatch(
      /^https:\/\/shop\.example\/en\/order\/PB-7K3M9Q\?t=/,
    );
    const token = new URL(path, 'http://x').searchParams.get('t');
    expect(orderIdFromStatusToken(token, { secret })).toBe(order.id);
  });

  it('stop working after half a year', () => {
    const issued = new Date('2026-01-01T00:00:00Z');
    const token = new URL(orderStatusPath(order, { secret, now: issued }), 'http://x').searchParams.get('t');
    expect(orderIdFromStatusToken(token, { secret, now: new Date('2026-06-01T00:00:00Z') })).toBe(order.id);
    expect(orderIdFromStatusToken(token, { secret, now: new Date('2026-07-15T00:00:00Z') })).toBeUndefined();
  });
});
