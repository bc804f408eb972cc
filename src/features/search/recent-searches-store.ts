/**
 * Recent searches in localStorage ('kassa:recent-searches'), shared by every search field and
 * tab. Browser only: read it after mount, like every persisted store (DESIGN.md).
 */
import { persistentAtom } from '@nanostores/persistent';
import { MAX_RECENT_SEARCHES, parseRecentSearches, rememberSearch } from './recent-searches.ts';

export const recentSearchesKey = 'kassa:recent-searches';

export const $recentSearches = persistentAtom<string[]>(recentSearchesKey, [], {
  encode: (value) => JSON.stringify(value.slice(0, MAX_RECENT_SEARCHES)),
  decode: (raw) => {
    try {
      return parseRecentSearches(JSON.parse(raw));
    } catch {
      return [];
    }
  },
});

export function addRecentSearch(query: string): void {
  $recentSearches.set(rememberSearch($recentSearches.get(), query));
}

export function clearRecentSearches(): void {
  $recentSearches.set([]);
}
