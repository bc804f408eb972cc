import { expect, it } from 'vitest';
import { createSearchPayload, readSearchPayload } from '../../../src/features/search/search-payload.ts';
import { buildSearchIndex, serializeIndex } from '../../../src/features/search/search-index.ts';
import { search } from '../../../src/features/search/search.ts';

const product = {
  slug: 'regenjas-wolkbreuk',
  category: 'regenjassen',
  name: { nl: 'Regenjas Wolkbreuk', en: 'Rain jacket Wolkbreuk' },
  shortDescription: { nl: 'Waterdicht.', en: 'Waterproof.' },
  description: { nl: 'Lang.', en: 'Long.' },
  colors: [{ id: 'geel', name: { nl: 'Geel', en: 'Yellow' } }],
  variants: [{ priceCents: 8995 }],
  popularity: 1,
};

it('carries the index and what a suggestion shows, and reads back the same', () => {
  const index = buildSearchIndex([product], 'nl');
  const media = new Map([['regenjas-wolkbreuk', { image: '/_astro/geel-front.abc.svg', from: true }]]);
  const body = createSearchPayload(serializeIndex(index), media);
  const loaded = readSearchPayload(JSON.parse(body));
  expect(loaded.media.get('regenjas-wolkbreuk')).toEqual({ image: '/_astro/geel-front.abc.svg', from: true });
  expect(search(loaded.index, 'regnjas')).toEqual(search(index, 'regnjas'));
  expect(
    readSearchPayload(createSearchPayload(serializeIndex(index), new Map([['x', { image: undefined, from: false }]]))).media.get('x'),
  ).toEqual({
    image: undefined,
    from: false,
  });
});

it('refuses anything else', () => {
  expect(() => readSearchPayload('{"format":"kassa-search/1"}')).toThrow(/payload/);
  expect(() => readSearchPayload(null)).toThrow();
});
