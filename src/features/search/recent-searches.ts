/**
 * The shopper's own recent searches, shown when the search field gets focus while empty.
 * Personalisation that is earned: only what this shopper typed, on this device, visible and
 * clearable. Pure list logic; the persisted store is recent-searches-store.ts.
 */

/** Enough to find yesterday's search again, few enough to scan at a glance on a phone. */
export const MAX_RECENT_SEARCHES = 5;
const MAX_LENGTH = 100;

function normalized(query: string): string {
  return query.replace(/\s+/g, ' ').trim().slice(0, MAX_LENGTH);
}

/** Puts a query first; the same query in other letter case moves up instead of repeating. */
export function rememberSearch(recent: readonly string[], query: string): string[] {
  const text = normalized(query);
  if (text === '') return [...recent];
  const key = text.toLocaleLowerCase();
  return [text, ...recent.filter((q) => q.toLocaleLowerCase() !== key)].slice(0, MAX_RECENT_SEARCHES);
}

/** A stored value from localStorage, which anything may have written: only strings survive. */
export function parseRecentSearches(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  return stored
    .filter((q): q is string => typeof q === 'string')
    .map(normalized)
    .filter((q) => q !== '')
    .slice(0, MAX_RECENT_SEARCHES);
}
