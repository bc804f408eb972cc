import { describe, expect, it } from 'vitest';
import { checkoutPaymentRequestSchema } from '../../../src/features/orders/checkout-request.ts';
import { checkoutFingerprint } from '../../../src/features/orders/checkout-fingerprint.ts';

const raw = () => ({
  checkoutId: '0b9f3c57-5b0e-4f57-9d39-1f9a3c1f2a10',
  locale: 'nl',
  lines: [{ sku: 'JAS-GEEL-M', quantity: 2, seenUnitPriceCents: 8995 }],
  contact: { email: 'Anna@Example.nl ', name: ' Anna ', phone: '+31 6 1234 5678' },
  shippingAddress: { country: 'NL', postcode: '1017sg', houseNumber: '12 a', street: 'Weteringschans', city: 'Amsterdam' },
  shippingMethodId: 'standard',
  consent: { marketing: false },
});

const schema = checkoutPaymentRequestSchema('nl');

describe('checkout payment request', () => {
  it('normalises what the form sends', () => {
    const parsed = schema.parse(raw());
    expect(parsed).toMatchObject({
      contact: { email: 'anna@example.nl', name: 'Anna', phone: '+31 6 1234 5678' },
      shippingAddress: { country: 'NL', postcode: '1017 SG', houseNumber: 12, addition: 'A' },
    });
    expect(parsed.billingAddress).toBeUndefined();
    expect(schema.parse({ ...raw(), contact: { email: 'a@b.nl', name: 'A', phone: '' }, discountCode: '' })).toMatchObject({
      contact: { phone: undefined },
      discountCode: undefined,
    });
  });

  it('refuses every field it does not know, so no amount can be slipped in', () => {
    const attempts: unknown[] = [
      { ...raw(), totalCents: 1 },
      { ...raw(), amount: 1 },
      { ...raw(), lines: [{ sku: 'JAS-GEEL-M', quantity: 1, priceCents: 1 }] },
      { ...raw(), consent: { marketing: false, terms: true } },
      { ...raw(), shippingAddress: { ...raw().shippingAddress, shippingCents: 0 } },
    ];
    for (const attempt of attempts) {
      const result = schema.safeParse(attempt);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
    }
  });

  it('checks quantities, the checkout id and the postcode per country', () => {
    expect(schema.safeParse({ ...raw(), lines: [{ sku: 'JAS-GEEL-M', quantity: 11 }] }).success).toBe(false);
    expect(schema.safeParse({ ...raw(), lines: [{ sku: 'JAS-GEEL-M', quantity: 0 }] }).success).toBe(false);
    expect(schema.safeParse({ ...raw(), checkoutId: 'not-a-uuid' }).success).toBe(false);
    const belgian = schema.safeParse({ ...raw(), shippingAddress: { ...raw().shippingAddress, country: 'BE' } });
    expect(belgian.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['shippingAddress.postcode']);
  });

  it('fingerprints what shapes the order, not the price the browser saw', () => {
    const a = schema.parse(raw());
    const b = schema.parse({ ...raw(), lines: [{ sku: 'JAS-GEEL-M', quantity: 2, seenUnitPriceCents: 1 }] });
    const c = schema.parse({ ...raw(), lines: [{ sku: 'JAS-GEEL-M', quantity: 3 }] });
    expect(checkoutFingerprint(a)).toBe(checkoutFingerprint(b));
    expect(checkoutFingerprint(a)).not.toBe(checkoutFingerprint(c));
    expect(checkoutFingerprint(a)).not.toBe(checkoutFingerprint({ ...a, consent: { marketing: true } }));
  });
});
