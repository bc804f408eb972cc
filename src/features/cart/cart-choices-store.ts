/**
 * Choices the shopper makes on the cart page that the checkout must keep: the country the
 * shipping estimate is for, and a discount code. In localStorage like the cart, because they
 * belong to the cart (a code typed yesterday still applies today); the checkout's personal
 * details are in sessionStorage instead (checkout-draft-store.ts).
 */
import { persistentAtom } from '@nanostores/persistent';
import type { ShippingCountry } from '../shipping/delivery-promise.ts';

/** Anything that looks like a country code; islands check it against the shop's countries. */
const countryPattern = /^[A-Z]{2}$/;

export const $shippingCountry = persistentAtom<ShippingCountry | undefined>('kassa:country', undefined, {
  encode: (country) => country,
  decode: (raw) => (countryPattern.test(raw) ? (raw as ShippingCountry) : undefined),
});

export const $discountCode = persistentAtom<string>('kassa:discount-code', '', {
  encode: (code) => (code === '' ? undefined : code),
  decode: (raw) => raw.slice(0, 64),
});

/** The stored country when the shop ships there, else the first the shop ships to. */
export function chosenCountry(stored: ShippingCountry | undefined, countries: readonly ShippingCountry[]): ShippingCountry {
  return stored !== undefined && countries.includes(stored) ? stored : (countries[0] ?? 'NL');
}
