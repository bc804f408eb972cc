import { describe, expect, it, vi } from 'vitest';
import type { FacetItem } from '../../../src/features/search/facets.ts';
import { createSnapshot, withLiveStock } from '../../../src/features/search/live-stock.ts';

const item = (slug: string, inStock: boolean): FacetItem => ({
  slug,
  category: 'x',
  colors: [],
  sizes: [],
  priceCents: 100,
  inStock,
  rating: 0,
});

describe('withLiveStock', () => {
  it('takes stock from the database, the catalog where the database does not know the product', () => {
    const items = [item('a', true), item('b', false), item('c', true)];
    const live = withLiveStock(
      items,
      new Map([
        ['a', 0],
        ['b', 3],
      ]),
    );
    expect(live.map((i) => i.inStock)).toEqual([false, true, true]);
    expect(live[2]).toBe(items[2]);
  });

  it('keeps the catalog stock when the database could not be asked', () => {
    const items = [item('a', true)];
    expect(withLiveStock(items, undefined)).toEqual(items);
  });
});

describe('createSnapshot', () => {
  it('loads once per period and shares the load between callers', async () => {
    let now = 0;
    const load = vi.fn(async () => now);
    const get = createSnapshot(load, { ttlMs: 100, now: () => now });
    expect(await Promise.all([get(), get()])).toEqual([0, 0]);
    now = 99;
    expect(await get()).toBe(0);
    now = 100;
    expect(await get()).toBe(100);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('yields undefined on failure and tries again next time', async () => {
    const onError = vi.fn();
    let fail = true;
    const get = createSnapshot(
      async () => {
        if (fail) throw new Error('db down');
        return 'ok';
      },
      { ttlMs: 60_000, onError },
    );
    expect(await get()).toBeUndefined();
    expect(onError).toHaveBeenCalledOnce();
    fail = false;
    expect(await get()).toBe('ok');
  });
});
