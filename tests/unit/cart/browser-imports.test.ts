/**
 * The cart modules islands load (badge, add-to-cart, cart preview) must stay small and must
 * never carry the discount code list to the browser. This walks their relative imports and
 * fails when one of them reaches the classic zod build, a server module or the code list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

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

/** Every module reachable from a file, through value imports (type-only imports are erased). */
function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'([^']+)';/gms)) {
      const [, typeOnly, specifier = ''] = match;
      if (typeOnly) continue;
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(path.join(cartDir, entry));
  return { files, packages };
}

describe('what the browser loads from the cart feature', () => {
  it.each(browserEntries)('%s reaches no server module, no code list and not the classic zod build', (entry) => {
    const { files, packages } = reachable(entry);
    const names = [...files].map((file) => path.relative(cartDir, file));
    expect(names.filter((name) => name.endsWith('.server.ts') || name === 'discount-codes.ts')).toEqual([]);
    expect([...packages].filter((name) => name === 'zod' || name.startsWith('node:') || name.startsWith('astro:'))).toEqual([]);
  });

  it('finds imports at all (the walk is not vacuous)', () => {
    const { files, packages } = reachable('cart-store.ts');
    expect([...files].map((file) => path.basename(file))).toEqual(expect.arrayContaining(['cart-lines.ts', 'stored-cart.ts']));
    expect([...packages]).toEqual(expect.arrayContaining(['@nanostores/persistent', 'nanostores', 'zod/mini']));
  });
});
