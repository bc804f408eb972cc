import { describe, expect, it } from 'vitest';
import { chosenCountry } from '../../../src/features/cart/cart-choices-store.ts';
import { addToCart, emptyCart } from '../../../src/features/cart/cart-lines.ts';
import { cartPriceQueryKey, cartPriceRequest } from '../../../src/features/cart/cart-price-client.ts';
import { cartPricingRequestSchema } from '../../../src/features/cart/cart-request.ts';

const cart = addToCart(addToCart(emptyCart(), 'JAS-GEEL-M', 2, 1).cart, 'BAND-OR', 1, 2).cart;

describe('the pricing request an island sends', () => {
  it('sends SKUs, quantities and the prices the shopper saw, never an amount to charge', () => {
    const request = cartPriceRequest(cart, { country: 'NL', discountCode: ' welkom10 ' }, (sku) => (sku === 'BAND-OR' ? 995 : undefined));
    expect(request).toEqual({
      lines: [
        { sku: 'JAS-GEEL-M', quantity: 2 },
        { sku: 'BAND-OR', quantity: 1, seenUnitPriceCents: 995 },
      ],
      country: 'NL',
      discountCode: 'welkom10',
    });
    expect(cartPricingRequestSchema.safeParse(request).success).toBe(true);
  });

  it('leaves out what was not chosen, so the server picks the cheapest method', () => {
    const request = cartPriceRequest(cart, { country: 'BE', discountCode: '  ' });
    expect(request).not.toHaveProperty('shippingMethodId');
    expect(request).not.toHaveProperty('discountCode');
    expect(cartPriceRequest(cart, { country: 'NL', shippingMethodId: 'pickup' }).shippingMethodId).toBe('pickup');
  });

  it('keys the shared cache by language and request', () => {
    const request = cartPriceRequest(cart, { country: 'NL' });
    expect(cartPriceQueryKey(request, 'nl')).not.toEqual(cartPriceQueryKey(request, 'en'));
  });

  it('falls back to the first country the shop ships to', () => {
    expect(chosenCountry('BE', ['NL', 'BE'])).toBe('BE');
    expect(chosenCountry('DE', ['NL', 'BE'])).toBe('NL');
    expect(chosenCountry(undefined, ['NL'])).toBe('NL');
  });
});
