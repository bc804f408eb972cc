/**
 * A digest of everything in a checkout request that shapes the order, so that a retry with the
 * same checkoutId can be told apart from a different cart that (by a bug in a client, or on
 * purpose) reuses an id. The price the browser saw is left out: it never shapes an order.
 */
import { createHash } from 'node:crypto';
import { normalizeLines } from '../cart/cart-lines.ts';
import { normalizeDiscountCode } from '../cart/discount.ts';
import type { CheckoutPaymentRequest } from './checkout-request.ts';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function checkoutFingerprint(request: CheckoutPaymentRequest): string {
  const lines = normalizeLines(request.lines)
    .map((line) => [line.sku, line.quantity] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const shape = {
    locale: request.locale,
    lines,
    contact: request.contact,
    shippingAddress: request.shippingAddress,
    billingAddress: request.billingAddress ?? null,
    shippingMethodId: request.shippingMethodId,
    discountCode: request.discountCode === undefined ? null : (normalizeDiscountCode(request.discountCode) ?? request.discountCode),
    consent: request.consent,
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical(shape)))
    .digest('base64url');
}
