/**
 * What the browser last saw of each SKU in the cart: name, colour, size, price and photo. The
 * add-to-cart button writes it from the product page, every server pricing refreshes it. It
 * serves two purposes and no other:
 * - an instant preview (priceCart over these items) while the server prices the cart, so the
 *   cart page and the drawer show lines and totals at once instead of a spinner;
 * - `seenUnitPriceCents`, so the server can explain a price that changed since the shopper saw it.
 * It is never a source of truth: the server's answer replaces the preview as soon as it is in.
 */
import type { LocalizedText } from '../catalog/catalog.schema.ts';
import type { CartCatalogItem } from './cart-catalog.ts';
import type { CartImage } from './cart-display.ts';
import type { CartPriceResponse } from './cart-price-client.ts';

export type LineDetails = CartCatalogItem & Readonly<{ image?: CartImage | undefined }>;

export type LineDetailsBySku = Readonly<Record<string, LineDetails>>;

function isText(value: unknown): value is LocalizedText {
  const text = value as { nl?: unknown; en?: unknown } | null;
  return typeof text === 'object' && text !== null && typeof text.nl === 'string' && typeof text.en === 'string';
}

function isCents(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function readImage(value: unknown): CartImage | undefined {
  const image = value as { src?: unknown; width?: unknown; height?: unknown } | null;
  if (typeof image !== 'object' || image === null) return undefined;
  const { src, width, height } = image;
  if (typeof src !== 'string' || !src.startsWith('/') || !isCents(width) || !isCents(height)) return undefined;
  return { src, width, height };
}

/** One stored entry, or undefined when it is not one: storage is outside our control. */
function readEntry(sku: string, value: unknown): LineDetails | undefined {
  const entry = value as Partial<Record<keyof LineDetails, unknown>> | null;
  if (typeof entry !== 'object' || entry === null) return undefined;
  const color = entry.color as { id?: unknown; name?: unknown } | null | undefined;
  if (entry.sku !== sku || typeof entry.productSlug !== 'string' || !isText(entry.name)) return undefined;
  if (typeof color !== 'object' || color === null || typeof color.id !== 'string' || !isText(color.name)) return undefined;
  if (!isCents(entry.priceCents)) return undefined;
  if (entry.size !== undefined && typeof entry.size !== 'string') return undefined;
  return {
    sku,
    productSlug: entry.productSlug,
    name: entry.name,
    color: { id: color.id, name: color.name },
    size: entry.size,
    priceCents: entry.priceCents,
    compareAtPriceCents: isCents(entry.compareAtPriceCents) ? entry.compareAtPriceCents : undefined,
    image: readImage(entry.image),
  };
}

/** Reads the stored details; never throws, drops what does not look right. */
export function parseLineDetails(raw: string | null | undefined): LineDetailsBySku {
  if (typeof raw !== 'string' || raw === '') return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const details: Record<string, LineDetails> = {};
  for (const [sku, value] of Object.entries(data)) {
    const entry = readEntry(sku, value);
    if (entry) details[sku] = entry;
  }
  return details;
}

export function serializeLineDetails(details: LineDetailsBySku): string | undefined {
  return Object.keys(details).length === 0 ? undefined : JSON.stringify(details);
}

/** The details as pricing's catalog: the preview prices exactly what the shopper was shown. */
export function previewCatalog(details: LineDetailsBySku): Map<string, CartCatalogItem> {
  return new Map(Object.entries(details));
}

/**
 * Details after a server pricing: every priced line as the server says it is now, plus the
 * details of SKUs still in the cart, minus everything else (so storage never grows).
 */
export function detailsAfterPricing(details: LineDetailsBySku, response: CartPriceResponse, cartSkus: readonly string[]): LineDetailsBySku {
  const next: Record<string, LineDetails> = {};
  for (const sku of cartSkus) {
    const known = details[sku];
    if (known) next[sku] = known;
  }
  for (const line of response.cart.lines) {
    if (!cartSkus.includes(line.sku)) continue;
    next[line.sku] = {
      sku: line.sku,
      productSlug: line.productSlug,
      name: line.name,
      color: line.color,
      size: line.size,
      priceCents: line.unitPrice.amount,
      compareAtPriceCents: line.compareAtUnitPrice?.amount,
      image: response.images[line.sku] ?? details[line.sku]?.image,
    };
  }
  return next;
}

/** Adds or replaces one SKU's details (the add-to-cart button, from the product page). */
export function withLineDetails(details: LineDetailsBySku, entry: LineDetails): LineDetailsBySku {
  return { ...details, [entry.sku]: entry };
}
