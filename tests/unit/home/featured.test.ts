import { describe, expect, it } from 'vitest';
import { categoryFaces, featuredProducts } from '../../../src/features/home/featured.ts';

const p = (slug: string, featured: boolean, popularity: number, category = 'x') => ({
  slug,
  featured,
  popularity,
  publishedAt: '2024-01-01',
  category,
});

describe('featuredProducts', () => {
  it('takes featured products only, best sellers first, ties by slug, up to the limit', () => {
    const products = [p('d', true, 5), p('a', false, 99), p('c', true, 5), p('b', true, 50)];
    expect(featuredProducts(products).map((x) => x.slug)).toEqual(['b', 'c', 'd']);
    expect(featuredProducts(products, 2).map((x) => x.slug)).toEqual(['b', 'c']);
  });
});

describe('categoryFaces', () => {
  it('counts products per category and picks the best seller as its face', () => {
    const faces = categoryFaces([p('a', false, 1, 'jas'), p('b', false, 9, 'jas'), p('c', false, 9, 'jas'), p('d', false, 3, 'tas')]);
    expect(faces.get('jas')).toMatchObject({ count: 3, face: { slug: 'b' } });
    expect(faces.get('tas')).toMatchObject({ count: 1, face: { slug: 'd' } });
  });
});
