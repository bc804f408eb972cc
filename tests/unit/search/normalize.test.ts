import { describe, expect, it } from 'vitest';
import { analyzeQuery, analyzeText, createLexicon, splitCompound } from '../../../src/features/search/analyze.ts';
import { allowedEdits, boundedEditDistance } from '../../../src/features/search/edit-distance.ts';
import { foldText, stem, stemDutch, stemEnglish, tokenize } from '../../../src/features/search/normalize.ts';

describe('foldText and tokenize', () => {
  it('lower-cases and folds diacritics', () => {
    expect(foldText('Café Ëffe KNIEËN één')).toBe('cafe effe knieen een');
  });

  it("drops apostrophes and a trailing 's", () => {
    expect(tokenize("Poncho's & capes")).toEqual(['poncho', 'capes']);
    expect(tokenize('sou’wester, kids’')).toEqual(['souwester', 'kids']);
  });

  it('keeps hyphenated words as parts and joined', () => {
    expect(tokenize('full-zip over-trousers')).toEqual(['full', 'zip', 'over', 'trousers', 'fullzip', 'overtrousers']);
    expect(tokenize('over-trousers', { joinHyphenated: false })).toEqual(['over', 'trousers']);
  });

  it('keeps numbers', () => {
    expect(tokenize('Fietstas 20 L, 46L')).toEqual(['fietstas', '20', 'l', '46l']);
  });
});

describe('Dutch stemming', () => {
  it.each([
    ['regenjassen', 'regenjas'],
    ['regenjas', 'regenjas'],
    ['jassen', 'jas'],
    ['broeken', 'broek'],
    ['tassen', 'tas'],
    ['handschoenen', 'handschoen'],
    ['overschoenen', 'overschoen'],
    ['stuurmoffen', 'stuurmof'],
    ['kinderen', 'kinder'],
    ['huizen', 'huis'],
    ['capes', 'cape'],
    ['ponchos', 'poncho'],
    ['fietsers', 'fietser'],
    ['zadels', 'zadel'],
  ])('plural %s -> %s', (word, expected) => expect(stemDutch(word)).toBe(expected));

  it.each([
    ['zadeltasje', 'zadeltas'],
    ['zadeltasjes', 'zadeltas'],
    ['jasje', 'jas'],
    ['stoeltje', 'stoel'],
    ['boompje', 'boom'],
    ['balletje', 'bal'],
    ['petje', 'pet'],
  ])('diminutive %s -> %s', (word, expected) => expect(stemDutch(word)).toBe(expected));

  it.each(['regen', 'motregen', 'fiets', 'stadsfiets', 'kompas', 'helmhoes', 'slobkous', 'oranje', 'tas', 'jas', 'kaas'])(
    'leaves %s alone',
    (word) => expect(stemDutch(word)).toBe(word),
  );

  it('reads inflected colour adjectives as the colour', () => {
    expect(['zwarte', 'gele', 'rode', 'grijze', 'witte'].map(stemDutch)).toEqual(['zwart', 'geel', 'rood', 'grijs', 'wit']);
  });
});

describe('English stemming', () => {
  it.each([
    ['jackets', 'jacket'],
    ['gloves', 'glove'],
    ['overshoes', 'overshoe'],
    ['boxes', 'box'],
    ['batteries', 'battery'],
    ['glass', 'glass'],
    ['bus', 'bus'],
  ])('%s -> %s', (word, expected) => expect(stemEnglish(word)).toBe(expected));

  it('is chosen by locale', () => {
    expect(stem('fietsen', 'nl')).toBe('fiets');
    expect(stem('bags', 'en')).toBe('bag');
  });
});

describe('compounds, synonyms and colours', () => {
  const lexicon = createLexicon(
    'nl',
    ['Regenjassen', 'Fietstassen'],
    [{ id: 'nachtblauw', name: { nl: 'Nachtblauw', en: 'Midnight blue' } }],
  );

  it('splits compounds on known product-type heads only', () => {
    expect(splitCompound('regenjas', lexicon.heads)).toEqual(['jas', 'regen']);
    expect(splitCompound('zadeltas', lexicon.heads)).toEqual(['tas', 'zadel']);
    expect(splitCompound('kompas', lexicon.heads)).toEqual([]);
    expect(splitCompound('kinderregenjas', lexicon.heads)).toEqual(expect.arrayContaining(['regenjas', 'kinder', 'jas']));
  });

  it('indexes compound parts at a lower weight than the whole word', () => {
    const terms = analyzeText('Regenjas, regenjassen en de jas', lexicon);
    expect(terms.get('regenjas')).toBe(2);
    expect(terms.get('jas')).toBeCloseTo(1 + 0.7 * 2);
    expect(terms.has('de')).toBe(false);
  });

  it('expands synonyms across languages', () => {
    const [clause] = analyzeQuery('jacket', lexicon);
    expect(clause?.variants.map((v) => v.term)).toEqual(expect.arrayContaining(['jacket', 'jas', 'jack']));
    const [gloves] = analyzeQuery('gloves', lexicon);
    expect(gloves?.variants.map((v) => v.term)).toContain('handschoen');
  });

  it('maps colour words in both languages to colour ids', () => {
    expect(analyzeQuery('navy', lexicon)[0]?.colorIds).toEqual(['nachtblauw']);
    expect(analyzeQuery('midnight', lexicon)[0]?.colorIds).toEqual(['nachtblauw']);
    expect(analyzeQuery('zwarte tas', lexicon)[0]?.colorIds).toEqual(['zwart']);
  });

  it('treats the last word as a prefix while typing, not after a space', () => {
    expect(analyzeQuery('gele regenj', lexicon).map((c) => c.prefix)).toEqual([false, true]);
    expect(analyzeQuery('gele regenjas ', lexicon).map((c) => c.prefix)).toEqual([false, false]);
  });

  it('drops stop words except the word being typed', () => {
    expect(analyzeQuery('de regenjas', lexicon).map((c) => c.text)).toEqual(['regenjas']);
    expect(analyzeQuery('regenjas over', lexicon).map((c) => c.text)).toEqual(['regenjas', 'over']);
  });
});

describe('edit distance', () => {
  it('counts a transposition as one edit', () => {
    expect(boundedEditDistance('poncoh', 'poncho', 2)).toBe(1);
    expect(boundedEditDistance('fietstsa', 'fietstas', 2)).toBe(1);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(boundedEditDistance('regnjas', 'regenjas', 2)).toBe(1);
    expect(boundedEditDistance('broek', 'broeken', 2)).toBe(2);
    expect(boundedEditDistance('tas', 'jas', 1)).toBe(1);
  });

  it('gives up past the bound', () => {
    expect(boundedEditDistance('regenjas', 'fietstas', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('allows more typos in longer words', () => {
    expect(['jas', 'jass', 'regenjas'].map(allowedEdits)).toEqual([0, 1, 2]);
  });
});
