import { describe, expect, it } from 'vitest';
import { readSelection, selectionSearch } from '../../../src/features/product/selection-url.ts';
import type { PickerOptions } from '../../../src/features/product/variant-selection.ts';

const options: PickerOptions = {
  colors: [
    { id: 'geel', name: 'Geel', hex: '#f2c230' },
    { id: 'zwart', name: 'Zwart', hex: '#111111' },
  ],
  sizes: ['M', '104/116'],
  variants: [],
};

describe('readSelection', () => {
  it('reads ?kleur=&maat= on Dutch pages and ?color=&size= on English ones', () => {
    expect(readSelection('?kleur=zwart&maat=M', 'nl', options)).toEqual({ color: 'zwart', size: 'M' });
    expect(readSelection('?color=zwart&size=104%2F116', 'en', options)).toEqual({ color: 'zwart', size: '104/116' });
    expect(readSelection('?color=zwart', 'nl', options)).toEqual({});
  });

  it('ignores values the product does not have', () => {
    expect(readSelection('?kleur=paars&maat=XXXL', 'nl', options)).toEqual({});
    expect(readSelection('?kleur=geel&maat=', 'nl', options)).toEqual({ color: 'geel' });
    expect(readSelection('', 'nl', options)).toEqual({});
  });
});

describe('selectionSearch', () => {
  it('writes the choice and keeps other parameters', () => {
    expect(selectionSearch('', 'nl', { color: 'geel', size: undefined })).toBe('?kleur=geel');
    expect(selectionSearch('?utm_source=nieuwsbrief&maat=M', 'nl', { color: 'zwart', size: 'M' })).toBe(
      '?utm_source=nieuwsbrief&maat=M&kleur=zwart',
    );
    expect(selectionSearch('?kleur=geel&maat=M', 'nl', { color: 'geel', size: undefined })).toBe('?kleur=geel');
    expect(selectionSearch('', 'en', { color: 'zwart', size: '104/116' })).toBe('?color=zwart&size=104%2F116');
  });

  it('round-trips through readSelection', () => {
    const search = selectionSearch('?x=1', 'en', { color: 'geel', size: '104/116' });
    expect(readSelection(search, 'en', options)).toEqual({ color: 'geel', size: '104/116' });
  });
});
