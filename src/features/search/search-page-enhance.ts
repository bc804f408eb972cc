/**
 * The search page with JavaScript: filters and sort apply as they are picked, without a page
 * load, and the URL follows (history.pushState), so back and forward step through the
 * filter states and a reload or a shared link shows the same. The server stays the one
 * renderer: this fetches the same page for the new URL and swaps in its [data-swap] regions
 * (count, filter fields with their counts, results). Without JavaScript the GET form does
 * all of this with a page load.
 */
import { isLocale } from '../../lib/i18n/locales.ts';
import { searchPath } from '../../lib/shop-paths.ts';
import { parseSearchState, searchHref } from './search-url.ts';

const page = document.querySelector<HTMLElement>('[data-search-page]');
const form = document.querySelector<HTMLFormElement>('form[data-search-filters]');
const pageLocale = page?.dataset['locale'];

if (page && form && isLocale(pageLocale)) {
  const locale = pageLocale;
  const status = document.getElementById('sp-status');
  const sheet = document.querySelector<HTMLDetailsElement>('[data-filter-sheet]');
  const header = document.getElementById('header-search') as HTMLInputElement | null;
  let controller: AbortController | undefined;
  // What the regions show now: popstate also fires for #fragment links (the skip link), which change nothing here.
  let shownHref = location.pathname + location.search;

  form.dataset['enhanced'] = '';
  document.body.setAttribute('data-enhanced', '');
  // The header's field shows what this page searched for, so refining is one edit away.
  const query = parseSearchState(new URLSearchParams(location.search), locale).query;
  if (header && !header.value) header.value = query;

  /** The canonical URL of the form's current state (same as the server would redirect to). */
  const formHref = (): string => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
    return searchHref(locale, parseSearchState(params, locale));
  };

  async function show(href: string, push: boolean): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    page!.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(href, { signal: current.signal, headers: { accept: 'text/html' } });
      if (!response.ok || !response.url.includes(searchPath(locale))) throw new Error(`HTTP ${response.status}`);
      const html = await response.text();
      if (current.signal.aborted) return;
      const next = new DOMParser().parseFromString(html, 'text/html');
      const focusedId = document.activeElement?.id;
      for (const region of document.querySelectorAll<HTMLElement>('[data-swap][id]')) {
        const replacement = next.getElementById(region.id);
        if (replacement) region.innerHTML = replacement.innerHTML;
      }
      document.title = next.title;
      // The server may have tidied the URL (redirect); the address bar shows what it showed.
      const finalUrl = new URL(response.url);
      const shown = finalUrl.pathname + finalUrl.search;
      if (push) history.pushState({ search: shown }, '', shown);
      else history.replaceState({ search: shown }, '', shown);
      shownHref = shown;
      syncFields(next);
      if (focusedId) document.getElementById(focusedId)?.focus({ preventScroll: true });
      if (status) status.textContent = document.getElementById('sp-count')?.textContent?.trim() ?? '';
    } catch {
      // Not an abort: fall back to the plain navigation the form would have done.
      if (!current.signal.aborted) location.assign(href);
    } finally {
      if (controller === current) page!.removeAttribute('aria-busy');
    }
  }

  /** Fields outside the swapped regions (sort) take the new page's values. */
  function syncFields(next: Document): void {
    const sort = document.getElementById('sp-sort') as HTMLSelectElement | null;
    const nextSort = next.getElementById('sp-sort') as HTMLSelectElement | null;
    if (sort && nextSort) sort.value = nextSort.value;
  }

  const apply = () => {
    const href = formHref();
    if (href !== location.pathname + location.search) void show(href, true);
  };

  // 'change' fires for a typed price when the field is left or Enter is pressed, not per digit.
  form.addEventListener('change', apply);
  document.getElementById('sp-sort')?.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
    if (sheet) sheet.open = false;
    document.getElementById('sp-count')?.scrollIntoView({ block: 'nearest' });
  });
  // Links inside the results (filter chips, "clear all", pages) also load in place.
  page.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || url.pathname !== searchPath(locale) || !link.closest('[data-swap]')) return;
    event.preventDefault();
    const paging = link.closest('.spg') !== null;
    void show(url.pathname + url.search, true).then(() => {
      if (paging) document.getElementById('sp-count')?.scrollIntoView({ block: 'start' });
    });
  });
  window.addEventListener('popstate', () => {
    const href = location.pathname + location.search;
    if (href !== shownHref) void show(href, false);
  });
  // Escape closes the filter sheet, like the header menu.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && sheet?.open) {
      sheet.open = false;
      sheet.querySelector('summary')?.focus();
    }
  });
}
