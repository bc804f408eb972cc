import { describe, expect, it } from 'vitest';
import { lowStockThreshold, selectionStockStatus, stockLevel } from '../../../src/features/product/stock-status.ts';
import type { PickerOptions } from '../../../src/features/product/variant-selection.ts';

const options: PickerOptions = {
  colors: [
    { id: 'geel', name: 'Geel', hex: '#f2c230' },
    { id: 'zwart', name: 'Zwart', hex: '#111111' },
  ],
  sizes: ['M', 'L'],
  variants: [
    { sku: 'GE-M', color: 'geel', size: 'M', priceCents: 100 },
    { sku: 'GE-L', color: 'geel', size: 'L', priceCents: 100 },
    { sku: 'ZW-M', color: 'zwart', size: 'M', priceCents: 100 },
    { sku: 'ZW-L', color: 'zwart', size: 'L', priceCents: 100 },
  ],
};
const stock = { 'GE-M': 12, 'GE-L': 3, 'ZW-M': 0, 'ZW-L': 0 };

describe('stockLevel', () => {
  it('sold out at 0, low up to the threshold, in stock above it', () => {
    expect(stockLevel(0)).toBe('sold_out');
    expect(stockLevel(-1)).toBe('sold_out');
    expect(stockLevel(1)).toBe('low');
    expect(stockLevel(lowStockThreshold)).toBe('low');
    expect(stockLevel(lowStockThreshold + 1)).toBe('in_stock');
  });
});

describe('selectionStockStatus', () => {
  const status = (
    color: string,
    size: string | undefined,
    state = { stock: stock as Record<string, number> | undefined, failed: false },
    locale: 'nl' | 'en' = 'nl',
  ) => selectionStockStatus(options, { color, size }, state, locale);

  it('says what a chosen variant has', () => {
    expect(status('geel', 'M')).toEqual({ tone: 'ok', text: 'Op voorraad' });
    expect(status('geel', 'L')).toEqual({ tone: 'low', text: 'Nog 3 op voorraad' });
    expect(status('zwart', 'M')).toEqual({ tone: 'out', text: 'Uitverkocht' });
    expect(status('geel', 'L', { stock, failed: false }, 'en')).toEqual({ tone: 'low', text: 'Only 3 left' });
  });

  it('asks for a size first, unless the whole colour is gone', () => {
    expect(status('geel', undefined)).toEqual({ tone: 'neutral', text: 'Kies je maat' });
    expect(status('zwart', undefined)).toEqual({ tone: 'out', text: 'Uitverkocht in Zwart' });
  });

  it('while stock is loading or could not be loaded', () => {
    expect(status('geel', 'M', { stock: undefined, failed: false })).toEqual({ tone: 'neutral', text: 'Voorraad controleren…' });
    expect(status('geel', 'M', { stock: undefined, failed: true }).text).toMatch(/probeer het zo opnieuw/);
    expect(status('geel', undefined, { stock: undefined, failed: false }).text).toBe('Kies je maat');
  });
});
