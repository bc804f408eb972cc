/**
 * What the variant picker knows and decides: the options as the island receives them, which
 * variant a colour + size choice points to, and which price to show for a partial choice.
 * Pure and browser-safe: the island, the page and the tests share it.
 */
import type { Locale } from '../../lib/i18n/locales.ts';
import type { Product } from '../catalog/catalog.schema.ts';
import { productPrice, type ProductPrice } from '../catalog/product-price.ts';

export type PickerColor = { id: string; name: string; hex: string };

export type PickerVariant = {
  sku: string;
  color: string;
  /** Absent for one-size products. */
  size?: string;
  priceCents: number;
  compareAtPriceCents?: number;
};

/** What the picker works with; the island receives it packed (PackedPickerOptions). */
export type PickerOptions = {
  colors: PickerColor[];
  /** In display order; absent for one-size products. */
  sizes?: string[];
  variants: PickerVariant[];
};

export type Selection = { color: string; size: string | undefined };

/** Available units per SKU, from /api/stock/<slug>. */
export type StockBySku = Readonly<Record<string, number>>;

type OptionSource = Pick<Product, 'colors' | 'sizes' | 'variants'>;

/** Drops what the browser does not need (initial stock, other locale's names). */
export function pickerOptions(product: OptionSource, locale: Locale): PickerOptions {
  const options: PickerOptions = {
    colors: product.colors.map((color) => ({ id: color.id, name: color.name[locale], hex: color.hex })),
    variants: product.variants.map((variant) => {
      const slim: PickerVariant = { sku: variant.sku, color: variant.color, priceCents: variant.priceCents };
      if (variant.size !== undefined) slim.size = variant.size;
      if (variant.compareAtPriceCents !== undefined) slim.compareAtPriceCents = variant.compareAtPriceCents;
      return slim;
    }),
  };
  if (product.sizes) options.sizes = [...product.sizes];
  return options;
}

/**
 * The island's props as serialised into the page. Astro writes every prop value as a tagged
 * JSON array in an HTML attribute (`[0,&quot;PB-WOLKJ-NB-XS&quot;]`), which made 18 variant
 * objects a third of the buy box's compressed HTML; one string per variant,
 * "SKU:colour index:size index:price:former price", costs a fraction of that.
 */
export type PackedPickerOptions = Omit<PickerOptions, 'variants'> & { variants: string };

export function packPickerOptions(options: PickerOptions): PackedPickerOptions {
  const colorIndex = new Map(options.colors.map((color, i) => [color.id, i]));
  const sizeIndex = new Map((options.sizes ?? []).map((size, i) => [size, i]));
  const variants = options.variants
    .map((v) => {
      const size = v.size === undefined ? '' : String(sizeIndex.get(v.size) ?? '');
      return [v.sku, colorIndex.get(v.color) ?? '', size, v.priceCents, v.compareAtPriceCents ?? ''].join(':');
    })
    .join(' ');
  return { ...options, variants };
}

export function unpackPickerOptions(packed: PackedPickerOptions): PickerOptions {
  const { variants, ...rest } = packed;
  const sizes = packed.sizes ?? [];
  return {
    ...rest,
    variants: variants
      .split(' ')
      .filter(Boolean)
      .map((entry) => {
        const [sku = '', color = '', size = '', price = '', was = ''] = entry.split(':');
        const variant: PickerVariant = { sku, color: packed.colors[Number(color)]?.id ?? '', priceCents: Number(price) };
        if (size !== '') {
          const name = sizes[Number(size)];
          if (name !== undefined) variant.size = name;
        }
        if (was !== '') variant.compareAtPriceCents = Number(was);
        return variant;
      }),
  };
}

/** The first colour is preselected (its photos are the ones on the page); a size never is, unless there is one. */
export function initialSelection(options: PickerOptions): Selection {
  const sizes = options.sizes ?? [];
  return { color: options.colors[0]?.id ?? '', size: sizes.length === 1 ? sizes[0] : undefined };
}

/** The variant a complete choice points to; undefined while a size is still missing. */
export function findVariant(options: PickerOptions, selection: Selection): PickerVariant | undefined {
  const needsSize = (options.sizes?.length ?? 0) > 0;
  if (needsSize && selection.size === undefined) return undefined;
  return options.variants.find((v) => v.color === selection.color && (!needsSize || v.size === selection.size));
}

export function variantsOfColor(options: PickerOptions, color: string): PickerVariant[] {
  return options.variants.filter((v) => v.color === color);
}

/**
 * The price for the choice so far: the chosen variant's, or the cheapest of the chosen colour
 * ("vanaf" when its sizes differ in price), or of the whole product.
 */
export function selectionPrice(options: PickerOptions, selection: Selection): ProductPrice {
  const variant = findVariant(options, selection);
  if (variant) return productPrice([variant]);
  const ofColor = variantsOfColor(options, selection.color);
  return productPrice(ofColor.length > 0 ? ofColor : options.variants);
}

/** The variant of a colour in a size, for marking sizes sold out per colour. */
export function variantFor(options: PickerOptions, color: string, size: string | undefined): PickerVariant | undefined {
  return options.variants.find((v) => v.color === color && v.size === size);
}

/** True only when stock is known and no variant of the colour has a unit left. */
export function isColorSoldOut(options: PickerOptions, color: string, stock: StockBySku | undefined): boolean {
  if (!stock) return false;
  return variantsOfColor(options, color).every((v) => (stock[v.sku] ?? 0) <= 0);
}
