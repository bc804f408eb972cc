/**
 * Splits a text into plain and matched segments for rendering <mark>, from the index terms a
 * search hit reports. A word is matched when it stems to a term ("Regenjassen" for
 * "regenjas"); inside a compound only the matched part is marked ("Kinderregen<mark>jas</mark>"
 * for "jas"), which shows the shopper why a product came up.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { foldText, stem } from './normalize.ts';

export type HighlightSegment = { text: string; match: boolean };

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;
// Parts shorter than this inside a longer word would light up everywhere ("as" in "tas").
const MIN_PART = 3;

/** Folds a word character by character, so offsets in the folded word map back to the original. */
function foldWithOffsets(word: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of word) {
    const f = foldText(char).replace(/['\u2019]/g, '');
    for (let k = 0; k < f.length; k++) offsets.push(index);
    folded += f;
    index += char.length;
  }
  offsets.push(word.length);
  return { folded, offsets };
}

export function highlight(text: string, terms: readonly string[], locale: Locale = 'nl'): HighlightSegment[] {
  const wanted = new Set(terms.filter(Boolean));
  const spans: [number, number][] = [];
  if (wanted.size > 0) {
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      const start = match.index;
      const { folded, offsets } = foldWithOffsets(word);
      const plain = folded.replace(/s$/, '');
      if (wanted.has(stem(folded, locale)) || wanted.has(folded) || wanted.has(plain)) {
        spans.push([start, start + word.length]);
        continue;
      }
      for (const term of wanted) {
        if (term.length < MIN_PART) continue;
        const at = folded.indexOf(term);
        if (at >= 0) spans.push([start + offsets[at]!, start + offsets[at + term.length]!]);
      }
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  for (const [from, to] of spans) {
    if (to <= cursor) continue;
    const begin = Math.max(from, cursor);
    if (begin > cursor) segments.push({ text: text.slice(cursor, begin), match: false });
    const last = segments.at(-1);
    if (last?.match && begin === cursor) last.text += text.slice(begin, to);
    else segments.push({ text: text.slice(begin, to), match: true });
    cursor = to;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}
