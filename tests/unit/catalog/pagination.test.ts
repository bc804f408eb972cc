import { describe, expect, it } from 'vitest';
import { pageCount, pageItems, pageLinks, pageSize, type PageLink } from '../../../src/features/catalog/pagination.ts';

/** "1 … 4 [5] 6 … 84" */
const show = (links: PageLink[]) =>
  links.map((link) => (link === 'gap' ? '…' : link.current ? `[${link.page}]` : String(link.page))).join(' ');

describe('pageCount', () => {
  it('rounds up and never goes below one page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(1)).toBe(1);
    expect(pageCount(24)).toBe(1);
    expect(pageCount(25)).toBe(2);
    expect(pageCount(2000)).toBe(84);
    expect(pageCount(10, 3)).toBe(4);
  });

  it('rejects a page size that is not a positive whole number', () => {
    expect(() => pageCount(10, 0)).toThrow(RangeError);
    expect(() => pageCount(10, 2.5)).toThrow(RangeError);
  });
});

describe('pageItems', () => {
  const items = Array.from({ length: 50 }, (_, i) => i + 1);

  it('slices 24 per page, the last page holding the rest', () => {
    expect(pageSize).toBe(24);
    expect(pageItems(items, 1)).toEqual(items.slice(0, 24));
    expect(pageItems(items, 2)).toEqual(items.slice(24, 48));
    expect(pageItems(items, 3)).toEqual([49, 50]);
  });

  it('puts every item on exactly one page', () => {
    const pages = Array.from({ length: pageCount(items.length) }, (_, i) => pageItems(items, i + 1));
    expect(pages.flat()).toEqual(items);
  });

  it('is empty outside the range', () => {
    expect(pageItems(items, 4)).toEqual([]);
    expect(pageItems(items, 0)).toEqual([]);
    expect(pageItems(items, 1.5)).toEqual([]);
  });
});

describe('pageLinks', () => {
  it('lists every page when there are few', () => {
    expect(show(pageLinks(1, 1))).toBe('[1]');
    expect(show(pageLinks(2, 3))).toBe('1 [2] 3');
    expect(show(pageLinks(3, 5))).toBe('1 2 [3] 4 5');
  });

  it('shows first, last and the neighbours of the current page, with gaps', () => {
    expect(show(pageLinks(42, 84))).toBe('1 … 41 [42] 43 … 84');
    expect(show(pageLinks(1, 84))).toBe('[1] 2 … 84');
    expect(show(pageLinks(84, 84))).toBe('1 … 83 [84]');
  });

  it('never lets a gap stand for a single page', () => {
    expect(show(pageLinks(4, 84))).toBe('1 2 3 [4] 5 … 84');
    expect(show(pageLinks(81, 84))).toBe('1 … 80 [81] 82 83 84');
  });

  it('narrows to first, current and last for phones', () => {
    expect(show(pageLinks(42, 84, 0))).toBe('1 … [42] … 84');
    expect(show(pageLinks(2, 84, 0))).toBe('1 [2] … 84');
    expect(show(pageLinks(3, 84, 0))).toBe('1 2 [3] … 84');
  });

  it('widens with more siblings', () => {
    expect(show(pageLinks(42, 84, 2))).toBe('1 … 40 41 [42] 43 44 … 84');
  });

  it('clamps a current page outside the range', () => {
    expect(show(pageLinks(99, 5))).toBe('1 … 4 [5]');
    expect(show(pageLinks(-3, 5))).toBe('[1] 2 … 5');
    expect(pageLinks(1, 0)).toEqual([]);
  });
});
