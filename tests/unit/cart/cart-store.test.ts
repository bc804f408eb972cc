import {
  cleanTestStorage,
  getTestStorage,
  setPersistentEngine,
  setTestStorageKey,
  useTestStorageEngine,
  windowPersistentEvents,
} from '@nanostores/persistent';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { maxQuantityPerLine } from '../../../src/features/cart/cart-lines.ts';
import { cartStorageKey, createCartStore, type CartStore } from '../../../src/features/cart/cart-store.ts';

const T0 = Date.UTC(2026, 2, 1, 12);
let clock = T0;
const now = () => clock;

/** Keeps a store mounted (as an island does) and returns the unsubscribe. */
function mount(store: CartStore): () => void {
  const stopCart = store.$cart.listen(() => {});
  const stopCount = store.$itemCount.listen(() => {});
  return () => {
    stopCart();
    stopCount();
  };
}

const stored = () => {
  const raw = getTestStorage()[cartStorageKey];
  return raw === undefined ? undefined : (JSON.parse(raw) as unknown);
};

describe('the persistent cart store', () => {
  beforeEach(() => {
    useTestStorageEngine();
    cleanTestStorage();
    clock = T0;
  });

  it('starts empty without a stored cart and stores nothing until something is added', () => {
    const store = createCartStore({ now });
    expect(store.$cart.get().lines).toEqual([]);
    expect(store.$itemCount.get()).toBe(0);
    expect(getTestStorage()).toEqual({});
  });

  it(`persists under "${cartStorageKey}" as a versioned JSON cart`, () => {
    const store = createCartStore({ now });
    const result = store.add('JAS-GEEL-M', 2);
    expect(result.added).toBe(2);
    store.add('BAND-OR');
    expect(stored()).toEqual({
      version: 1,
      lines: [
        { sku: 'JAS-GEEL-M', quantity: 2, addedAt: T0 },
        { sku: 'BAND-OR', quantity: 1, addedAt: T0 },
      ],
    });
    expect(store.$itemCount.get()).toBe(3);
  });

  it('reads the stored cart when created (a reload)', () => {
    createCartStore({ now }).add('JAS-GEEL-M', 2);
    const reloaded = createCartStore({ now });
    expect(reloaded.$cart.get().lines).toEqual([{ sku: 'JAS-GEEL-M', quantity: 2, addedAt: T0 }]);
    expect(reloaded.$itemCount.get()).toBe(2);
  });

  it('discards a corrupted stored value instead of failing, and overwrites it on the next change', () => {
    setTestStorageKey(cartStorageKey, '{"version":1,"lines":[{"sku":');
    const store = createCartStore({ now });
    expect(store.$cart.get().lines).toEqual([]);
    store.add('BAND-OR');
    expect(stored()).toEqual({ version: 1, lines: [{ sku: 'BAND-OR', quantity: 1, addedAt: T0 }] });
  });

  it('caps per line through the store and reports it', () => {
    const store = createCartStore({ now });
    store.add('JAS-GEEL-M', 9);
    expect(store.add('JAS-GEEL-M', 3)).toMatchObject({ added: 1, limitedBy: 'perLine' });
    expect(store.$itemCount.get()).toBe(maxQuantityPerLine);
  });

  it('sets quantities, removes with an undo, and clears (removing the key)', () => {
    const store = createCartStore({ now });
    store.add('A-1');
    clock += 1;
    store.add('B-2', 2);
    clock += 1;
    store.add('C-3');
    store.setQuantity('B-2', 4);
    expect(store.$itemCount.get()).toBe(6);

    const removed = store.remove('B-2');
    expect(removed?.index).toBe(1);
    expect(store.$cart.get().lines.map((line) => line.sku)).toEqual(['A-1', 'C-3']);
    expect(store.remove('NOPE')).toBeUndefined();
    store.undoRemove(removed!);
    expect(store.$cart.get().lines.map((line) => `${line.sku}x${line.quantity}`)).toEqual(['A-1x1', 'B-2x4', 'C-3x1']);

    store.setQuantity('A-1', 0);
    expect(store.$itemCount.get()).toBe(5);
    store.clear();
    expect(store.$itemCount.get()).toBe(0);
    expect(getTestStorage()).toEqual({});
  });

  it('follows changes made in another tab while mounted', () => {
    const store = createCartStore({ now });
    const counts: number[] = [];
    const unmount = mount(store);
    const stopCounts = store.$itemCount.subscribe((count) => counts.push(count));

    setTestStorageKey(cartStorageKey, JSON.stringify({ version: 1, lines: [{ sku: 'BAND-OR', quantity: 3, addedAt: 1 }] }));
    expect(store.$cart.get().lines).toEqual([{ sku: 'BAND-OR', quantity: 3, addedAt: 1 }]);
    // Another tab emptied its cart: the key disappears.
    setTestStorageKey(cartStorageKey, undefined);
    expect(store.$cart.get().lines).toEqual([]);
    // Another tab (an old version, a browser extension) wrote nonsense.
    setTestStorageKey(cartStorageKey, 'garbage');
    expect(store.$cart.get().lines).toEqual([]);
    expect(counts).toEqual([0, 3, 0]);

    stopCounts();
    unmount();
  });

  it("builds on the other tab's cart when this tab adds next", () => {
    const store = createCartStore({ now });
    const unmount = mount(store);
    setTestStorageKey(cartStorageKey, JSON.stringify({ version: 1, lines: [{ sku: 'BAND-OR', quantity: 1, addedAt: 1 }] }));
    store.add('BAND-OR');
    expect(stored()).toEqual({ version: 1, lines: [{ sku: 'BAND-OR', quantity: 2, addedAt: 1 }] });
    unmount();
  });
});

describe('cross-tab sync through the window storage event', () => {
  const realWindow = (globalThis as { window?: unknown }).window;
  let storage: Record<string, string>;
  let fakeWindow: EventTarget;

  beforeEach(() => {
    fakeWindow = new EventTarget();
    (globalThis as { window?: unknown }).window = fakeWindow;
    storage = {};
    // The engine the browser gets: a storage object and the real window listeners.
    setPersistentEngine(storage, windowPersistentEvents);
  });

  afterEach(() => {
    vi.useRealTimers();
    (globalThis as { window?: unknown }).window = realWindow;
    useTestStorageEngine();
  });

  /** What the browser fires in this tab when another tab writes localStorage. */
  function otherTabWrites(newValue: string | null): void {
    if (newValue === null) delete storage[cartStorageKey];
    else storage[cartStorageKey] = newValue;
    fakeWindow.dispatchEvent(Object.assign(new Event('storage'), { key: cartStorageKey, newValue }));
  }

  it("picks up another tab's cart while an island is subscribed, and still reads it fresh after unmount", () => {
    vi.useFakeTimers();
    const store = createCartStore({ now });
    const unmount = mount(store);
    otherTabWrites(JSON.stringify({ version: 1, lines: [{ sku: 'JAS-GEEL-M', quantity: 2, addedAt: 5 }] }));
    expect(store.$itemCount.get()).toBe(2);
    otherTabWrites(null);
    expect(store.$itemCount.get()).toBe(0);

    unmount();
    // nanostores unmounts a store a second after its last listener leaves.
    vi.advanceTimersByTime(1001);
    vi.useRealTimers();
    otherTabWrites(JSON.stringify({ version: 1, lines: [{ sku: 'BAND-OR', quantity: 1, addedAt: 5 }] }));
    // Unmounted, the event is not heard, but a read restores from storage: nothing is stale.
    expect(store.$itemCount.get()).toBe(1);
  });

  it('writes through to storage, where another tab will read it', () => {
    const store = createCartStore({ now });
    store.add('BAND-OR', 2);
    expect(JSON.parse(storage[cartStorageKey] ?? 'null')).toEqual({ version: 1, lines: [{ sku: 'BAND-OR', quantity: 2, addedAt: T0 }] });
    store.clear();
    expect(cartStorageKey in storage).toBe(false);
  });
});
