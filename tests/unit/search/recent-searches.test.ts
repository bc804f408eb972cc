import { expect, it } from 'vitest';
import { MAX_RECENT_SEARCHES, parseRecentSearches, rememberSearch } from '../../../src/features/search/recent-searches.ts';

it('puts the newest search first, once, whatever its letter case', () => {
  let recent: string[] = [];
  for (const q of ['regenjas', 'poncho', '  Regenjas ', '']) recent = rememberSearch(recent, q);
  expect(recent).toEqual(['Regenjas', 'poncho']);
});

it('keeps only the last few', () => {
  let recent: string[] = [];
  for (let i = 0; i < 9; i++) recent = rememberSearch(recent, `q${i}`);
  expect(recent).toHaveLength(MAX_RECENT_SEARCHES);
  expect(recent[0]).toBe('q8');
});

it('reads only strings from storage', () => {
  expect(parseRecentSearches(['a', 3, null, ' b ', ''])).toEqual(['a', 'b']);
  expect(parseRecentSearches({ a: 1 })).toEqual([]);
});
