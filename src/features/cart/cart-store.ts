/**
 * The shopper's cart in the browser: a nanostore persisted in localStorage under 'kassa:cart',
 * shared by every island (header badge, add-to-cart button, cart page) and every tab.
 *
 * - Storage holds `{ version, lines }` only; every read goes through parseStoredCart
 *   (stored-cart.ts), so a
 *   corrupted or foreign value becomes an empty (or trimmed) cart, never an exception.
 * - Other tabs: @nanostores/persistent listens to the window's `storage` event while the store
 *   has subscribers, and re-reads storage on `pageshow` (back/forward cache), so a second tab
 *   sees an add or a removal at once. An empty cart removes the key rather than storing `[]`.
 * - Writes go through the actions, which wrap the pure functions of cart-lines.ts.
 *
 * Reading it in an island: the server renders the default (an empty cart), and the browser's
 * stored cart differs, so a persisted store is read only after mount. Render the stored value
 * behind a mounted signal; before that, render what the server rendered:
 *
 *   const count = useStore($cartItemCount);            // from '@nanostores/solid'
 *   const [mounted, setMounted] = createSignal(false);
 *   onMount(() => setMounted(true));
 *   <Show when={mounted() && count() > 0}>{count()}</Show>
 *
 * Never call the actions on the server: there the storage is a module-level object that every
 * request would share.
 */
import { persistentAtom } from '@nanostores/persistent';
import { computed, type ReadableAtom } from 'nanostores';
import {
  addToCart,
  cartItemCount,
  clearCart,
  emptyCart,
  removeLine,
  restoreLine,
  setLineQuantity,
  type AddResult,
  type Cart,
  type RemovedLine,
} from './cart-lines.ts';
import { parseStoredCart, serializeCart } from './stored-cart.ts';

export const cartStorageKey = 'kassa:cart';

export type CartStore = Readonly<{
  /** The cart; read-only so that every change goes through an action below. */
  $cart: ReadableAtom<Cart>;
  /** Units in the cart, for the header badge. */
  $itemCount: ReadableAtom<number>;
  /** Adds units (default 1); the result says how many fitted, for a "max 10" notice. */
  add(sku: string, quantity?: number): AddResult;
  /** 0 removes the line; no undo is offered for that (use remove for an undo toast). */
  setQuantity(sku: string, quantity: number): void;
  /** Removes a line; keep the result to offer "Ongedaan maken". */
  remove(sku: string): RemovedLine | undefined;
  undoRemove(removed: RemovedLine): void;
  /** After a paid order. */
  clear(): void;
}>;

export type CartStoreOptions = Readonly<{
  /** Storage key; tests and a second shop on one origin pass their own. */
  key?: string;
  /** The clock for addedAt. */
  now?: () => number;
}>;

/** A cart store; the page uses the shared cartStore below, tests make their own. */
export function createCartStore(options: CartStoreOptions = {}): CartStore {
  const now = options.now ?? Date.now;
  const $cart = persistentAtom<Cart>(options.key ?? cartStorageKey, emptyCart(), {
    encode: serializeCart,
    decode: parseStoredCart,
  });
  const $itemCount = computed($cart, cartItemCount);

  return {
    $cart,
    $itemCount,
    add(sku, quantity = 1) {
      const result = addToCart($cart.get(), sku, quantity, now());
      if (result.cart !== $cart.get()) $cart.set(result.cart);
      return result;
    },
    setQuantity(sku, quantity) {
      const next = setLineQuantity($cart.get(), sku, quantity);
      if (next !== $cart.get()) $cart.set(next);
    },
    remove(sku) {
      const { cart, removed } = removeLine($cart.get(), sku);
      if (removed) $cart.set(cart);
      return removed;
    },
    undoRemove(removed) {
      $cart.set(restoreLine($cart.get(), removed));
    },
    clear() {
      $cart.set(clearCart());
    },
  };
}

export const cartStore: CartStore = createCartStore();
export const $cart = cartStore.$cart;
export const $cartItemCount = cartStore.$itemCount;
