/**
 * Live stock for the "in stock only" filter. The catalog's initialStock is what a prerendered
 * page knows; the search page is rendered on demand, so it can ask the database instead. A
 * product counts as in stock when any of its variants can still be sold.
 */
import type { FacetItem } from './facets.ts';

/**
 * Items with `inStock` from the database (units available per product). A product the database
 * does not know (added to content/ after the last seed) keeps its catalog value, and so does
 * every product when the database could not be asked (`available` undefined).
 */
export function withLiveStock<T extends FacetItem>(items: readonly T[], available: ReadonlyMap<string, number> | undefined): T[] {
  if (!available) return [...items];
  return items.map((item) => {
    const units = available.get(item.slug);
    return units === undefined || units > 0 === item.inStock ? item : { ...item, inStock: units > 0 };
  });
}

/**
 * A value loaded at most once per `ttlMs`, shared by concurrent callers; a failed load yields
 * undefined (and is retried on the next call), so a database hiccup costs the filter its
 * freshness, never the page.
 */
export function createSnapshot<T>(
  load: () => Promise<T>,
  { ttlMs, now = Date.now, onError }: { ttlMs: number; now?: () => number; onError?: (error: unknown) => void },
): () => Promise<T | undefined> {
  let cached: { at: number; value: Promise<T | undefined> } | undefined;
  return () => {
    const at = now();
    if (!cached || at - cached.at >= ttlMs) {
      const entry: { at: number; value: Promise<T | undefined> } = { at, value: Promise.resolve(undefined) };
      entry.value = load().catch((error: unknown) => {
        onError?.(error);
        if (cached === entry) cached = undefined;
        return undefined;
      });
      cached = entry;
    }
    return cached.value;
  };
}
