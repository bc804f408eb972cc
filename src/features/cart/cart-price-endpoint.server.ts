/**
 * POST /api/cart/price as a function of the request and its dependencies, so it is tested
 * without a server; src/pages/api/cart/price.ts wires it up.
 *
 * The cart page, the drawer and every checkout step ask here for what the cart really costs:
 * catalog prices, live stock, the discount code judged on the server, the shipping method
 * (the cheapest for the country unless one was chosen) and the delivery dates as of this
 * request. Guards: same origin (it reads stock and judges codes, which a foreign page has no
 * business probing), a rate limit per client, JSON, the zod request schema.
 *
 * Answers 200 CartPriceResponse (cart-price-client.ts), or the API error convention.
 */
import { shop } from '../../config/shop.ts';
import type { Db } from '../../lib/db/client.server.ts';
import { json, parseInput, readJson } from '../../lib/http/api-error.ts';
import { requireSameOrigin } from '../../lib/http/origin.ts';
import { rateLimitKey, tooManyRequests, type RateLimiter } from '../../lib/http/rate-limit.ts';
import { requestLocale } from '../../lib/http/request-locale.ts';
import { money } from '../../lib/money.ts';
import { holidays as shopHolidays } from '../shipping/holidays.ts';
import type { CatalogLookup } from './cart-catalog.ts';
import { lineImages, setSuggestions, type CartProductIndex } from './cart-display.ts';
import type { CartPriceResponse } from './cart-price-client.ts';
import { pricingRulesFromShop, type PricingRules } from './cart-pricing.ts';
import { priceCartOnServer } from './cart-pricing.server.ts';
import { cartPricingRequestSchema } from './cart-request.ts';
import { defaultShippingMethodId, shippingOptions } from './shipping-options.ts';

/**
 * 120 a minute per client: a shopper clicking a quantity stepper (debounced in the island) and
 * walking through checkout asks a few dozen times at most; a script probing stock or codes
 * needs far more.
 */
export const cartPriceRateLimit = { limit: 120, windowMs: 60_000 } as const;

export interface CartPriceEndpointDeps {
  /** Astro's context.clientAddress. */
  clientAddress: string;
  limiter: RateLimiter;
  /** SITE_URL, when the shop sits behind a proxy that changes the request URL's origin. */
  trustedOrigins?: readonly string[];
  db: Db;
  catalog: CatalogLookup;
  products: CartProductIndex;
  now?: () => Date;
  rules?: PricingRules;
  holidays?: readonly string[];
  timeZone?: string;
}

export async function handleCartPrice(request: Request, deps: CartPriceEndpointDeps): Promise<Response> {
  const refused = requireSameOrigin(request, { trustedOrigins: deps.trustedOrigins ?? [] });
  if (refused) return refused;
  const locale = requestLocale(request);
  const decision = await deps.limiter.consume(rateLimitKey('cart-price', deps.clientAddress));
  if (!decision.allowed) return tooManyRequests(decision, locale);

  const input = parseInput(cartPricingRequestSchema, await readJson(request, locale), locale);
  if (!input.ok) return input.response;
  const { lines, country, shippingMethodId, discountCode } = input.data;

  const now = deps.now?.() ?? new Date();
  const rules = deps.rules ?? pricingRulesFromShop(shop);
  const options = { catalog: deps.catalog, country, discountCode, now, rules };
  let cart = await priceCartOnServer(deps.db, lines, { ...options, shippingMethodId });
  if (shippingMethodId === undefined && cart.shipping) {
    // Pricing falls back to the first configured method; the cart's default is the cheapest.
    const cheapest = defaultShippingMethodId(rules, country, cart.goodsTotal.amount);
    if (cheapest !== undefined && cheapest !== cart.shipping.methodId) {
      cart = await priceCartOnServer(deps.db, lines, { ...options, shippingMethodId: cheapest });
    }
  }

  const freeByCode = cart.discount?.status === 'applied' && cart.discount.benefit.kind === 'freeShipping';
  const delivery = shippingOptions(rules, country, cart.goodsTotal.amount, now, {
    holidays: deps.holidays ?? shopHolidays,
    timeZone: deps.timeZone ?? shop.shipping.timeZone,
  }).map((option) => (freeByCode ? { ...option, price: money(0, option.price.currency), free: true } : option));
  const skus = cart.lines.map((line) => line.sku);

  const body: CartPriceResponse = {
    cart,
    pricedAt: now.toISOString(),
    shippingOptions: cart.itemCount > 0 ? delivery : [],
    images: lineImages(deps.products, skus),
    suggestions: setSuggestions(deps.products, skus, locale),
  };
  return json(body, { headers: { 'cache-control': 'no-store' } });
}
