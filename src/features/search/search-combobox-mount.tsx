/**
 * Mounts the combobox island on a search form (called by search-loader.ts on first focus):
 * reads the form's config, starts the suggestion source (which fetches the index right away),
 * adds the island's styles once, and renders the popup next to the field.
 */
import { render } from 'solid-js/web';
import { isLocale } from '../../lib/i18n/locales.ts';
import styles from './combobox.css?inline';
import { SearchCombobox } from './SearchCombobox.tsx';
import { createSuggestionSource } from './suggestion-source.ts';

/** Suggestions in the popup: enough to choose from, few enough to fit above a phone's keyboard. */
const SUGGESTION_LIMIT = 6;

function addStylesOnce(): void {
  if (document.querySelector('style[data-search-combobox]')) return;
  const style = document.createElement('style');
  style.dataset['searchCombobox'] = '';
  style.textContent = styles;
  document.head.append(style);
}

export function mountSearchCombobox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const config = form.querySelector<HTMLElement>('[data-search-config]');
  const box = input?.parentElement;
  if (!input || !config || !box || !input.id) return;
  const locale = config.dataset['locale'];
  if (!isLocale(locale)) return;
  addStylesOnce();
  const source = createSuggestionSource({
    locale,
    indexHref: config.dataset['index'] || undefined,
    apiHref: config.dataset['api'] ?? '/api/search',
    limit: SUGGESTION_LIMIT,
  });
  const host = document.createElement('div');
  host.className = 'sx';
  box.append(host);
  render(() => <SearchCombobox input={input} form={form} locale={locale} source={source} listboxId={`${input.id}-listbox`} />, host);
}
