import { describe, expect, it } from 'vitest';
import { parseStockResponse } from '../../../src/features/product/stock-query.ts';

describe('parseStockResponse', () => {
  it('maps the endpoint answer to units per SKU', () => {
    expect(
      parseStockResponse({
        slug: 'x',
        variants: [
          { sku: 'A', available: 3 },
          { sku: 'B', available: 0 },
        ],
      }),
    ).toEqual({ A: 3, B: 0 });
  });

  it('never trusts a negative or fractional count', () => {
    expect(
      parseStockResponse({
        variants: [
          { sku: 'A', available: -2 },
          { sku: 'B', available: 2.7 },
        ],
      }),
    ).toEqual({ A: 0, B: 2 });
  });

  it('refuses anything else', () => {
    expect(() => parseStockResponse(null)).toThrow(TypeError);
    expect(() => parseStockResponse({ error: { code: 'x' } })).toThrow(TypeError);
    expect(() => parseStockResponse({ variants: [{ sku: 1, available: 2 }] })).toThrow(TypeError);
    expect(() => parseStockResponse({ variants: [{ sku: 'A', available: 'veel' }] })).toThrow(TypeError);
  });
});
