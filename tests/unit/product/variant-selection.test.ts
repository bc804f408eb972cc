import { describe, expect, it } from 'vitest';
import {
  findVariant,
  initialSelection,
  isColorSoldOut,
  packPickerOptions,
  pickerOptions,
  selectionPrice,
  unpackPickerOptions,
  variantFor,
  type PickerOptions,
} from '../../../src/features/product/variant-selection.ts';

const product = {
  colors: [
    { id: 'geel', name: { nl: 'Geel', en: 'Yellow' }, hex: '#f2c230' },
    { id: 'zwart', name: { nl: 'Zwart', en: 'Black' }, hex: '#111111' },
  ],
  sizes: ['M', 'L'],
  variants: [
    { sku: 'J-GE-M', color: 'geel', size: 'M', priceCents: 7495, compareAtPriceCents: 8995, initialStock: 4 },
    { sku: 'J-GE-L', color: 'geel', size: 'L', priceCents: 7995, initialStock: 0 },
    { sku: 'J-ZW-M', color: 'zwart', size: 'M', priceCents: 8995, initialStock: 2 },
    { sku: 'J-ZW-L', color: 'zwart', size: 'L', priceCents: 8995, initialStock: 2 },
  ],
};
const options: PickerOptions = pickerOptions(product, 'nl');
const oneSize: PickerOptions = pickerOptions(
  {
    colors: product.colors,
    variants: [
      { sku: 'T-GE', color: 'geel', priceCents: 2495, initialStock: 1 },
      { sku: 'T-ZW', color: 'zwart', priceCents: 2495, initialStock: 1 },
    ],
  },
  'en',
);

describe('pickerOptions', () => {
  it('keeps only what the island needs, in the page language', () => {
    expect(options.colors).toEqual([
      { id: 'geel', name: 'Geel', hex: '#f2c230' },
      { id: 'zwart', name: 'Zwart', hex: '#111111' },
    ]);
    expect(options.sizes).toEqual(['M', 'L']);
    expect(options.variants[0]).toEqual({ sku: 'J-GE-M', color: 'geel', size: 'M', priceCents: 7495, compareAtPriceCents: 8995 });
    expect(options.variants[1]).toEqual({ sku: 'J-GE-L', color: 'geel', size: 'L', priceCents: 7995 });
    expect(oneSize).not.toHaveProperty('sizes');
    expect(oneSize.colors[1]?.name).toBe('Black');
  });
});

describe('selection', () => {
  it('starts on the first colour without a size (unless there is only one)', () => {
    expect(initialSelection(options)).toEqual({ color: 'geel', size: undefined });
    expect(initialSelection({ ...options, sizes: ['One'] })).toEqual({ color: 'geel', size: 'One' });
  });

  it('finds a variant only for a complete choice', () => {
    expect(findVariant(options, { color: 'zwart', size: undefined })).toBeUndefined();
    expect(findVariant(options, { color: 'zwart', size: 'L' })?.sku).toBe('J-ZW-L');
    expect(findVariant(oneSize, { color: 'zwart', size: undefined })?.sku).toBe('T-ZW');
    expect(variantFor(options, 'geel', 'L')?.sku).toBe('J-GE-L');
  });

  it('prices the chosen variant, else the cheapest of the colour ("vanaf" when sizes differ)', () => {
    const exact = selectionPrice(options, { color: 'geel', size: 'M' });
    expect(exact.price.amount).toBe(7495);
    expect(exact.compareAt?.amount).toBe(8995);
    expect(exact.varies).toBe(false);

    const ofColor = selectionPrice(options, { color: 'geel', size: undefined });
    expect(ofColor.price.amount).toBe(7495);
    expect(ofColor.varies).toBe(true);

    const black = selectionPrice(options, { color: 'zwart', size: undefined });
    expect(black).toMatchObject({ varies: false });
    expect(black.price.amount).toBe(8995);
    expect(black.compareAt).toBeUndefined();
  });

  it('calls a colour sold out only when stock is known and nothing of it is left', () => {
    expect(isColorSoldOut(options, 'geel', undefined)).toBe(false);
    expect(isColorSoldOut(options, 'geel', { 'J-GE-M': 0, 'J-GE-L': 0, 'J-ZW-M': 1 })).toBe(true);
    expect(isColorSoldOut(options, 'zwart', { 'J-ZW-M': 1 })).toBe(false);
    // A variant missing from the answer has nothing to sell.
    expect(isColorSoldOut(options, 'zwart', {})).toBe(true);
  });
});

describe('packed options (the island props)', () => {
  it('round-trip every variant, with and without size and former price', () => {
    expect(unpackPickerOptions(packPickerOptions(options))).toEqual(options);
    expect(unpackPickerOptions(packPickerOptions(oneSize))).toEqual(oneSize);
  });

  it('are one short string per variant', () => {
    expect(packPickerOptions(options).variants).toBe('J-GE-M:0:0:7495:8995 J-GE-L:0:1:7995: J-ZW-M:1:0:8995: J-ZW-L:1:1:8995:');
    expect(packPickerOptions(oneSize).variants).toBe('T-GE:0::2495: T-ZW:1::2495:');
  });
});
