/**
 * What JavaScript adds to the product gallery (ProductGallery.astro), which works without it:
 * previous/next buttons, thumbnails that slide instead of jumping the page, the current photo
 * marked on its thumbnail, and a full-screen zoom view (pinch on phones, click-to-zoom with a
 * pointer). One listener per gallery; nothing runs until the shopper touches it.
 */
import { variantEvent } from './variant-events.ts';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

function slideIndex(track: HTMLElement): number {
  return track.clientWidth === 0 ? 0 : Math.round(track.scrollLeft / track.clientWidth);
}

function slideCount(track: HTMLElement): number {
  return track.children.length;
}

/** Marks the thumbnail of the photo in view and disables the arrow that has nowhere to go. */
function sync(set: HTMLElement): void {
  const track = set.querySelector<HTMLElement>('[data-track]');
  if (!track || track.clientWidth === 0) return;
  const index = slideIndex(track);
  for (const thumb of set.querySelectorAll<HTMLElement>('[data-thumb]')) {
    if (Number(thumb.dataset['thumb']) === index) thumb.setAttribute('aria-current', 'true');
    else thumb.removeAttribute('aria-current');
  }
  for (const button of set.querySelectorAll<HTMLButtonElement>('[data-step]')) {
    const step = Number(button.dataset['step']);
    button.disabled = step < 0 ? index === 0 : index >= slideCount(track) - 1;
  }
}

function goTo(set: HTMLElement, index: number): void {
  const track = set.querySelector<HTMLElement>('[data-track]');
  if (!track) return;
  const clamped = Math.max(0, Math.min(slideCount(track) - 1, index));
  track.scrollTo({ left: clamped * track.clientWidth, behavior: reducedMotion() ? 'auto' : 'smooth' });
}

function openZoom(link: HTMLAnchorElement, dialog: HTMLDialogElement, target: HTMLElement): void {
  // A photo is a <picture>, a drawing a bare <img> (ProductPhoto.astro).
  const photo = link.querySelector('picture') ?? link.querySelector('img');
  if (!photo) return;
  const copy = photo.cloneNode(true) as HTMLElement;
  // Full screen wants the largest file; the slide's own sizes would pick a phone-sized one.
  for (const node of [copy, ...copy.querySelectorAll('source, img')]) {
    if (node.tagName === 'PICTURE') continue;
    node.setAttribute('sizes', '100vw');
    node.removeAttribute('loading');
    node.removeAttribute('fetchpriority');
  }
  target.classList.remove('is-zoomed');
  target.replaceChildren(copy);
  dialog.showModal();
}

/**
 * Points the zoom at the pointer. Measured on the image's layout box (offset*), which a CSS
 * transform does not change, so the point stays put while the zoomed image moves.
 */
function aimZoom(event: MouseEvent, img: HTMLImageElement, target: HTMLElement): void {
  const box = target.getBoundingClientRect();
  const x = (event.clientX - box.left - img.offsetLeft) / img.offsetWidth;
  const y = (event.clientY - box.top - img.offsetTop) / img.offsetHeight;
  const clamp = (value: number) => Math.max(0, Math.min(100, value * 100));
  img.style.transformOrigin = `${clamp(x)}% ${clamp(y)}%`;
}

export function enhanceGallery(root: HTMLElement): void {
  const dialog = root.querySelector<HTMLDialogElement>('[data-zoom-dialog]');
  const target = root.querySelector<HTMLElement>('[data-zoom-target]');
  const sets = [...root.querySelectorAll<HTMLElement>('[data-gallery-color]')];

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-step]')) button.hidden = false;
  for (const set of sets) {
    let frame = 0;
    set.querySelector('[data-track]')?.addEventListener(
      'scroll',
      () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => sync(set));
      },
      { passive: true },
    );
    sync(set);
  }
  // The picker shows another colour's set: it was hidden, so its arrows were never measured.
  document.addEventListener(variantEvent, () => sets.forEach(sync));

  root.addEventListener('click', (event) => {
    const clicked = event.target as Element;
    const set = clicked.closest<HTMLElement>('[data-gallery-color]');
    const thumb = clicked.closest<HTMLElement>('[data-thumb]');
    const step = clicked.closest<HTMLElement>('[data-step]');
    const zoom = clicked.closest<HTMLAnchorElement>('[data-zoom]');
    if (set && thumb) {
      event.preventDefault();
      goTo(set, Number(thumb.dataset['thumb']));
    } else if (set && step) {
      const track = set.querySelector<HTMLElement>('[data-track]');
      if (track) goTo(set, slideIndex(track) + Number(step.dataset['step']));
    } else if (zoom && dialog && target) {
      event.preventDefault();
      openZoom(zoom, dialog, target);
    } else if (clicked.closest('[data-close]')) {
      dialog?.close();
    } else if (target && clicked instanceof HTMLImageElement && target.contains(clicked)) {
      // Click-to-zoom for mouse users, towards the point clicked; phones pinch instead.
      aimZoom(event as MouseEvent, clicked, target);
      target.classList.toggle('is-zoomed');
    }
  });

  target?.addEventListener('mousemove', (event) => {
    if (!target.classList.contains('is-zoomed')) return;
    const img = target.querySelector('img');
    if (img) aimZoom(event, img, target);
  });
  dialog?.addEventListener('close', () => target?.replaceChildren());
}
