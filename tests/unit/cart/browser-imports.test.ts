/**
 * The cart modules islands load (badge, add-to-cart, cart preview) must stay small and must
 * never carry the discount code list to the browser. The modules the header's cart count
 * loads on every page must not reach zod at all: even zod/mini cost 5.5 KB compressed there.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reachableImports } from '../../helpers/import-graph.ts';

const cartDir = path.resolve(import.meta.dirname, '../../../src/features/cart');
const browserEntries = [
  'cart-store.ts',
  'cart-lines.ts',
  'stored-cart.ts',
  'cart-pricing.ts',
  'discount.ts',
  'messages.ts',
  'complete-your-set.ts',
  'cart-catalog.ts',
];
const reachable = (entry: string) => reachableImports(path.join(cartDir, entry));

describe('what the browser loads from the cart feature', () => {
  it.each(browserEntries)('%s reaches no server module, no code list and not the classic zod build', (entry) => {
    const { files, packages } = reachable(entry);
    const names = [...files].map((file) => path.relative(cartDir, file));
    expect(names.filter((name) => name.endsWith('.server.ts') || name === 'discount-codes.ts')).toEqual([]);
    expect([...packages].filter((name) => name === 'zod' || name.startsWith('node:') || name.startsWith('astro:'))).toEqual([]);
  });

  it.each(['cart-badge.ts', 'cart-store.ts'])('%s, on every page, reaches no zod build at all', (entry) => {
    expect([...reachable(entry).packages].filter((name) => name.startsWith('zod'))).toEqual([]);
  });

  it('finds imports at all (the walk is not vacuous)', () => {
    const { files, packages } = reachable('cart-badge.ts');
    expect([...files].map((file) => path.basename(file))).toEqual(
      expect.arrayContaining(['cart-store.ts', 'cart-lines.ts', 'stored-cart.ts']),
    );
    expect([...packages]).toEqual(expect.arrayContaining(['@nanostores/persistent', 'nanostores']));
  });
});
