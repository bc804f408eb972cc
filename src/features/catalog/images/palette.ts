/**
 * The colours an illustration is painted with, derived from one swatch hex so that every
 * colour a product comes in gets matching seams, shadows and contrasting trims.
 */
export type Palette = {
  base: string;
  /** Seams and outlines: darker than base, or lighter when base is almost black. */
  line: string;
  /** Panels in shadow. */
  shade: string;
  /** Inside of hoods and bags. */
  deep: string;
  /** Zips, buckles and webbing: contrasts with base. */
  trim: string;
};

/** Reflective print: the silver-grey that real reflective tape shows in daylight. */
export const REFLECTIVE = '#d5dadf';

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Mixes `hex` towards `target` by `amount` (0..1). */
export function mix(hex: string, target: string, amount: number): string {
  const a = channels(hex);
  const b = channels(target);
  return toHex([0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * amount) as [number, number, number]);
}

/** Relative luminance (WCAG), 0 for black to 1 for white. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function paletteFor(hex: string): Palette {
  const dark = luminance(hex) < 0.04;
  return {
    base: hex.toLowerCase(),
    line: dark ? mix(hex, '#ffffff', 0.3) : mix(hex, '#000000', 0.45),
    shade: dark ? mix(hex, '#ffffff', 0.08) : mix(hex, '#000000', 0.16),
    deep: dark ? mix(hex, '#000000', 0.5) : mix(hex, '#000000', 0.42),
    trim: luminance(hex) < 0.12 ? '#c3c9cf' : '#2b3036',
  };
}
