/**
 * The only search code a page loads up front: on the first focus of (or touch on) a search
 * field it imports the combobox island, which then fetches the index. Everything else about
 * search stays off the page until a shopper shows they want it.
 */
const started = new WeakSet<HTMLFormElement>();

function start(event: Event): void {
  const form = (event.target as Element | null)?.closest?.<HTMLFormElement>('form[data-search-form]');
  if (!form || started.has(form)) return;
  started.add(form);
  void import('./search-combobox-mount.tsx').then(({ mountSearchCombobox }) => mountSearchCombobox(form));
  // A tab's first Intl.NumberFormat loads the locale's number data: ~95 ms on a phone-speed
  // CPU, and it used to fall between the first answer and the first suggestions on screen
  // (scripts/bench-search-browser.ts). Pay it while the island is downloading instead.
  setTimeout(() => new Intl.NumberFormat(document.documentElement.lang, { style: 'currency', currency: 'EUR' }).format(0));
}

// pointerdown comes a moment before focus: the island's request starts that much earlier.
document.addEventListener('focusin', start);
document.addEventListener('pointerdown', start, { passive: true });
