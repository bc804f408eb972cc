import { expect, it } from 'vitest';
import { toSuggestResult } from '../../../src/features/search/suggestions.ts';

const hit = (slug: string, colors: string[] = []) => ({
  slug,
  name: slug,
  category: 'regenjassen',
  priceCents: 8995,
  score: 1,
  matches: ['regenjas'],
  colors,
});

it('links each product, on the colour the query named, with its image and "from" price', () => {
  const media = (slug: string) => (slug === 'a' ? { image: '/a.svg', from: true } : undefined);
  const result = toSuggestResult('gele regenjas', { hits: [hit('a', ['geel']), hit('b')], total: 7 }, media, 'en');
  expect(result.products).toEqual([
    { slug: 'a', name: 'a', matches: ['regenjas'], priceCents: 8995, from: true, image: '/a.svg', href: '/en/p/a?color=geel' },
    { slug: 'b', name: 'b', matches: ['regenjas'], priceCents: 8995, from: false, image: undefined, href: '/en/p/b' },
  ]);
  expect(result).toMatchObject({ query: 'gele regenjas', total: 7, didYouMean: null, categories: [] });
  expect(toSuggestResult('x', { hits: [hit('a', ['geel'])], total: 1 }, media, 'nl').products[0]?.href).toBe('/p/a?kleur=geel');
});

it('passes on what to try when nothing matched', () => {
  const result = toSuggestResult(
    'regnjassn',
    {
      hits: [],
      total: 0,
      suggestions: { didYouMean: 'regenjas', categories: [{ slug: 'ponchos', name: { nl: "Poncho's", en: 'Ponchos' } }], products: [] },
    },
    () => undefined,
    'nl',
  );
  expect(result.didYouMean).toBe('regenjas');
  expect(result.categories).toEqual([{ slug: 'ponchos', name: "Poncho's", href: '/c/ponchos' }]);
});
