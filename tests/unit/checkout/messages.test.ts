import { describe, expect, it } from 'vitest';
import { checkoutMessages } from '../../../src/features/checkout/messages.ts';
import { locales } from '../../../src/lib/i18n/locales.ts';

function leaves(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

describe('checkout messages', () => {
  it('has the same keys, all filled, in Dutch and English', () => {
    expect(leaves(checkoutMessages.en)).toEqual(leaves(checkoutMessages.nl));
    for (const locale of locales) {
      for (const key of leaves(checkoutMessages[locale])) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], checkoutMessages[locale]);
        expect(String(text).trim().length, `${locale}.${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('has distinct step hashes per language', () => {
    for (const locale of locales) {
      const hashes = Object.values(checkoutMessages[locale].hashes);
      expect(new Set(hashes).size).toBe(hashes.length);
      for (const hash of hashes) expect(hash).toMatch(/^[a-z]+$/);
    }
  });
});
