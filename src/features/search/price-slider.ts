/**
 * The price slider of the filter forms (FacetFields.astro): two range inputs on one track,
 * kept in step with the "from" and "to" number fields. The number fields stay the form's
 * state (the thumbs have no name), so the URL, the server and the form without JavaScript
 * are the same with or without the slider. Listens on the document, so it keeps working when
 * the search page swaps in new filter fields (search-page-enhance.ts).
 */

/** A thumb's moves reach the form once the shopper pauses: one search, one history entry. */
const COMMIT_DELAY_MS = 350;

type Slider = { track: HTMLElement; thumbs: HTMLInputElement[]; fields: HTMLInputElement[] };

let pendingCommit: ReturnType<typeof setTimeout> | undefined;

function sliderOf(target: EventTarget | null): Slider | undefined {
  const group = target instanceof HTMLInputElement ? target.closest('[data-price-range]') : null;
  const track = group?.querySelector<HTMLElement>('.ff__slider');
  if (!group || !track) return undefined;
  return {
    track,
    thumbs: [...track.querySelectorAll('input')],
    fields: [...group.querySelectorAll<HTMLInputElement>('input[type="number"]')],
  };
}

/** The picked part of the track, the thumb on top, and each thumb's value as a price for screen readers. */
function paint({ track, thumbs }: Slider): void {
  const [low, high] = thumbs as [HTMLInputElement, HTMLInputElement];
  const min = Number(low.min);
  const span = Number(low.max) - min;
  const price = new Intl.NumberFormat(document.documentElement.lang, {
    style: 'currency',
    currency: track.dataset['currency'] ?? 'EUR',
    maximumFractionDigits: 0,
  });
  for (const [thumb, property] of [
    [low, '--lo'],
    [high, '--hi'],
  ] as const) {
    track.style.setProperty(property, String((Number(thumb.value) - min) / span));
    thumb.setAttribute('aria-valuetext', price.format(Number(thumb.value)));
  }
  track.classList.toggle('ff__slider--lo-top', Number(low.value) > min + span / 2);
}

document.addEventListener('input', (event) => {
  const slider = sliderOf(event.target);
  if (!slider) return;
  const { thumbs, fields } = slider;
  const target = event.target as HTMLInputElement;
  const thumb = thumbs.indexOf(target);
  if (thumb >= 0) {
    const [low, high] = thumbs as [HTMLInputElement, HTMLInputElement];
    // A thumb stops at the other one.
    if (Number(low.value) > Number(high.value)) target.value = (thumb === 0 ? high : low).value;
    // A thumb at its end sets no limit, so the URL stays as short as before.
    const end = thumb === 0 ? target.min : target.max;
    fields[thumb]!.value = target.value === end ? '' : target.value;
  } else {
    const field = fields.indexOf(target);
    const paired = thumbs[field];
    if (!paired) return;
    // The range input clamps and rounds to its own ends and step.
    paired.value = target.value || (field === 0 ? paired.min : paired.max);
  }
  paint(slider);
});

// A thumb's change (let go, or each arrow key) is held back from the form and passed on as a
// change of its number field after a pause: the search page then updates once per move.
document.addEventListener(
  'change',
  (event) => {
    const slider = sliderOf(event.target);
    const field = slider?.fields[slider.thumbs.indexOf(event.target as HTMLInputElement)];
    if (!field) return;
    event.stopPropagation();
    clearTimeout(pendingCommit);
    pendingCommit = setTimeout(() => field.dispatchEvent(new Event('change', { bubbles: true })), COMMIT_DELAY_MS);
  },
  true,
);
