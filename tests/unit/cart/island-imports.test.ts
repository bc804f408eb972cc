/**
 * The cart and checkout islands and the header badge must not bring the classic zod build,
 * a server module or the discount code list to the browser. Classic zod is the trap: even a
 * lazily loaded piece of it moves zod's shared core into the chunk every page loads with the
 * cart badge (measured: from 7 to 16 KB compressed). Walks value and dynamic imports
 * (tests/helpers/import-graph.ts) from the islands' entry modules.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reachableImports } from '../../helpers/import-graph.ts';

const src = path.resolve(import.meta.dirname, '../../../src');
const islands = [
  'features/cart/AddToCart.tsx',
  'features/cart/CartDrawer.tsx',
  'features/cart/CartView.tsx',
  'features/cart/cart-badge.ts',
  'features/checkout/CheckoutForm.tsx',
];
const reachable = (entry: string) => reachableImports(path.join(src, entry));

describe('what the cart and checkout islands load', () => {
  it.each(islands)('%s reaches no server module, no code list and not the classic zod build', (entry) => {
    const { files, packages } = reachable(entry);
    const names = [...files].map((file) => path.relative(src, file));
    expect(names.filter((name) => name.endsWith('.server.ts') || name.endsWith('discount-codes.ts') || name.endsWith('shop.ts'))).toEqual(
      [],
    );
    expect(
      names.filter((name) => name.endsWith('checkout-schema.ts') || name.endsWith('postcode.ts') || name.endsWith('.schema.ts')),
    ).toEqual([]);
    expect([...packages].filter((name) => name === 'zod' || name.startsWith('node:') || name.startsWith('astro'))).toEqual([]);
  });

  it('finds imports at all (the walk is not vacuous)', () => {
    const { files } = reachable('features/checkout/CheckoutForm.tsx');
    expect([...files].map((file) => path.basename(file))).toEqual(expect.arrayContaining(['cart-store.ts', 'checkout-controller.ts']));
  });
});
