import { describe, expect, it } from 'vitest';
import { catalogItemsFromProducts, catalogLookupFromProducts } from '../../../src/features/cart/cart-catalog.ts';
import { products } from './fixtures.ts';

describe('catalog items for pricing', () => {
  it('makes one item per variant, with product name, colour name, size and prices', () => {
    const items = catalogItemsFromProducts(products);
    expect(items.size).toBe(7);
    expect(items.get('JAS-NAVY-M')).toEqual({
      sku: 'JAS-NAVY-M',
      productSlug: 'regenjas-polder',
      name: { nl: 'Regenjas Polder', en: 'Polder rain jacket' },
      color: { id: 'navy', name: { nl: 'Marineblauw', en: 'Navy' } },
      size: 'M',
      priceCents: 9495,
      compareAtPriceCents: undefined,
    });
  });

  it('stands the colour id in for a missing colour rather than failing', () => {
    const broken = { ...products[0]!, colors: [] };
    expect(catalogItemsFromProducts([broken]).get('JAS-GEEL-M')?.color).toEqual({ id: 'geel', name: { nl: 'geel', en: 'geel' } });
  });

  it('answers a batch lookup with the known SKUs only', async () => {
    const lookup = catalogLookupFromProducts(products);
    const found = await lookup(['BAND-OR', 'NOPE', 'HOES-GEEL']);
    expect([...found.keys()]).toEqual(['BAND-OR', 'HOES-GEEL']);
    expect((await lookup([])).size).toBe(0);
  });
});
