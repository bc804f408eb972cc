/**
 * Layouts of the share images (Open Graph, 1200 x 630) of products, categories and the home
 * page, as plain element trees that @vercel/og (satori) renders. Pure: the caller reads the
 * images and formats the words, so a layout is a function of its inputs and the PNG cache can
 * key on them. Satori only knows flexbox and inline styles, and every element with more than
 * one child needs display: flex.
 */

export const shareImageSize = { width: 1200, height: 630 } as const;

/** The element shape satori accepts (what JSX would produce). */
export type ShareNode = {
  type: string;
  props: { style?: Record<string, string | number>; children?: ShareChild | ShareChild[]; [attribute: string]: unknown };
};
type ShareChild = ShareNode | string;

export type ShareTheme = {
  brand: string;
  primary: string;
  primaryContrast: string;
  accent: string;
  ink: string;
  /** Data URI of the brand mark. */
  mark: string;
};

function h(
  type: string,
  style: Record<string, string | number>,
  children?: ShareChild | ShareChild[],
  attributes: Record<string, unknown> = {},
): ShareNode {
  return { type, props: { style, ...(children === undefined ? {} : { children }), ...attributes } };
}

function img(src: string, width: number, height: number, style: Record<string, string | number> = {}): ShareNode {
  return h('img', { width, height, ...style }, undefined, { src, width, height });
}

const muted = '#4a5661';
const sale = '#b42318';
const studio = '#f1f3f5';

function brandRow(theme: ShareTheme, color: string): ShareNode {
  return h('div', { display: 'flex', alignItems: 'center', gap: 16 }, [
    img(theme.mark, 52, 52),
    h('div', { fontSize: 34, color, letterSpacing: -0.5 }, theme.brand),
  ]);
}

export type ProductShareInput = {
  theme: ShareTheme;
  /** The product's main image as a data URI (SVG, PNG or JPEG). */
  image: string;
  /** The category's name, above the product's. */
  eyebrow: string;
  name: string;
  /** "vanaf" / "from" when variant prices differ. */
  from?: string | undefined;
  price: string;
  /** The struck-through former price of a product on sale, and its badge ("-20%"). */
  was?: string | undefined;
  badge?: string | undefined;
  /** Swatch colours (hex) and their summary ("3 kleuren"). */
  swatches: readonly string[];
  colorsLabel: string;
  /** A promise along the bottom ("Gratis verzending vanaf € 50"). */
  note: string;
};

/** Keeps a number with its unit ("20 L") on one line; satori breaks at any space. */
export function keepUnits(text: string): string {
  return text.replace(/(\d) (?=(?:L|l|cm|mm|m|kg|g|ml|st\.?|stuks|pcs)\b)/g, '$1\u00a0');
}

/** Long names get a smaller size, so three lines hold every name of the demo catalog. */
export function nameFontSize(name: string): number {
  return name.length > 34 ? 44 : name.length > 22 ? 48 : 54;
}

export function productShareImage(input: ProductShareInput): ShareNode {
  const { theme } = input;
  const { height } = shareImageSize;
  const priceRow = h('div', { display: 'flex', alignItems: 'baseline', gap: 16, flexWrap: 'wrap' }, [
    ...(input.from ? [h('div', { fontSize: 30, color: muted }, input.from)] : []),
    h('div', { fontSize: 56, color: input.was ? sale : theme.ink, letterSpacing: -1 }, input.price),
    ...(input.was ? [h('div', { fontSize: 32, color: muted, textDecoration: 'line-through' }, input.was)] : []),
  ]);
  const swatches = h('div', { display: 'flex', alignItems: 'center', gap: 10 }, [
    ...input.swatches
      .slice(0, 6)
      .map((hex) => h('div', { width: 30, height: 30, borderRadius: 15, background: hex, border: '2px solid rgba(0,0,0,0.15)' })),
    h('div', { fontSize: 24, color: muted, marginLeft: 8 }, input.colorsLabel),
  ]);
  return h('div', { display: 'flex', width: '100%', height: '100%', background: '#ffffff', fontFamily: 'Geist' }, [
    h('div', { display: 'flex', position: 'relative', width: height, height, background: studio }, [
      img(input.image, height, height),
      ...(input.badge
        ? [
            h(
              'div',
              {
                position: 'absolute',
                top: 36,
                left: 36,
                padding: '8px 20px',
                borderRadius: 999,
                background: sale,
                color: '#ffffff',
                fontSize: 30,
              },
              input.badge,
            ),
          ]
        : []),
    ]),
    h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flex: 1, padding: '44px 52px 44px 52px' }, [
      brandRow(theme, theme.primary),
      h('div', { display: 'flex', flexDirection: 'column', gap: 18 }, [
        h('div', { fontSize: 24, color: muted, textTransform: 'uppercase', letterSpacing: 2 }, input.eyebrow),
        h(
          'div',
          { display: 'block', fontSize: nameFontSize(input.name), lineHeight: 1.08, color: theme.ink, letterSpacing: -1, lineClamp: 3 },
          keepUnits(input.name),
        ),
        priceRow,
        swatches,
      ]),
      h(
        'div',
        {
          display: 'flex',
          alignSelf: 'flex-start',
          padding: '10px 20px',
          borderRadius: 999,
          background: theme.primary,
          color: theme.primaryContrast,
          fontSize: 24,
        },
        input.note,
      ),
    ]),
  ]);
}

export type CategoryShareInput = {
  theme: ShareTheme;
  name: string;
  description: string;
  /** "9 producten". */
  count: string;
  /** Up to four product images (data URIs), best sellers first. */
  images: readonly string[];
};

export function categoryShareImage(input: CategoryShareInput): ShareNode {
  const { theme } = input;
  const tiles = input.images.slice(0, 4);
  const tile = 250;
  return h(
    'div',
    {
      display: 'flex',
      width: '100%',
      height: '100%',
      background: theme.primary,
      color: theme.primaryContrast,
      fontFamily: 'Geist',
      padding: 56,
      gap: 48,
    },
    [
      h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flex: 1 }, [
        brandRow(theme, theme.primaryContrast),
        h('div', { display: 'flex', flexDirection: 'column', gap: 20 }, [
          h('div', { display: 'block', fontSize: 76, lineHeight: 1.02, letterSpacing: -2, lineClamp: 2 }, input.name),
          h('div', { fontSize: 28, lineHeight: 1.35, opacity: 0.9 }, input.description),
        ]),
        h(
          'div',
          {
            display: 'flex',
            alignSelf: 'flex-start',
            padding: '10px 22px',
            borderRadius: 999,
            background: theme.accent,
            color: theme.ink,
            fontSize: 26,
          },
          input.count,
        ),
      ]),
      h(
        'div',
        { display: 'flex', flexWrap: 'wrap', width: tile * 2 + 18, gap: 18, alignContent: 'center' },
        tiles.map((src) => img(src, tile, tile, { borderRadius: 24 })),
      ),
    ],
  );
}

export type HomeShareInput = {
  theme: ShareTheme;
  tagline: string;
  /** Short promises shown as pills ("Gratis verzending vanaf € 50"). */
  promises: readonly string[];
  /** The hero picture as a data URI, 4:3. */
  image: string;
};

export function homeShareImage(input: HomeShareInput): ShareNode {
  const { theme } = input;
  return h(
    'div',
    {
      display: 'flex',
      width: '100%',
      height: '100%',
      background: theme.primary,
      color: theme.primaryContrast,
      fontFamily: 'Geist',
      padding: '56px 0 56px 56px',
    },
    [
      h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: 540 }, [
        brandRow(theme, theme.primaryContrast),
        h('div', { display: 'block', fontSize: 64, lineHeight: 1.05, letterSpacing: -2, lineClamp: 4 }, input.tagline),
        h(
          'div',
          { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 10 },
          input.promises.map((promise) =>
            h(
              'div',
              { display: 'flex', padding: '8px 18px', borderRadius: 999, background: 'rgba(255,255,255,0.14)', fontSize: 24 },
              promise,
            ),
          ),
        ),
      ]),
      h('div', { display: 'flex', flex: 1, alignItems: 'center', justifyContent: 'center' }, [img(input.image, 604, 453)]),
    ],
  );
}
