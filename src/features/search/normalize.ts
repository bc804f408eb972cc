/**
 * Text normalisation shared by the index builder, the query parser and the highlighter, so a
 * word is turned into the same term wherever it is met. Pure and browser-safe.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { colorInflections, dutchStemExceptions } from './lexicon.ts';

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Lower-case without diacritics: "Café Ëffe" -> "cafe effe". Shoppers on a phone rarely type
 * accents, and Dutch writes them only for stress and hiatus (zeeën, één).
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

// A word is letters and digits; an apostrophe inside a word ("sou'wester") is dropped and a
// possessive or Dutch plural "'s" at the end ("poncho's", "kids'") leaves the word itself.
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*['\u2019]?/gu;
const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/** Folds one raw word as matched by WORD: apostrophes and a trailing "'s" go. */
function cleanWord(raw: string): string {
  let word = raw;
  if (/['\u2019]s$/.test(word) && word.length > 3) word = word.slice(0, -2);
  return word.replace(/['\u2019]/g, '');
}

/**
 * Splits text into folded words. Hyphenated words count as their parts and as one joined
 * word ("over-trousers" -> over, trousers, overtrousers), because shoppers write either.
 */
export function tokenize(text: string, { joinHyphenated = true }: { joinHyphenated?: boolean } = {}): string[] {
  const folded = foldText(text);
  const words: string[] = [];
  for (const match of folded.matchAll(WORD)) {
    const word = cleanWord(match[0]);
    if (word) words.push(word);
  }
  if (joinHyphenated) for (const match of folded.matchAll(HYPHENATED)) words.push(match[0].replaceAll('-', ''));
  return words;
}

const VOWELS = 'aeiouy';
const DOUBLE_CONSONANT = /([bdfgklmnprstz])\1$/;

function isException(word: string): boolean {
  if (dutchStemExceptions.has(word)) return true;
  // Compounds ending in an exception keep it too: "motregen", "stadsfiets", "slobkous".
  for (let cut = 1; cut <= word.length - 4; cut++) {
    if (dutchStemExceptions.has(word.slice(cut))) return true;
  }
  return false;
}

/**
 * Light Dutch stemming: plural -en/-s and diminutive -je/-tje/-jes, so "regenjassen",
 * "regenjasje" and "regenjas" are one term. Deliberately light: a full Snowball stemmer
 * conflates too much for product names and costs more code than the browser budget likes.
 */
export function stemDutch(word: string): string {
  const colour = colorInflections[word];
  if (colour) return colour;
  if (word.length < 4 || /\d/.test(word) || isException(word)) return word;
  let stem = word;

  // Diminutive: -jes/-je, with the -tje/-pje/-etje variants that Dutch adds after some sounds.
  if (stem.endsWith('jes')) stem = stem.slice(0, -1);
  if (stem.endsWith('je') && stem.length >= 5) {
    const before = stem.slice(0, -2);
    if (before.endsWith('et') && before.length >= 5 && DOUBLE_CONSONANT.test(before.slice(0, -2))) {
      stem = before.slice(0, -3); // balletje -> bal
    } else if ((before.endsWith('t') || before.endsWith('p')) && before.length >= 4) {
      const root = before.slice(0, -1);
      const last = root.at(-1)!;
      // -tje after a vowel or l/n/r/w (stoeltje), -pje after m (boompje); otherwise -t is the word's own (petje).
      stem =
        (before.endsWith('t') && (VOWELS.includes(last) || 'lnrw'.includes(last))) || (before.endsWith('p') && last === 'm')
          ? root
          : before;
    } else {
      stem = before;
    }
    return stem;
  }

  // Plural -en: jassen -> jas, broeken -> broek, huizen -> huis.
  if (stem.endsWith('en') && stem.length >= 5 && !VOWELS.includes(stem.at(-3)!)) {
    stem = stem.slice(0, -2);
    if (DOUBLE_CONSONANT.test(stem)) stem = stem.slice(0, -1);
    else if (stem.endsWith('z')) stem = `${stem.slice(0, -1)}s`;
    else if (stem.endsWith('v')) stem = `${stem.slice(0, -1)}f`;
    return stem;
  }

  // Plural -s after -e, -o or an unstressed -el/-er/-em/-en: capes, ponchos, fietsers, zadels.
  // Not after a/i/u: those are the word's own s (jas, tas, reis, bus); Dutch writes "auto's".
  if (/(?:[^e]es|[^o]os|e[lrmn]s)$/.test(stem) && stem.length >= 5) return stem.slice(0, -1);
  return stem;
}

/** Light English stemming: plural -s/-es/-ies (jackets, boxes, batteries). */
export function stemEnglish(word: string): string {
  if (word.length < 4 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(?:x|ch|sh|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/[siu]s$/.test(word)) return word.slice(0, -1);
  return word;
}

export function stem(word: string, locale: Locale): string {
  return locale === 'nl' ? stemDutch(word) : stemEnglish(word);
}
