import { describe, expect, it } from 'vitest';
import { activeFilters } from '../../../src/features/search/active-filters.ts';
import { facetPanel, facetVocabulary } from '../../../src/features/search/facet-options.ts';
import { facetCounts, type FacetItem } from '../../../src/features/search/facets.ts';
import { emptySearchState } from '../../../src/features/search/search-url.ts';

const name = (nl: string, en = nl) => ({ nl, en });
const products = [
  { colors: [{ id: 'geel', name: name('Geel', 'Yellow'), hex: '#f2c230' }], sizes: ['M', 'S', 'XL'] },
  {
    colors: [
      { id: 'zwart', name: name('Zwart', 'Black'), hex: '#1e1f22' },
      { id: 'geel', name: name('Geel', 'Yellow'), hex: '#f2c230' },
    ],
  },
];
const categories = [
  { slug: 'regenjassen', name: name('Regenjassen', 'Rain jackets') },
  { slug: 'ponchos', name: name("Poncho's", 'Ponchos') },
];
const items: FacetItem[] = [
  { slug: 'a', category: 'regenjassen', colors: ['geel'], sizes: ['S', 'M', 'XL'], priceCents: 8995, inStock: true, rating: 4.6 },
  { slug: 'b', category: 'regenjassen', colors: ['zwart', 'geel'], sizes: [], priceCents: 2495, inStock: false, rating: 0 },
];

describe('facetVocabulary', () => {
  it('lists categories in navigation order, colours once, sizes small to large', () => {
    const vocabulary = facetVocabulary(products, categories);
    expect(vocabulary.categories.map((c) => c.slug)).toEqual(['regenjassen', 'ponchos']);
    expect(vocabulary.colors.map((c) => c.id)).toEqual(['geel', 'zwart']);
    expect(vocabulary.sizes).toEqual(['S', 'M', 'XL']);
  });
});

describe('facetPanel', () => {
  const vocabulary = facetVocabulary(products, categories);

  it('offers values that find something, with counts and labels in the page language', () => {
    const panel = facetPanel(vocabulary, facetCounts(items), emptySearchState, 'en');
    expect(panel.categories).toEqual([{ value: 'regenjassen', label: 'Rain jackets', count: 2, checked: false }]);
    expect(panel.colors.map((o) => [o.label, o.count, o.hex])).toEqual([
      ['Yellow', 2, '#f2c230'],
      ['Black', 1, '#1e1f22'],
    ]);
    expect(panel.prices.map((o) => [o.value, o.label, o.count])).toEqual([
      ['0-25', 'Up to €25', 1],
      ['50-100', '€50 – €100', 1],
    ]);
    expect(panel.inStock).toEqual({ count: 1, checked: false });
    expect(panel.ratings.map((o) => [o.value, o.count, o.checked])).toEqual([
      ['4', 1, false],
      ['3', 1, false],
      ['2', 1, false],
      ['1', 1, false],
      ['', undefined, true],
    ]);
  });

  it('keeps a picked value visible even when it finds nothing, and fills the range fields', () => {
    const state = { ...emptySearchState, categories: ['ponchos'], minPriceCents: 2000 };
    const panel = facetPanel(vocabulary, facetCounts(items, { categories: ['ponchos'] }), state, 'nl');
    expect(panel.categories.find((o) => o.value === 'ponchos')).toEqual({ value: 'ponchos', label: "Poncho's", count: 0, checked: true });
    expect(panel.minPrice).toBe('20');
    expect(panel.maxPrice).toBe('');
  });
});

describe('price slider', () => {
  const vocabulary = facetVocabulary(products, categories);

  it('runs over whole euros from the cheapest to the dearest match, thumbs at the typed range', () => {
    const state = { ...emptySearchState, maxPriceCents: 5000 };
    const slider = facetPanel(vocabulary, facetCounts(items, { maxPriceCents: 5000 }), state, 'nl').priceSlider;
    expect(slider).toEqual({ min: 24, max: 90, low: 24, high: 50, lowText: '€\u00a024', highText: '€\u00a050' });
  });

  it('clamps a typed price to its ends, and has nothing to slide over one price', () => {
    const state = { ...emptySearchState, minPriceCents: 100, maxPriceCents: 100_000 };
    const slider = facetPanel(vocabulary, facetCounts(items), state, 'en').priceSlider;
    expect(slider).toMatchObject({ low: 24, high: 90, highText: '€90' });
    expect(facetPanel(vocabulary, facetCounts(items.slice(0, 1)), emptySearchState, 'en').priceSlider).toBeUndefined();
  });
});

describe('activeFilters', () => {
  it('makes a removable chip per picked filter, each linking to the search without it', () => {
    const vocabulary = facetVocabulary(products, categories);
    const state = {
      ...emptySearchState,
      query: 'jas',
      colors: ['geel'],
      sizes: ['M'],
      minPriceCents: 2000,
      maxPriceCents: 5000,
      inStock: true,
      minRating: 4,
      page: 3,
    };
    // Intl puts a no-break space between € and the amount in Dutch.
    expect(activeFilters(vocabulary, state, 'nl').map((chip) => ({ ...chip, label: chip.label.replace(/\u00a0/g, ' ') }))).toEqual([
      { label: 'Geel', href: '/zoeken?q=jas&maat=M&min=20&max=50&voorraad=1&beoordeling=4' },
      { label: 'Maat M', href: '/zoeken?q=jas&kleur=geel&min=20&max=50&voorraad=1&beoordeling=4' },
      { label: '€ 20 – € 50', href: '/zoeken?q=jas&maat=M&kleur=geel&voorraad=1&beoordeling=4' },
      { label: 'Alleen op voorraad', href: '/zoeken?q=jas&maat=M&kleur=geel&min=20&max=50&beoordeling=4' },
      { label: '4 sterren en meer', href: '/zoeken?q=jas&maat=M&kleur=geel&min=20&max=50&voorraad=1' },
    ]);
  });
});
