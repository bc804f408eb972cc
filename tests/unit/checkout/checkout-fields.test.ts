import { describe, expect, it } from 'vitest';
import { formFieldOfServerPath } from '../../../src/features/checkout/checkout-fields.ts';

describe('server messages find their field', () => {
  it('maps the payment request paths to form fields', () => {
    expect(formFieldOfServerPath('contact.email')).toBe('email');
    expect(formFieldOfServerPath('contact.phone')).toBe('phone');
    expect(formFieldOfServerPath('shippingAddress.postcode')).toBe('postcode');
    expect(formFieldOfServerPath('shippingAddress.houseNumber')).toBe('houseNumber');
    expect(formFieldOfServerPath('shippingMethodId')).toBe('shippingMethodId');
  });

  it('leaves what is not a form field to the step message', () => {
    for (const path of [
      'lines.0.quantity',
      'checkoutId',
      'discountCode',
      'contact',
      'shippingAddress.shippingMethodId',
      'billingAddress.city',
    ]) {
      expect(formFieldOfServerPath(path)).toBeUndefined();
    }
  });
});
