import { expect, it } from 'vitest';
import { sortSizes } from '../../../src/features/search/size-order.ts';

it('lists letter sizes small to large, then number sizes, then the rest', () => {
  const sizes = ['XL', '30-50 L', 'S/M', '104-116', 'M', 'XS', '98/104', 'L/XL', 'XXL', '40-42', 'S', '15-30 L', 'XS/S', 'L', '37-39', 'M'];
  expect(sortSizes(sizes)).toEqual([
    'XS',
    'XS/S',
    'S',
    'S/M',
    'M',
    'L',
    'L/XL',
    'XL',
    'XXL',
    '37-39',
    '40-42',
    '98/104',
    '104-116',
    '15-30 L',
    '30-50 L',
  ]);
});
