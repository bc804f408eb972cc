import { expect, it } from 'vitest';
import { moveActive } from '../../../src/features/search/combobox-navigation.ts';

it('moves down through the options, back to the field, and around', () => {
  const seen = [-1];
  for (let i = 0; i < 5; i++) seen.push(moveActive(seen.at(-1)!, 3, 1));
  expect(seen).toEqual([-1, 0, 1, 2, -1, 0]);
});

it('moves up from the field to the last option', () => {
  expect(moveActive(-1, 3, -1)).toBe(2);
  expect(moveActive(0, 3, -1)).toBe(-1);
});

it('stays in the field without options, and recovers from a stale index', () => {
  expect(moveActive(2, 0, 1)).toBe(-1);
  expect(moveActive(7, 3, 1)).toBe(-1);
});
