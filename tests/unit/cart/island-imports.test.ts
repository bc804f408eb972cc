/**
 * The cart and checkout islands and the header badge must not bring the classic zod build,
 * a server module or the discount code list to the browser. Classic zod is the trap: even a
 * lazily loaded piece of it moves zod's shared core into the chunk every page loads with the
 * cart badge (measured: from 7 to 16 KB compressed). Walks value imports like
 * browser-imports.test.ts does, from the islands' entry modules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../../../src');
const islands = [
  'features/cart/AddToCart.tsx',
  'features/cart/CartDrawer.tsx',
  'features/cart/CartView.tsx',
  'features/cart/cart-badge.ts',
  'features/checkout/CheckoutForm.tsx',
];

function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    const specifiers = [
      ...[...source.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'([^']+)';/gms)].filter(([, typeOnly]) => !typeOnly).map((m) => m[2] ?? ''),
      // Code-split islands (the drawer) are still the browser's.
      ...[...source.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1] ?? ''),
    ];
    for (const specifier of specifiers) {
      if (specifier.endsWith('.css')) continue;
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(path.join(src, entry));
  return { files, packages };
}

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
