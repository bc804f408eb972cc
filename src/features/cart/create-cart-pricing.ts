/**
 * The priced cart an island shows: the browser's preview at once, the server's answer as soon
 * as it is in. Shared by the drawer, the cart page and the checkout, through the one
 * QueryClient, so the same cart is priced once however many islands show it.
 *
 * - The preview is priceCart over the line details the browser remembers (no stock, no codes),
 *   so a stepper click moves the total immediately.
 * - Requests are debounced: five quick clicks on + are one request, not five.
 * - A SKU the server no longer knows is dropped from the cart (its notice stays on screen).
 * - The unit prices sent as "seen" are the ones remembered when the island started. The
 *   server's answer refreshes that memory; if the request used the refreshed prices, the
 *   "price has gone up" notice would vanish on the next click, before the shopper read it.
 *
 * Call inside a component that only renders after mount (the cart is read after mount).
 */
import { useStore } from '@nanostores/solid';
import { createQuery, keepPreviousData } from '@tanstack/solid-query';
import { createEffect, createMemo, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { Locale } from '../../lib/i18n/locales.ts';
import { queryClient } from '../../lib/query-client.ts';
import type { ShippingCountry } from '../shipping/delivery-promise.ts';
import { $cart, cartStore } from './cart-store.ts';
import { cartPriceQueryKey, cartPriceRequest, fetchCartPrice, type CartPriceRequest, type CartPriceResponse } from './cart-price-client.ts';
import { priceCart, type CartChange, type PricedCart, type PricingRules } from './cart-pricing.ts';
import { $lineDetails, rememberPricing } from './line-details-store.ts';
import { previewCatalog } from './line-details.ts';
import type { Cart } from './cart-lines.ts';
import { defaultShippingMethodId, type ShippingOption } from './shipping-options.ts';

export type CartPricingOptions = {
  locale: Locale;
  rules: PricingRules;
  country: Accessor<ShippingCountry>;
  shippingMethodId?: Accessor<string | undefined>;
  discountCode: Accessor<string>;
  debounceMs?: number;
};

export type CartPricing = {
  cart: Accessor<Cart>;
  /** What to show: the server's answer for the current cart, or the preview. */
  priced: Accessor<PricedCart>;
  /** The server's full answer for the current cart; undefined while it is being asked. */
  response: Accessor<CartPriceResponse | undefined>;
  /** The last server answer, possibly for a slightly older cart: photos and suggestions stay put. */
  lastResponse: Accessor<CartPriceResponse | undefined>;
  /** The chosen method's dates, from the server. */
  delivery: Accessor<ShippingOption | undefined>;
  /** What changed since the shopper last looked (server's word), plus SKUs dropped on this visit. */
  changes: Accessor<readonly CartChange[]>;
  busy: Accessor<boolean>;
  error: Accessor<Error | undefined>;
  retry: () => void;
};

function sameRequest(a: CartPriceRequest, b: CartPriceRequest): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function createCartPricing(options: CartPricingOptions): CartPricing {
  const cart = useStore($cart);
  const details = useStore($lineDetails);
  const seenAtStart = { ...$lineDetails.get() };
  const seenPrice = (sku: string) => (seenAtStart[sku] ?? $lineDetails.get()[sku])?.priceCents;

  const request = createMemo(
    () =>
      cartPriceRequest(
        cart(),
        { country: options.country(), shippingMethodId: options.shippingMethodId?.(), discountCode: options.discountCode() },
        seenPrice,
      ),
    undefined,
    { equals: sameRequest },
  );

  const [sent, setSent] = createSignal(request(), { equals: sameRequest });
  createEffect(
    on(
      request,
      (next) => {
        const timer = setTimeout(() => setSent(next), options.debounceMs ?? 300);
        onCleanup(() => clearTimeout(timer));
      },
      { defer: true },
    ),
  );

  const query = createQuery(
    () => ({
      queryKey: cartPriceQueryKey(sent(), options.locale),
      queryFn: ({ signal }) => fetchCartPrice(sent(), options.locale, signal),
      enabled: sent().lines.length > 0,
      placeholderData: keepPreviousData,
      // Stock and prices move; a cart seen a minute ago is asked again when the page is revisited.
      staleTime: 10_000,
    }),
    () => queryClient,
  );

  const response = () => {
    if (!query.isSuccess || query.isPlaceholderData || !sameRequest(sent(), request())) return undefined;
    return query.data;
  };
  const lastResponse = () => (query.isSuccess ? query.data : undefined);

  // Dropped lines leave the cart (and the next answer); their notice stays for this visit.
  const [dropped, setDropped] = createSignal<readonly CartChange[]>([]);
  createEffect(() => {
    const fresh = response();
    if (!fresh) return;
    rememberPricing(
      fresh,
      cart().lines.map((line) => line.sku),
    );
    // A SKU the catalog no longer has cannot be bought; the notice says so, the cart lets it go.
    const removed = fresh.cart.changes.filter((change) => change.kind === 'removed');
    if (removed.length === 0) return;
    setDropped([...dropped(), ...removed]);
    for (const change of removed) cartStore.remove(change.sku);
  });

  const preview = createMemo(() => {
    const chosen = options.shippingMethodId?.();
    const input = {
      lines: request().lines,
      catalog: previewCatalog(details()),
      country: options.country(),
      shippingMethodId: chosen,
      rules: options.rules,
    };
    const first = priceCart(input);
    if (chosen !== undefined || !first.shipping) return first;
    // The same default the server picks (cart-price-endpoint.server.ts), so the total does not jump.
    const cheapest = defaultShippingMethodId(options.rules, input.country, first.goodsTotal.amount);
    return cheapest === undefined || cheapest === first.shipping.methodId ? first : priceCart({ ...input, shippingMethodId: cheapest });
  });

  return {
    cart,
    priced: () => response()?.cart ?? preview(),
    response,
    lastResponse,
    delivery: () => {
      const fresh = response();
      const methodId = fresh?.cart.shipping?.methodId;
      return fresh?.shippingOptions.find((option) => option.methodId === methodId);
    },
    changes: () => [...dropped(), ...(response()?.cart.changes.filter((change) => change.kind !== 'removed') ?? [])],
    busy: () => request().lines.length > 0 && response() === undefined && !query.isError,
    error: () => (query.isError ? query.error : undefined),
    retry: () => void query.refetch(),
  };
}
