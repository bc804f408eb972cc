/** The words of the search-as-you-type island, apart from the page's so the island carries only these. */
import { defineMessages } from '../../lib/i18n/messages.ts';

export const comboboxMessages = defineMessages({
  nl: {
    suggestions: 'Zoeksuggesties',
    products: 'Producten',
    recent: 'Recente zoekopdrachten',
    clearRecent: 'Wis zoekgeschiedenis',
    recentCleared: 'Zoekgeschiedenis gewist',
    recentCount: { one: '1 recente zoekopdracht', other: '{count} recente zoekopdrachten' },
    resultCount: { one: '1 resultaat', other: '{count} resultaten' },
    showAll: { one: 'Bekijk het resultaat voor “{query}”', other: 'Bekijk alle {count} resultaten voor “{query}”' },
    noResults: 'Geen resultaten voor “{query}”',
    didYouMean: 'Bedoelde je',
    tryCategory: 'Kijk in een categorie',
    from: 'vanaf',
  },
  en: {
    suggestions: 'Search suggestions',
    products: 'Products',
    recent: 'Recent searches',
    clearRecent: 'Clear search history',
    recentCleared: 'Search history cleared',
    recentCount: { one: '1 recent search', other: '{count} recent searches' },
    resultCount: { one: '1 result', other: '{count} results' },
    showAll: { one: 'See the result for “{query}”', other: 'See all {count} results for “{query}”' },
    noResults: 'No results for “{query}”',
    didYouMean: 'Did you mean',
    tryCategory: 'Browse a category',
    from: 'from',
  },
});
