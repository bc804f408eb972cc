/**
 * What to show when a search finds nothing: a corrected query when the words are further off
 * than the search's own typo tolerance, the categories most bought from and the most popular
 * products, so a shopper always has somewhere to go.
 */
import { analyzeQuery } from './analyze.ts';
import { boundedEditDistance } from './edit-distance.ts';
import type { IndexableCategory, SearchDocument, SearchIndex } from './search-index.ts';
import { search } from './search.ts';

export type EmptySearchSuggestions = {
  /** A query that does find something ("regnjassn" -> "regenjas"), or null. */
  didYouMean: string | null;
  categories: IndexableCategory[];
  products: SearchDocument[];
};

// Popularity of a category is read from this many best-selling products.
const POPULAR_SAMPLE = 200;

/** The closest index term to a word, further off than the search tolerates; null when none is near. */
function closestTerm(index: SearchIndex, word: string): string | null {
  if (index.termIds.has(word) || word.length < 3) return word;
  const max = Math.min(3, Math.ceil(word.length / 3));
  let best: string | null = null;
  let bestDistance = max + 1;
  let bestFrequency = 0;
  for (let id = 0; id < index.terms.length; id++) {
    const term = index.terms[id]!;
    const distance = boundedEditDistance(word, term, Math.min(max, bestDistance));
    if (distance > max) continue;
    const frequency = index.documentFrequency(id);
    if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
      best = term;
      bestDistance = distance;
      bestFrequency = frequency;
    }
  }
  return best;
}

export function suggestWhenEmpty(index: SearchIndex, query: string, { limit = 4 }: { limit?: number } = {}): EmptySearchSuggestions {
  let didYouMean: string | null = null;
  const clauses = analyzeQuery(query, index.lexicon);
  if (clauses.length > 0) {
    const corrected = clauses.map((clause) => closestTerm(index, clause.variants[0]!.term));
    const candidate = corrected.every((word) => word !== null) ? corrected.join(' ') : null;
    if (candidate && candidate !== clauses.map((c) => c.variants[0]!.term).join(' ') && search(index, candidate, { limit: 1 }).length > 0) {
      didYouMean = candidate;
    }
  }

  const perCategory = new Map<string, number>();
  for (const doc of index.docs.slice(0, POPULAR_SAMPLE)) perCategory.set(doc.category, (perCategory.get(doc.category) ?? 0) + 1);
  const categories = [...index.categories]
    .filter((c) => perCategory.has(c.slug))
    .sort((a, b) => perCategory.get(b.slug)! - perCategory.get(a.slug)!)
    .slice(0, limit);
  return { didYouMean, categories, products: index.docs.slice(0, limit) };
}
