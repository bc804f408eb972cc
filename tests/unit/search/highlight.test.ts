import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/features/search/highlight.ts';

const marked = (segments: { text: string; match: boolean }[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('highlight', () => {
  it('marks whole words that stem to a term', () => {
    expect(marked(highlight('Regenjas Wolkbreuk', ['regenjas']))).toBe('[Regenjas] Wolkbreuk');
    expect(marked(highlight('Twee regenjassen', ['regenjas']))).toBe('Twee [regenjassen]');
  });

  it('marks only the matched part of a compound', () => {
    expect(marked(highlight('Kinderregenjas Plasje', ['jas']))).toBe('Kinderregen[jas] Plasje');
    expect(marked(highlight('Zadeltasje Klein', ['tas', 'zadel']))).toBe('[Zadeltas]je Klein');
  });

  it('keeps the original text, accents and case included', () => {
    const segments = highlight('Verstevigde knieën, Café', ['knieen', 'cafe']);
    expect(marked(segments)).toBe('Verstevigde [knieën], [Café]');
    expect(segments.map((s) => s.text).join('')).toBe('Verstevigde knieën, Café');
  });

  it('handles apostrophes', () => {
    expect(marked(highlight("Poncho's & capes", ['poncho', 'cape']))).toBe("[Poncho's] & [capes]");
  });

  it('returns the text unmarked without terms or matches', () => {
    expect(highlight('Regenjas', [])).toEqual([{ text: 'Regenjas', match: false }]);
    expect(highlight('Regenjas', ['fiets'])).toEqual([{ text: 'Regenjas', match: false }]);
    expect(highlight('', ['x'])).toEqual([{ text: '', match: false }]);
  });

  it('uses the English stemmer for English text', () => {
    expect(marked(highlight('Waterproof gloves', ['glove'], 'en'))).toBe('Waterproof [gloves]');
  });
});
