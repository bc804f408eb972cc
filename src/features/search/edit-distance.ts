/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition), bounded: the
 * search only cares whether two words are within 1 or 2 edits, so it gives up as soon as
 * every path is over the bound. Transpositions count once because they are the most common
 * typo on a phone ("poncoh", "fietstsa"), which plain Levenshtein counts as two.
 */

// Reused rows: one search compares the query with thousands of words; no allocation per word.
let previous2 = new Int32Array(32);
let previous = new Int32Array(32);
let current = new Int32Array(32);

/** Edit distance of a and b, or max + 1 when it is larger than max. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  if (previous.length <= n) {
    previous2 = new Int32Array(n + 1);
    previous = new Int32Array(n + 1);
    current = new Int32Array(n + 1);
  }
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) value = Math.min(value, previous2[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return Math.min(previous[n]!, max + 1);
}

/** How many edits a query word may have, by its length: 1 from 4 letters, 2 from 8. */
export function allowedEdits(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;
  return 0;
}
