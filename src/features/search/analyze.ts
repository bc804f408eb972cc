/**
 * Turns product text and shopper queries into index terms: tokenise, drop stop words, stem,
 * split Dutch compounds on known product-type heads, expand synonyms and colour words. The
 * index builder and the query parser both go through here, so they always agree.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import { colorInflections, colorWords, compoundHeads, stopWords, synonymGroups } from './lexicon.ts';
import { foldText, stem, tokenize } from './normalize.ts';

/** A term with how much it counts: a compound's parts count less than the whole word. */
export type WeightedTerm = { term: string; weight: number };

/** Weight of a head or modifier split off a compound, relative to the whole word. */
export const COMPOUND_PART_WEIGHT = 0.7;
const MIN_MODIFIER = 4;
const MIN_HEAD = 3;

export type Lexicon = {
  locale: Locale;
  /** Stemmed compound heads, longest first. */
  heads: readonly string[];
  /** Stemmed word -> the other stemmed words of its synonym groups. */
  synonyms: ReadonlyMap<string, readonly string[]>;
  /** Stemmed colour word -> colour ids it names. */
  colorIdsByWord: ReadonlyMap<string, readonly string[]>;
};

function addToMap<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * The lexicon for one locale, with every word stemmed as the index stems it. `extraHeads`
 * are words that name product types in this catalog (category names), `colors` the colour
 * ids and names of the catalog, so a fork's own colours work without touching the lexicon.
 */
export function createLexicon(
  locale: Locale,
  extraHeads: readonly string[] = [],
  colors: readonly { id: string; name: { nl: string; en: string } }[] = [],
): Lexicon {
  const normalizeWord = (word: string) => stem(foldText(word), locale);
  const synonyms = new Map<string, string[]>();
  const headSet = new Set<string>();
  for (const group of synonymGroups) {
    const stems = [...new Set(group.map(normalizeWord))];
    for (const word of stems) {
      for (const other of stems) if (other !== word) addToMap(synonyms, word, other);
      // Short English words (bar, men, kid) would split too much; the heads list names those that matter.
      if (word.length >= 4 && /^[a-z]+$/.test(word)) headSet.add(word);
    }
  }
  for (const head of [...compoundHeads, ...extraHeads.flatMap((text) => tokenize(text))]) {
    const word = normalizeWord(head);
    if (word.length >= MIN_HEAD && !stopWords.has(word)) headSet.add(word);
  }

  const colorIdsByWord = new Map<string, string[]>();
  const colourEntries = new Map<string, string[]>();
  for (const [id, words] of Object.entries(colorWords)) colourEntries.set(id, [id, ...words]);
  for (const { id, name } of colors)
    colourEntries.set(id, [...(colourEntries.get(id) ?? [id]), ...tokenize(name.nl), ...tokenize(name.en)]);
  for (const [id, words] of colourEntries) for (const word of words) addToMap(colorIdsByWord, normalizeWord(word), id);

  return { locale, heads: [...headSet].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)), synonyms, colorIdsByWord };
}

/**
 * The heads and modifiers of a compound: "kinderregenjas" -> regenjas, kinder, jas,
 * kinderregen. Only known heads split a word, which keeps "kompas" from becoming "kom"+"pas".
 */
export function splitCompound(word: string, heads: readonly string[]): string[] {
  const parts: string[] = [];
  for (const head of heads) {
    if (word.length - head.length < MIN_HEAD || !word.endsWith(head)) continue;
    parts.push(head);
    const modifier = word.slice(0, -head.length);
    if (modifier.length >= MIN_MODIFIER && !stopWords.has(modifier)) parts.push(modifier);
  }
  return parts;
}

/**
 * Index terms of a text with their weight and count: whole words weigh 1, compound parts
 * COMPOUND_PART_WEIGHT. Returns term -> [summed weight].
 */
export function analyzeText(text: string, lexicon: Lexicon, into = new Map<string, number>()): Map<string, number> {
  for (const word of tokenize(text)) {
    if (stopWords.has(word)) continue;
    const term = stem(word, lexicon.locale);
    if (term.length < 2 && !/\d/.test(term)) continue;
    into.set(term, (into.get(term) ?? 0) + 1);
    for (const part of splitCompound(term, lexicon.heads)) into.set(part, (into.get(part) ?? 0) + COMPOUND_PART_WEIGHT);
  }
  return into;
}

export type QueryVariant = {
  term: string;
  /** 1 for the word as typed (stemmed), less for synonyms and compound parts. */
  weight: number;
  /** Typo tolerance and prefix matching apply to the shopper's own word only. */
  own: boolean;
};

export type QueryClause = {
  /** The word as typed, folded. */
  text: string;
  variants: QueryVariant[];
  /** The last word of a query is still being typed: it also matches as a prefix. */
  prefix: boolean;
  /** Colour ids this word names, if it is a colour word. */
  colorIds: readonly string[];
  /**
   * A compound's parts ("kinderjas" -> jas, kinder): when the whole word is not in the
   * index, the search looks for all parts instead.
   */
  parts: readonly string[];
};

export const SYNONYM_WEIGHT = 0.85;

/** One clause for a stemmed term, with its synonyms. */
export function clauseFor(text: string, term: string, prefix: boolean, lexicon: Lexicon): QueryClause {
  const variants: QueryVariant[] = [{ term, weight: 1, own: true }];
  for (const synonym of lexicon.synonyms.get(term) ?? []) {
    if (!variants.some((v) => v.term === synonym)) variants.push({ term: synonym, weight: SYNONYM_WEIGHT, own: false });
  }
  return { text, variants, prefix, colorIds: lexicon.colorIdsByWord.get(term) ?? [], parts: splitCompound(term, lexicon.heads) };
}

/**
 * Parses a query into clauses, one per word. Stop words are dropped unless they are all there
 * is or the word being typed ("over" becomes "overschoenen").
 */
export function analyzeQuery(query: string, lexicon: Lexicon): QueryClause[] {
  const words = tokenize(query, { joinHyphenated: false });
  const typing = !/\s$/.test(query);
  const clauses: QueryClause[] = [];
  words.forEach((word, i) => {
    const last = i === words.length - 1;
    if (stopWords.has(word) && !(last && typing) && words.length > 1) return;
    const term = stem(colorInflections[word] ?? word, lexicon.locale);
    clauses.push(clauseFor(word, term, last && typing, lexicon));
  });
  return clauses;
}
