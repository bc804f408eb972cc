/**
 * Search as you type on an existing search field: the ARIA 1.2 combobox pattern (role
 * combobox on the field, a listbox popup, aria-activedescendant, Up/Down/Enter/Escape),
 * suggestions with image, highlighted name and price, the shopper's recent searches when the
 * field is empty, and a corrected query and categories when nothing matches. Enter without an
 * active option submits the form as it always did: the search page is the real search, this
 * is a shortcut to it.
 *
 * The island does not render the field: it enhances the server's <input>, so nothing moves
 * when it mounts, text typed before it loaded is kept, and without JavaScript the plain GET
 * form is all there is.
 */
import { useStore } from '@nanostores/solid';
import { createEffect, createMemo, createSignal, For, onCleanup, onMount, Show, type JSX } from 'solid-js';
import type { Locale } from '../../lib/i18n/locales.ts';
import { fill } from '../../lib/i18n/messages.ts';
import { formatMoney, money } from '../../lib/money.ts';
import { moveActive } from './combobox-navigation.ts';
import { highlight } from './highlight.ts';
import { comboboxMessages } from './combobox.messages.ts';
import { $recentSearches, addRecentSearch, clearRecentSearches } from './recent-searches-store.ts';
import { emptySearchState, searchHref } from './search-url.ts';
import type { SuggestionSource } from './suggestion-source.ts';
import type { ProductSuggestion, SuggestResult } from './suggestions.ts';

type OptionKind = 'recent' | 'product' | 'correction' | 'category' | 'all';

type Option = {
  id: string;
  kind: OptionKind;
  href: string;
  /** Recent and corrected queries: the query itself. */
  text: string;
  product?: ProductSuggestion;
};

type Group = { id: string; label: string | undefined; options: Option[] };

export type SearchComboboxProps = {
  input: HTMLInputElement;
  form: HTMLFormElement;
  locale: Locale;
  source: SuggestionSource;
  listboxId: string;
};

/** Pause in typing before a request when every query goes to the server. */
const REMOTE_DEBOUNCE_MS = 120;
/** Screen readers hear the count once typing settles, not after every letter. */
const ANNOUNCE_DELAY_MS = 500;

function plural(
  forms: { readonly one: string; readonly other: string },
  count: number,
  values: Record<string, string | number> = {},
): string {
  return fill(count === 1 ? forms.one : forms.other, { ...values, count });
}

export function SearchCombobox(props: SearchComboboxProps): JSX.Element {
  const t = comboboxMessages[props.locale];
  const recents = useStore($recentSearches);
  const [query, setQuery] = createSignal(props.input.value);
  const [result, setResult] = createSignal<SuggestResult | undefined>();
  const [focused, setFocused] = createSignal(document.activeElement === props.input);
  const [dismissed, setDismissed] = createSignal(false);
  const [active, setActive] = createSignal(-1);
  const [announcement, setAnnouncement] = createSignal('');

  const trimmed = () => query().trim();
  // The list changes when an answer arrives or the field empties, not with every letter: keyed on
  // `trimmed()` itself, each keystroke rebuilt every option of the previous answer.
  const typedNothing = createMemo(() => trimmed() === '');
  const optionId = (n: number) => `${props.listboxId}-${n}`;
  const searchPageHref = (q: string) => searchHref(props.locale, { ...emptySearchState, query: q });
  const price = (p: ProductSuggestion) => (p.from ? `${t.from} ` : '') + formatMoney(money(p.priceCents), props.locale);

  const groups = createMemo<Group[]>(() => {
    let n = 0;
    const option = (kind: OptionKind, href: string, text: string, product?: ProductSuggestion): Option =>
      product ? { id: optionId(n++), kind, href, text, product } : { id: optionId(n++), kind, href, text };
    if (typedNothing()) {
      const list = recents().map((q) => option('recent', searchPageHref(q), q));
      return list.length ? [{ id: `${props.listboxId}-g-recent`, label: t.recent, options: list }] : [];
    }
    const found = result();
    if (!found) return [];
    if (found.products.length > 0) {
      return [
        {
          id: `${props.listboxId}-g-products`,
          label: t.products,
          options: found.products.map((p) => option('product', p.href, p.name, p)),
        },
        {
          id: `${props.listboxId}-g-all`,
          label: undefined,
          options: [option('all', searchPageHref(found.query), plural(t.showAll, found.total, { query: found.query }))],
        },
      ];
    }
    const list: Group[] = [];
    if (found.didYouMean) {
      list.push({
        id: `${props.listboxId}-g-dym`,
        label: `${fill(t.noResults, { query: found.query })}. ${t.didYouMean}:`,
        options: [option('correction', searchPageHref(found.didYouMean), found.didYouMean)],
      });
    }
    if (found.categories.length > 0) {
      list.push({
        id: `${props.listboxId}-g-cats`,
        label: found.didYouMean ? t.tryCategory : `${fill(t.noResults, { query: found.query })}. ${t.tryCategory}:`,
        options: found.categories.map((c) => option('category', c.href, c.name)),
      });
    }
    return list;
  });
  const options = createMemo(() => groups().flatMap((g) => g.options));
  const open = () => focused() && !dismissed() && options().length > 0;
  const activeOption = () => (open() ? options()[active()] : undefined);

  // Fetch suggestions for what is typed; an answer for an older query is dropped.
  let controller: AbortController | undefined;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  createEffect(() => {
    const q = trimmed();
    controller?.abort();
    clearTimeout(debounce);
    if (q === '') {
      setResult(undefined);
      return;
    }
    const run = () => {
      const current = new AbortController();
      controller = current;
      props.source.suggest(q, current.signal).then(
        (found) => {
          if (!current.signal.aborted && trimmed() === q) setResult(found);
        },
        () => {
          // Suggestions are a shortcut: when they fail, Enter still goes to the search page.
        },
      );
    };
    if (props.source.remote()) debounce = setTimeout(run, REMOTE_DEBOUNCE_MS);
    else run();
  });

  // What a screen reader hears, once typing settles.
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  createEffect(() => {
    const isOpen = focused() && !dismissed();
    const q = trimmed();
    const found = result();
    const recentCount = recents().length;
    clearTimeout(announceTimer);
    let text = '';
    if (isOpen && q === '' && recentCount > 0) text = plural(t.recentCount, recentCount);
    else if (isOpen && found && found.query === q) {
      text =
        found.total > 0
          ? plural(t.resultCount, found.total)
          : fill(t.noResults, { query: q }) + (found.didYouMean ? `. ${t.didYouMean} ${found.didYouMean}?` : '');
    }
    // Emptied first, so the same words for a new query ("5 resultaten" again) are read again.
    if (text === '') return;
    setAnnouncement('');
    announceTimer = setTimeout(() => setAnnouncement(text), ANNOUNCE_DELAY_MS);
  });

  // The field's ARIA state follows the popup.
  createEffect(() => {
    props.input.setAttribute('aria-expanded', String(open()));
    const current = activeOption();
    if (current) props.input.setAttribute('aria-activedescendant', current.id);
    else props.input.removeAttribute('aria-activedescendant');
  });
  createEffect(() => {
    const current = activeOption();
    if (current) document.getElementById(current.id)?.scrollIntoView({ block: 'nearest' });
  });

  function choose(option: Option): void {
    if (option.kind === 'correction') {
      props.input.value = option.text;
      setQuery(option.text);
      setActive(-1);
      return;
    }
    addRecentSearch(option.kind === 'recent' ? option.text : trimmed());
    window.location.assign(option.href);
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const count = options().length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (!open()) {
          setDismissed(false);
          setFocused(true);
          setActive(step === 1 ? 0 : count - 1);
        } else if (!event.altKey) {
          setActive(moveActive(active(), count, step));
        }
        return;
      }
      case 'Enter': {
        const current = activeOption();
        if (!current) return;
        event.preventDefault();
        choose(current);
        return;
      }
      case 'Escape': {
        if (open()) {
          event.preventDefault();
          setDismissed(true);
          setActive(-1);
        } else if (props.input.value) {
          event.preventDefault();
          props.input.value = '';
          setQuery('');
        }
        return;
      }
    }
  }

  onMount(() => {
    const input = props.input;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', props.listboxId);
    input.setAttribute('aria-expanded', 'false');
    const onInput = () => {
      setQuery(input.value);
      setActive(-1);
      setDismissed(false);
    };
    const onFocus = () => {
      setFocused(true);
      setDismissed(false);
    };
    // Focus moving to another part of the form (the clear button) keeps the popup open.
    const onFocusOut = (event: FocusEvent) => {
      if (!props.form.contains(event.relatedTarget as Node | null)) {
        setFocused(false);
        setActive(-1);
      }
    };
    const onSubmit = () => addRecentSearch(input.value);
    input.addEventListener('input', onInput);
    input.addEventListener('keydown', onKeyDown);
    input.addEventListener('focus', onFocus);
    props.form.addEventListener('focusout', onFocusOut);
    props.form.addEventListener('submit', onSubmit);
    onCleanup(() => {
      input.removeEventListener('input', onInput);
      input.removeEventListener('keydown', onKeyDown);
      input.removeEventListener('focus', onFocus);
      props.form.removeEventListener('focusout', onFocusOut);
      props.form.removeEventListener('submit', onSubmit);
      controller?.abort();
      clearTimeout(debounce);
      clearTimeout(announceTimer);
    });
  });

  return (
    <>
      <div
        class="sx__pop"
        hidden={!open()}
        // Keeps focus in the field while an option is clicked; the option's link still follows.
        onMouseDown={(event) => {
          if (!(event.target as Element).closest('button')) event.preventDefault();
        }}
      >
        <div role="listbox" id={props.listboxId} aria-label={t.suggestions} class="sx__list">
          <For each={groups()}>
            {(group) => (
              <div role="group" aria-labelledby={group.label ? group.id : undefined} class="sx__group">
                <Show when={group.label}>
                  <div role="presentation" id={group.id} class="sx__label">
                    {group.label}
                  </div>
                </Show>
                <For each={group.options}>
                  {(option) => (
                    <a
                      role="option"
                      id={option.id}
                      href={option.href}
                      tabindex="-1"
                      aria-selected={activeOption()?.id === option.id ? 'true' : 'false'}
                      class={`sx__opt sx__opt--${option.kind}`}
                      onClick={(event) => {
                        if (option.kind === 'correction') {
                          event.preventDefault();
                          choose(option);
                        } else {
                          addRecentSearch(option.kind === 'recent' ? option.text : trimmed());
                        }
                      }}
                      onMouseMove={() => setActive(options().indexOf(option))}
                    >
                      <Show when={option.product} fallback={<span class="sx__text">{option.text}</span>}>
                        {(product) => (
                          <>
                            <span class="sx__img">
                              <Show when={product().image}>
                                {(src) => <img src={src()} alt="" width="48" height="48" decoding="async" />}
                              </Show>
                            </span>
                            <span class="sx__name">
                              <For each={highlight(product().name, product().matches, props.locale)}>
                                {(segment) => (segment.match ? <mark>{segment.text}</mark> : segment.text)}
                              </For>
                            </span>
                            <span class="sx__price">{price(product())}</span>
                          </>
                        )}
                      </Show>
                    </a>
                  )}
                </For>
              </div>
            )}
          </For>
        </div>
        <Show when={typedNothing() && recents().length > 0}>
          <button
            type="button"
            class="sx__clear"
            onClick={() => {
              clearRecentSearches();
              setAnnouncement(t.recentCleared);
              props.input.focus();
            }}
          >
            {t.clearRecent}
          </button>
        </Show>
      </div>
      <p class="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement()}
      </p>
    </>
  );
}
