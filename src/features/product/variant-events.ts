/**
 * How the rest of the page learns which variant is chosen, without sharing a framework: the
 * picker shows the colour's photos, marks the add-to-cart slot with the SKU and sends one
 * event. The add-to-cart control (built by the cart feature) listens for `product:variant`
 * on document, or reads data-sku / data-available from its slot when it starts.
 */
export const variantEvent = 'product:variant';

export type VariantEventDetail = {
  slug: string;
  color: string;
  size: string | undefined;
  /** Undefined while a size is still to be chosen. */
  sku: string | undefined;
  /** Units that can be sold; undefined while stock is loading or no variant is chosen. */
  available: number | undefined;
};

/** Shows the photos of one colour: every colour's gallery is in the HTML, the others hidden. */
export function showGalleryColor(color: string): void {
  const sets = document.querySelectorAll<HTMLElement>('[data-gallery-color]');
  if (![...sets].some((set) => set.dataset['galleryColor'] === color)) return;
  for (const set of sets) set.hidden = set.dataset['galleryColor'] !== color;
}

export function announceVariant(detail: VariantEventDetail): void {
  for (const slot of document.querySelectorAll<HTMLElement>('[data-add-to-cart-slot]')) {
    if (detail.sku === undefined) delete slot.dataset['sku'];
    else slot.dataset['sku'] = detail.sku;
    if (detail.available === undefined) delete slot.dataset['available'];
    else slot.dataset['available'] = String(detail.available);
  }
  document.dispatchEvent(new CustomEvent<VariantEventDetail>(variantEvent, { detail }));
}
