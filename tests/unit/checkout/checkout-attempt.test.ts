import { describe, expect, it } from 'vitest';
import { attemptFingerprint, checkoutAttempt } from '../../../src/features/checkout/checkout-attempt.ts';

const request = {
  checkoutId: 'ignored',
  locale: 'nl',
  lines: [{ sku: 'A', quantity: 1 }],
  contact: { email: 'a@b.nl', name: 'A' },
  shippingMethodId: 'standard',
  consent: { marketing: false },
};

describe('one checkout attempt, one id', () => {
  let counter = 0;
  const newId = () => `id-${(counter += 1)}`;

  it('fingerprints the contents, not the id or the key order', () => {
    const reordered = {
      consent: { marketing: false },
      shippingMethodId: 'standard',
      contact: { name: 'A', email: 'a@b.nl' },
      lines: request.lines,
      locale: 'nl',
    };
    expect(attemptFingerprint(reordered)).toBe(attemptFingerprint(request));
    expect(attemptFingerprint({ ...request, checkoutId: 'other' })).toBe(attemptFingerprint(request));
    expect(attemptFingerprint({ ...request, contact: { email: 'a@b.nl', name: 'B' } })).not.toBe(attemptFingerprint(request));
  });

  it('keeps the id while the contents are the same (retries, refresh) and makes a new one when they change', () => {
    const first = checkoutAttempt(undefined, attemptFingerprint(request), newId);
    expect(checkoutAttempt(first, attemptFingerprint(request), newId)).toBe(first);
    const changed = checkoutAttempt(first, attemptFingerprint({ ...request, shippingMethodId: 'pickup' }), newId);
    expect(changed.checkoutId).not.toBe(first.checkoutId);
    expect(checkoutAttempt({ checkoutId: '', fingerprint: first.fingerprint }, first.fingerprint, newId).checkoutId).not.toBe('');
  });
});
