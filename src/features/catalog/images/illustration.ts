/**
 * The frame every product illustration shares: a square 1200 x 1200 canvas on a light studio
 * background with a soft floor shadow. Templates draw only the product, in that coordinate
 * space; detail images are close-ups of another view, so a template draws each part once.
 */
import type { ImageAngle } from '../catalog.schema.ts';
import type { Palette } from './palette.ts';
import { REFLECTIVE } from './palette.ts';

export const CANVAS = 1200;
const BACKGROUND = '#f1f3f5';

export type Illustration = {
  /** Product markup per angle (not detail), in canvas coordinates. */
  views: Partial<Record<Exclude<ImageAngle, 'detail'>, string>>;
  /** The detail image magnifies view `of` around (x, y). */
  detail: { of: Exclude<ImageAngle, 'detail'>; x: number; y: number; zoom: number };
  /** Floor shadow: centre y and half width; omitted for products shown from above. */
  shadow?: { y: number; rx: number };
};

/** A template turns a palette (one product colour) into an illustration. */
export type Template = (palette: Palette) => Illustration;

/**
 * Shared classes keep every file small: `s` darkens and `h` lightens whatever lies beneath
 * (so one shading path works on every colour), `z` is a zip or seam in the trim colour, `r`
 * reflective print, `t` solid trim (buckles, hooks), `d` the inside of hoods and bags, `n` a
 * stitched seam.
 */
function style(p: Palette): string {
  return (
    `<style>g{stroke:${p.line};stroke-width:6;stroke-linejoin:round;stroke-linecap:round}` +
    `.s{fill:#000;fill-opacity:.13;stroke:none}.h{fill:#fff;fill-opacity:.14;stroke:none}` +
    `.z{fill:none;stroke:${p.trim};stroke-width:9}.n{fill:none;stroke-width:4;stroke-dasharray:10 9}` +
    `.r{fill:${REFLECTIVE};stroke:#9aa3ab;stroke-width:3}.t{fill:${p.trim};stroke:none}.d{fill:${p.deep}}.b{fill:${p.base}}</style>`
  );
}

export function renderIllustration(template: Template, palette: Palette, angle: ImageAngle): string {
  const illustration = template(palette);
  const open = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 ${CANVAS} ${CANVAS}" width="${CANVAS}" height="${CANVAS}">${style(palette)}<rect width="${CANVAS}" height="${CANVAS}" fill="${BACKGROUND}"/>`;
  if (angle === 'detail') {
    const { of, x, y, zoom } = illustration.detail;
    const view = illustration.views[of];
    if (!view) throw new Error(`detail refers to missing view "${of}"`);
    const half = CANVAS / 2;
    return `${open}<g transform="translate(${half} ${half}) scale(${zoom}) translate(${-x} ${-y})">${view}</g></svg>`;
  }
  const view = illustration.views[angle];
  if (!view) throw new Error(`no "${angle}" view`);
  const shadow = illustration.shadow
    ? `<ellipse cx="600" cy="${illustration.shadow.y}" rx="${illustration.shadow.rx}" ry="${Math.round(illustration.shadow.rx / 9)}" fill="#000" fill-opacity=".08"/>`
    : '';
  return `${open}${shadow}<g>${view}</g></svg>`;
}

/** Mirrors markup drawn for the left half onto the right half (x -> 1200 - x). */
export function mirrored(markup: string): string {
  return `${markup}<g transform="matrix(-1 0 0 1 ${CANVAS} 0)">${markup}</g>`;
}
