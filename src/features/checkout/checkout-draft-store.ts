/**
 * The checkout draft (checkout-draft.ts) as a nanostore kept in sessionStorage under
 * 'kassa:checkout'. Session, not local, storage: name, address and phone number are personal
 * data and should not outlive the tab; within the tab they survive back, forward, refresh and
 * a failed step. (@nanostores/persistent has one storage engine for all stores, and the cart
 * is in localStorage, hence this small bridge.)
 *
 * Read it after mount (`restoreCheckoutDraft`), like every persisted store.
 */
import { atom } from 'nanostores';
import type { ShippingCountry } from '../shipping/delivery-promise.ts';
import { emptyDraft, parseCheckoutDraft, type CheckoutDraft } from './checkout-draft.ts';

export const checkoutStorageKey = 'kassa:checkout';

export const $checkoutDraft = atom<CheckoutDraft>(emptyDraft('NL'));

let unsubscribe: (() => void) | undefined;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be switched off; the form then simply works without memory.
    return undefined;
  }
}

/** Loads the stored draft into the store and keeps storage in step with every change after. */
export function restoreCheckoutDraft(countries: readonly ShippingCountry[], preferredCountry: ShippingCountry): CheckoutDraft {
  const store = storage();
  const raw = store?.getItem(checkoutStorageKey);
  const draft = raw ? parseCheckoutDraft(raw, countries) : { ...emptyDraft(preferredCountry) };
  $checkoutDraft.set(draft);
  unsubscribe?.();
  unsubscribe = $checkoutDraft.listen((next) => {
    try {
      store?.setItem(checkoutStorageKey, JSON.stringify(next));
    } catch {
      // Full or blocked storage: keep going, the form still holds the values.
    }
  });
  return draft;
}

export function updateCheckoutDraft(change: Partial<CheckoutDraft>): void {
  $checkoutDraft.set({ ...$checkoutDraft.get(), ...change });
}
