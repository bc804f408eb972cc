/**
 * Asking the server what the cart costs (POST /api/cart/price), from any island: the request
 * it takes, the answer it gives and the solid-query key, so the drawer, the cart page and the
 * checkout share one cache entry for the same cart.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import type { ShippingCountry } from '../shipping/delivery-promise.ts';
import type { CartImage, SetSuggestion } from './cart-display.ts';
import type { Cart } from './cart-lines.ts';
import type { PricedCart, PricingLineInput } from './cart-pricing.ts';
import type { ShippingOption } from './shipping-options.ts';

export type CartPriceRequest = Readonly<{
  lines: readonly PricingLineInput[];
  country: ShippingCountry;
  /** Absent: the cheapest method for the country. */
  shippingMethodId?: string | undefined;
  discountCode?: string | undefined;
}>;

/** The 200 answer of POST /api/cart/price. */
export type CartPriceResponse = Readonly<{
  cart: PricedCart;
  /** ISO instant the delivery dates were computed for: "morgen" is relative to it. */
  pricedAt: string;
  /** Every method for the country, its cost for this cart and its delivery day. */
  shippingOptions: readonly ShippingOption[];
  /** A photo per SKU, in the colour in the cart. */
  images: Readonly<Record<string, CartImage>>;
  suggestions: readonly SetSuggestion[];
}>;

/** A refusal in the API error convention, kept whole so a form can put `fields` next to its inputs. */
export class CartPriceError extends Error {
  override name = 'CartPriceError';
  readonly status: number;
  readonly code: string;
  readonly fields: Readonly<Record<string, string>>;

  constructor(status: number, code: string, message: string, fields: Readonly<Record<string, string>> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export const cartPricePath = '/api/cart/price';

/**
 * The request for a cart. `seenPrices` are the unit prices the shopper was last shown (the line
 * cache), so the server can say "de prijs is gestegen" instead of quietly charging more.
 */
export function cartPriceRequest(
  cart: Cart,
  choices: Readonly<{ country: ShippingCountry; shippingMethodId?: string | undefined; discountCode?: string | undefined }>,
  seenPrices: (sku: string) => number | undefined = () => undefined,
): CartPriceRequest {
  const code = choices.discountCode?.trim();
  return {
    lines: cart.lines.map(({ sku, quantity }) => {
      const seen = seenPrices(sku);
      return seen === undefined ? { sku, quantity } : { sku, quantity, seenUnitPriceCents: seen };
    }),
    country: choices.country,
    ...(choices.shippingMethodId === undefined ? {} : { shippingMethodId: choices.shippingMethodId }),
    ...(code ? { discountCode: code } : {}),
  };
}

export function cartPriceQueryKey(request: CartPriceRequest, locale: Locale): readonly unknown[] {
  return ['cart-price', locale, request];
}

export async function fetchCartPrice(request: CartPriceRequest, locale: Locale, signal?: AbortSignal): Promise<CartPriceResponse> {
  const response = await fetch(`${cartPricePath}?locale=${locale}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(request),
    ...(signal ? { signal } : {}),
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string; fields?: Record<string, string> } } | undefined)?.error;
    throw new CartPriceError(response.status, error?.code ?? 'http_error', error?.message ?? response.statusText, error?.fields);
  }
  return body as CartPriceResponse;
}
