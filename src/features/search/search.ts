/**
 * Querying the index: each query word becomes a clause that matches exact terms, synonyms,
 * prefixes (the word being typed) and near misses (typos); a product's score is the sum of
 * its best hit per clause. Products that match every word come first; when none does, those
 * that match the most words are shown instead of nothing.
 */
import { analyzeQuery, clauseFor, type QueryClause } from './analyze.ts';
import { allowedEdits, boundedEditDistance } from './edit-distance.ts';
import { postingWeight, type SearchIndex } from './search-index.ts';

export type SearchHit = {
  slug: string;
  name: string;
  category: string;
  priceCents: number;
  score: number;
  /** Index terms this product matched, for highlight(). */
  matches: string[];
  /** Colours of this product that the query named ("gele regenjas" -> geel): show that variant. */
  colors: string[];
};

export type SearchOptions = { limit?: number };

/** How much a match counts next to an exact hit of the same word. */
export const matchWeights = { prefixBase: 0.55, prefixPerLetter: 0.35, typo1: 0.6, typo2: 0.4 } as const;
const MIN_PREFIX = 2;
// A two-letter prefix can match hundreds of words; the shortest ones are what the shopper means.
const MAX_PREFIX_TERMS = 60;

type TermMatches = Map<number, number>;

function lowerBound(terms: readonly string[], word: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type ClauseMatch = {
  /** Term id -> how much a hit counts (match quality times variant weight). */
  terms: TermMatches;
  /** Whether the shopper's own word matched exactly (stemmed). */
  exact: boolean;
  /** Whether it matched at all: exactly, as a prefix or with a typo. */
  own: boolean;
  /**
   * The idf every match of this clause uses: that of the word as typed when it is in the
   * index. Otherwise a rare synonym ("regenjack") or typo neighbour would outscore the word
   * the shopper actually typed, only because it is rarer.
   */
  idfCap: number;
  colorIds: readonly string[];
};

function idfOf(index: SearchIndex, termId: number): number {
  return Math.log(1 + index.docs.length / index.documentFrequency(termId));
}

/** Terms of the index that a clause matches, with how much each counts. */
export function matchClause(index: SearchIndex, clause: QueryClause): ClauseMatch {
  const terms: TermMatches = new Map();
  let own = false;
  let exactOwn = false;
  let idfCap = Infinity;
  const add = (id: number, weight: number) => {
    if ((terms.get(id) ?? 0) < weight) terms.set(id, weight);
  };
  for (const variant of clause.variants) {
    const exact = index.termIds.get(variant.term);
    if (exact !== undefined) {
      add(exact, variant.weight);
      if (variant.own) {
        exactOwn = own = true;
        idfCap = idfOf(index, exact);
      }
    }
    if (!variant.own) continue;
    const word = variant.term;
    if (clause.prefix && word.length >= MIN_PREFIX) {
      const candidates: number[] = [];
      for (let id = lowerBound(index.terms, word); id < index.terms.length && index.terms[id]!.startsWith(word); id++) candidates.push(id);
      if (candidates.length > MAX_PREFIX_TERMS)
        candidates.sort((a, b) => index.terms[a]!.length - index.terms[b]!.length || a - b).length = MAX_PREFIX_TERMS;
      for (const id of candidates) {
        if (id === exact) continue;
        add(id, variant.weight * (matchWeights.prefixBase + (matchWeights.prefixPerLetter * word.length) / index.terms[id]!.length));
        own = true;
      }
    }
    // A word that is in the index as typed is taken as meant: "geel" does not also look for "veel".
    const edits = exact === undefined ? allowedEdits(word) : 0;
    if (edits > 0) {
      for (let id = 0; id < index.terms.length; id++) {
        const term = index.terms[id]!;
        if (Math.abs(term.length - word.length) > edits || id === exact) continue;
        const distance = boundedEditDistance(word, term, edits);
        if (distance > edits) continue;
        add(id, variant.weight * (distance === 1 ? matchWeights.typo1 : matchWeights.typo2));
        own = true;
      }
    }
  }
  if (!exactOwn) {
    // No exact hit: every match counts with the idf of the best one, so among prefix or typo
    // neighbours a rare word does not beat the likelier one.
    let bestWeight = 0;
    for (const [id, weight] of terms) {
      if (weight > bestWeight || (weight === bestWeight && idfOf(index, id) < idfCap)) {
        bestWeight = weight;
        idfCap = idfOf(index, id);
      }
    }
  }
  return { terms, exact: exactOwn, own, idfCap, colorIds: clause.colorIds };
}

type Scratch = { clause: Float64Array; total: Float64Array; matched: Uint8Array };
const scratchByIndex = new WeakMap<SearchIndex, Scratch>();

function scratchFor(index: SearchIndex): Scratch {
  let scratch = scratchByIndex.get(index);
  if (!scratch) {
    const n = index.docs.length;
    scratch = { clause: new Float64Array(n), total: new Float64Array(n), matched: new Uint8Array(n) };
    scratchByIndex.set(index, scratch);
  }
  return scratch;
}

/** Whether a posting list contains doc: lists are sorted by doc, so a binary search. */
function postingsContain(list: Int32Array, doc: number): boolean {
  let lo = 0;
  let hi = list.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = list[mid * 2]!;
    if (value === doc) return true;
    if (value < doc) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/**
 * The clauses to score: a compound that is not in the index as a whole ("kinderjas") is
 * looked for as its parts, each of which must match. Parts that are both in the index beat
 * typo neighbours of the whole ("winterjas").
 */
function resolveClauses(index: SearchIndex, clauses: QueryClause[]): ClauseMatch[] {
  return clauses.flatMap((clause) => {
    const matched = matchClause(index, clause);
    if (matched.exact || clause.parts.length < 2) return [matched];
    const [head, modifier] = clause.parts as [string, string];
    const partsKnown = index.termIds.has(head) && index.termIds.has(modifier);
    if (matched.own && !partsKnown) return [matched];
    return [head, modifier].map((part) => matchClause(index, clauseFor(part, part, false, index.lexicon)));
  });
}

/** Searches the index; `limit` defaults to 10 (use Infinity for every match, e.g. for facets). */
export function search(index: SearchIndex, query: string, { limit = 10 }: SearchOptions = {}): SearchHit[] {
  const clauses = resolveClauses(index, analyzeQuery(query, index.lexicon));
  if (clauses.length === 0) return [];
  const { clause: clauseScore, total, matched } = scratchFor(index);
  const touched: number[] = [];
  const touchedClause: number[] = [];

  for (const { terms, idfCap } of clauses) {
    for (const [termId, weight] of terms) {
      const list = index.postings(termId);
      const factor = weight * Math.min(idfCap, idfOf(index, termId));
      for (let i = 0; i < list.length; i += 2) {
        const doc = list[i]!;
        const score = postingWeight(list[i + 1]!) * factor;
        if (score > clauseScore[doc]!) {
          if (clauseScore[doc] === 0) touchedClause.push(doc);
          clauseScore[doc] = score;
        }
      }
    }
    for (const doc of touchedClause) {
      if (matched[doc] === 0) touched.push(doc);
      total[doc]! += clauseScore[doc]!;
      matched[doc]! += 1;
      clauseScore[doc] = 0;
    }
    touchedClause.length = 0;
  }

  let best = 0;
  for (const doc of touched) if (matched[doc]! > best) best = matched[doc]!;
  const ranked: { doc: number; score: number }[] = [];
  for (const doc of touched) {
    if (matched[doc] === best) ranked.push({ doc, score: total[doc]! * (best / clauses.length) });
    total[doc] = 0;
    matched[doc] = 0;
  }
  // Equal scores: the lower document number is the more popular product.
  ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
  if (ranked.length > limit) ranked.length = limit;

  const queryColors = new Set(clauses.flatMap((clause) => clause.colorIds));
  return ranked.map(({ doc, score }) => {
    const document = index.docs[doc]!;
    const matches = new Set<string>();
    for (const { terms } of clauses) {
      for (const termId of terms.keys()) if (postingsContain(index.postings(termId), doc)) matches.add(index.terms[termId]!);
    }
    return {
      slug: document.slug,
      name: document.name,
      category: document.category,
      priceCents: document.priceCents,
      score: Math.round(score * 1000) / 1000,
      matches: [...matches],
      colors: document.colors.filter((c) => queryColors.has(c)),
    };
  });
}
