import { describe, expect, it } from 'vitest';
import {
  emptySearchState,
  filterCount,
  formatEurosParam,
  hasFilters,
  parseEuros,
  parseSearchState,
  searchHref,
  serializeSearchState,
  toFacetFilters,
  withoutFilters,
  withoutValue,
  type SearchState,
} from '../../../src/features/search/search-url.ts';

const full: SearchState = {
  query: 'gele regenjas',
  categories: ['ponchos', 'regenjassen'],
  sizes: ['L', 'M'],
  colors: ['geel', 'rood'],
  prices: ['25-50', '50-100'],
  minPriceCents: 2000,
  maxPriceCents: 8995,
  inStock: true,
  minRating: 4,
  sort: 'price-asc',
  page: 2,
};

const parse = (search: string, locale: 'nl' | 'en' = 'nl') => parseSearchState(new URLSearchParams(search), locale);

describe('search URL state', () => {
  it('round-trips every field through the Dutch and the English URL', () => {
    for (const locale of ['nl', 'en'] as const) {
      expect(parseSearchState(new URLSearchParams(serializeSearchState(full, locale)), locale)).toEqual(full);
    }
    expect(parse(serializeSearchState(emptySearchState, 'nl'))).toEqual(emptySearchState);
  });

  it('writes the documented Dutch and English parameter names', () => {
    expect(serializeSearchState(full, 'nl')).toBe(
      'q=gele+regenjas&categorie=ponchos&categorie=regenjassen&maat=L&maat=M&kleur=geel&kleur=rood&prijs=25-50&prijs=50-100' +
        '&min=20&max=89.95&voorraad=1&beoordeling=4&sorteer=price-asc&pagina=2',
    );
    expect(serializeSearchState(full, 'en')).toBe(
      'q=gele+regenjas&category=ponchos&category=regenjassen&size=L&size=M&color=geel&color=rood&price=25-50&price=50-100' +
        '&min=20&max=89.95&stock=1&rating=4&sort=price-asc&page=2',
    );
  });

  it('reads what a plain GET form sends: empty fields, defaults and values in any order', () => {
    const state = parse('q=+regenjas++&kleur=rood&kleur=geel&kleur=rood&min=&max=&sorteer=relevance&beoordeling=&voorraad=1');
    expect(state).toEqual({ ...emptySearchState, query: 'regenjas', colors: ['geel', 'rood'], inStock: true });
    // The canonical form leaves the empty and default fields out and sorts values.
    expect(serializeSearchState(state, 'nl')).toBe('q=regenjas&kleur=geel&kleur=rood&voorraad=1');
  });

  it('drops what it cannot read instead of refusing the URL', () => {
    const state = parse('prijs=1-2&prijs=0-25&min=abc&max=-5&beoordeling=7&sorteer=cheapest&pagina=0&voorraad=ja');
    expect(state).toEqual({ ...emptySearchState, prices: ['0-25'] });
    expect(parse('pagina=99999').page).toBe(1);
    expect(parse(`q=${'x'.repeat(500)}`).query).toHaveLength(100);
    expect(parse(Array.from({ length: 50 }, (_, i) => `kleur=c${i}`).join('&')).colors).toHaveLength(30);
  });

  it('swaps a reversed price range and treats a minimum of 0 as none', () => {
    expect(parse('min=80&max=20')).toMatchObject({ minPriceCents: 2000, maxPriceCents: 8000 });
    expect(parse('min=0').minPriceCents).toBeUndefined();
  });

  it('builds links per locale', () => {
    expect(searchHref('nl', emptySearchState)).toBe('/zoeken');
    expect(searchHref('en', { ...emptySearchState, query: 'rain jacket', colors: ['geel'] })).toBe('/en/search?q=rain+jacket&color=geel');
  });
});

describe('euros in the URL', () => {
  it('parses what shoppers type', () => {
    expect(parseEuros('20')).toBe(2000);
    expect(parseEuros('19,95')).toBe(1995);
    expect(parseEuros('19.9')).toBe(1990);
    expect(parseEuros('€ 20')).toBe(2000);
    expect(parseEuros('')).toBeUndefined();
    expect(parseEuros('1.000,00')).toBeUndefined();
    expect(parseEuros(null)).toBeUndefined();
  });

  it('writes cents back short', () => {
    expect(formatEurosParam(2000)).toBe('20');
    expect(formatEurosParam(1995)).toBe('19.95');
    expect(formatEurosParam(1990)).toBe('19.90');
  });
});

describe('state helpers', () => {
  it('removes one value and goes back to page 1', () => {
    expect(withoutValue(full, 'colors', 'geel')).toMatchObject({ colors: ['rood'], page: 1 });
  });

  it('clears every filter but keeps query and sort', () => {
    expect(withoutFilters(full)).toEqual({ ...emptySearchState, query: full.query, sort: full.sort });
    expect(hasFilters(withoutFilters(full))).toBe(false);
  });

  it('counts filters as the Filters button shows them (a range counts once)', () => {
    expect(filterCount(full)).toBe(2 + 2 + 2 + 2 + 1 + 1 + 1);
    expect(filterCount(emptySearchState)).toBe(0);
  });

  it('hands the engine its filters', () => {
    expect(toFacetFilters(full)).toEqual({
      categories: ['ponchos', 'regenjassen'],
      colors: ['geel', 'rood'],
      sizes: ['L', 'M'],
      prices: ['25-50', '50-100'],
      inStock: true,
      minRating: 4,
      minPriceCents: 2000,
      maxPriceCents: 8995,
    });
  });
});
