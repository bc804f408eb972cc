/** The catalog's words: product cards, category listings (sort, pagination), breadcrumbs, share images. */
import { localeTags, type Locale } from '../../lib/i18n/locales.ts';
import { defineMessages, fill } from '../../lib/i18n/messages.ts';

export const catalogMessages = defineMessages({
  nl: {
    breadcrumbs: 'Kruimelpad',
    home: 'Home',
    // Dutch counts products with a plural, like English.
    productCount: { one: '{count} product', other: '{count} producten' },
    colorCount: { one: '1 kleur: {names}', other: '{count} kleuren: {names}' },
    moreColors: 'en nog {count}',
    sortBy: 'Sorteer op',
    sort: {
      popular: 'Populair',
      'price-asc': 'Prijs oplopend',
      'price-desc': 'Prijs aflopend',
      newest: 'Nieuwste',
      rating: 'Best beoordeeld',
    },
    // Page titles of the sorted and paginated listings, so every URL has its own title.
    titleSorted: '{category}, {sort}',
    titlePage: '{title} – pagina {page}',
    pagination: 'Paginering',
    previousPage: 'Vorige pagina',
    nextPage: 'Volgende pagina',
    page: 'Pagina {page}',
    pageOf: 'Pagina {page} van {pages}',
    empty: 'Er staan nog geen producten in deze categorie.',
    emptyBack: 'Bekijk andere categorieën',
    description: '{description} {count} bij {brand}.',
    sale: '-{percent}%',
    share: {
      from: 'vanaf',
      colors: { one: '1 kleur', other: '{count} kleuren' },
      freeShipping: 'Gratis verzending vanaf {amount}',
    },
  },
  en: {
    breadcrumbs: 'Breadcrumb',
    home: 'Home',
    productCount: { one: '{count} product', other: '{count} products' },
    colorCount: { one: '1 colour: {names}', other: '{count} colours: {names}' },
    moreColors: 'and {count} more',
    sortBy: 'Sort by',
    sort: {
      popular: 'Popular',
      'price-asc': 'Price: low to high',
      'price-desc': 'Price: high to low',
      newest: 'Newest',
      rating: 'Top rated',
    },
    titleSorted: '{category}, {sort}',
    titlePage: '{title} – page {page}',
    pagination: 'Pagination',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    page: 'Page {page}',
    pageOf: 'Page {page} of {pages}',
    empty: 'There are no products in this category yet.',
    emptyBack: 'Browse other categories',
    description: '{description} {count} from {brand}.',
    sale: '-{percent}%',
    share: {
      from: 'from',
      colors: { one: '1 colour', other: '{count} colours' },
      freeShipping: 'Free shipping from {amount}',
    },
  },
});

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** "1 product" / "2.000 producten": picks the plural form and formats the count per locale. */
export function countText(
  forms: { readonly one: string; readonly other: string },
  count: number,
  locale: Locale,
  values: Readonly<Record<string, string>> = {},
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(localeTags[locale]);
    pluralRules.set(locale, rules);
  }
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(localeTags[locale]);
    numberFormats.set(locale, format);
  }
  return fill(rules.select(count) === 'one' ? forms.one : forms.other, { ...values, count: format.format(count) });
}
