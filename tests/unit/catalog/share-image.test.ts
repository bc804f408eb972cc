import { describe, expect, it } from 'vitest';
import {
  categoryShareImage,
  homeShareImage,
  keepUnits,
  nameFontSize,
  productShareImage,
  shareImageSize,
  type ShareNode,
  type ShareTheme,
} from '../../../src/features/catalog/share-image.ts';
import { categoryShareImagePath, homeShareImagePath, productShareImagePath } from '../../../src/features/catalog/share-image-path.ts';

const theme: ShareTheme = {
  brand: 'Plensbui',
  primary: '#0b5d6b',
  primaryContrast: '#ffffff',
  accent: '#f2b705',
  ink: '#17212b',
  mark: 'data:image/svg+xml;base64,AA==',
};

function texts(node: ShareNode | string): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

function nodes(node: ShareNode | string): ShareNode[] {
  if (typeof node === 'string') return [];
  const children = node.props.children;
  return [node, ...(children === undefined ? [] : (Array.isArray(children) ? children : [children]).flatMap(nodes))];
}

/** Satori refuses a div with several children unless it is a flex container. */
function multiChildDivsWithoutFlex(tree: ShareNode): ShareNode[] {
  return nodes(tree).filter(
    (n) => n.type === 'div' && Array.isArray(n.props.children) && n.props.children.length > 1 && n.props.style?.['display'] !== 'flex',
  );
}

const product = {
  theme,
  image: 'data:image/svg+xml;base64,BB==',
  eyebrow: 'Regenjassen',
  name: 'Regenjas Wolkbreuk',
  price: '€ 74,95',
  swatches: ['#1f3350', '#1e1f22'],
  colorsLabel: '2 kleuren',
  note: 'Gratis verzending vanaf € 50',
};

describe('share image layouts', () => {
  it('are 1200 x 630', () => {
    expect(shareImageSize).toEqual({ width: 1200, height: 630 });
  });

  it('show a product with brand, name, price, colours and image', () => {
    const tree = productShareImage({ ...product, from: 'vanaf' });
    expect(texts(tree)).toEqual(
      expect.arrayContaining([
        'Plensbui',
        'Regenjassen',
        'Regenjas Wolkbreuk',
        'vanaf',
        '€ 74,95',
        '2 kleuren',
        'Gratis verzending vanaf € 50',
      ]),
    );
    expect(
      nodes(tree)
        .filter((n) => n.type === 'img')
        .map((n) => n.props['src']),
    ).toEqual([product.image, theme.mark]);
    expect(nodes(tree).filter((n) => n.props.style?.['background'] === '#1f3350')).toHaveLength(1);
    expect(multiChildDivsWithoutFlex(tree)).toEqual([]);
  });

  it('show the former price and the badge on sale, and no "vanaf" when the price is fixed', () => {
    const tree = productShareImage({ ...product, was: '€ 89,95', badge: '-16%' });
    expect(texts(tree)).toEqual(expect.arrayContaining(['€ 89,95', '-16%']));
    expect(texts(tree)).not.toContain('vanaf');
  });

  it('show a category and a home page', () => {
    const category = categoryShareImage({
      theme,
      name: 'Regenjassen',
      description: 'Droog.',
      count: '9 producten',
      images: ['a', 'b', 'c', 'd', 'e'],
    });
    expect(texts(category)).toEqual(expect.arrayContaining(['Regenjassen', 'Droog.', '9 producten']));
    expect(nodes(category).filter((n) => n.type === 'img')).toHaveLength(5); // mark + four tiles
    const home = homeShareImage({ theme, tagline: 'Droog op de fiets', promises: ['Gratis verzending'], image: 'hero' });
    expect(texts(home)).toEqual(expect.arrayContaining(['Droog op de fiets', 'Gratis verzending']));
    expect(multiChildDivsWithoutFlex(category)).toEqual([]);
    expect(multiChildDivsWithoutFlex(home)).toEqual([]);
  });
});

describe('share image text', () => {
  it('keeps numbers with their units', () => {
    expect(keepUnits('Fietstas Grachtengordel 20 L')).toBe('Fietstas Grachtengordel 20\u00a0L');
    expect(keepUnits('Broekbanden Reflect (2 stuks)')).toBe('Broekbanden Reflect (2\u00a0stuks)');
    expect(keepUnits('Regenjas 2 Lagen')).toBe('Regenjas 2 Lagen');
  });

  it('shrinks long names', () => {
    expect(nameFontSize('Regenjas Wolkbreuk')).toBeGreaterThan(nameFontSize('Dubbele fietstas Wolkbreuk 46 L Texel'));
  });
});

describe('share image paths', () => {
  it('put the locale after /og/', () => {
    expect(productShareImagePath('nl', 'regenjas-wolkbreuk')).toBe('/og/p/regenjas-wolkbreuk.png');
    expect(productShareImagePath('en', 'regenjas-wolkbreuk')).toBe('/og/en/p/regenjas-wolkbreuk.png');
    expect(categoryShareImagePath('en', 'regenjassen')).toBe('/og/en/c/regenjassen.png');
    expect(homeShareImagePath('nl')).toBe('/og/home.png');
  });
});
