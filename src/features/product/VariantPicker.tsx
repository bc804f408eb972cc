/**
 * The buy box's choices: colour swatches and size buttons as native radio groups (arrow keys,
 * screen-reader names and form semantics come free), the price of the choice, live stock per
 * variant and the dated delivery promise. Server-rendered with the first colour chosen, so
 * without JavaScript the page still shows the price, the colours and the sizes.
 *
 * Hydrates on idle: a ?kleur=&maat= link must restore its choice (and its photos) even when
 * the shopper does not scroll. Stock is fetched only after mount, so the prerendered HTML
 * never carries a stale count; until it arrives the stock line keeps its space.
 */
import { createQuery } from '@tanstack/solid-query';
import { createEffect, createMemo, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { fill } from '../../lib/i18n/messages.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { queryClient } from '../../lib/query-client.ts';
import { discountPercent } from '../catalog/product-price.ts';
import { liveDeliveryLine, timelessDeliveryLine, type DeliveryRulesProps } from './delivery-line.ts';
import { productMessages } from './messages.ts';
import { PriceTag } from './PriceTag.tsx';
import { readSelection, selectionSearch } from './selection-url.ts';
import { selectionStockStatus, stockLevel, type StockLevel } from './stock-status.ts';
import { fetchStock, stockQueryKey } from './stock-query.ts';
import { announceVariant, showGalleryColor } from './variant-events.ts';
import {
  findVariant,
  initialSelection,
  isColorSoldOut,
  selectionPrice,
  variantFor,
  unpackPickerOptions,
  type PackedPickerOptions,
  type Selection,
  type StockBySku,
} from './variant-selection.ts';
import './variant-picker.css';

type Props = {
  locale: Locale;
  slug: string;
  /** packPickerOptions(pickerOptions(product, locale)). */
  packed: PackedPickerOptions;
  delivery: DeliveryRulesProps;
  /** Id of the element inside the size chart's <details>, when the product has one. */
  sizeGuideId?: string;
};

export function VariantPicker(props: Props) {
  const t = productMessages[props.locale];
  // Props never change after the page is built; unpacked once, read as `options` below.
  const options = unpackPickerOptions(props.packed);
  const [selection, setSelection] = createSignal<Selection>(initialSelection(options));
  const [stock, setStock] = createSignal<StockBySku>();
  const [stockFailed, setStockFailed] = createSignal(false);
  const [now, setNow] = createSignal<Date>();

  const color = () => options.colors.find((c) => c.id === selection().color);
  const price = createMemo(() => selectionPrice(options, selection()));
  const sale = () => {
    const { price: now, compareAt } = price();
    return compareAt ? discountPercent(now, compareAt) : 0;
  };
  const status = () => selectionStockStatus(options, selection(), { stock: stock(), failed: stockFailed() }, props.locale);
  const delivery = () => {
    const at = now();
    if (at) {
      try {
        return liveDeliveryLine(props.delivery, props.locale, at);
      } catch {
        // A schedule without a ship day in the coming year: the timeless line is still true.
      }
    }
    return timelessDeliveryLine(props.delivery.method, props.locale);
  };
  const sizeLevel = (size: string) => {
    const variant = variantFor(options, selection().color, size);
    const counts = stock();
    return variant && counts ? stockLevel(counts[variant.sku] ?? 0) : undefined;
  };

  // The name says what the strike-through and the dot show: "XL, uitverkocht", "M, bijna op".
  const withSuffix = (name: string, level: StockLevel | undefined) =>
    level === 'sold_out' ? `${name}, ${t.picker.soldOutSuffix}` : level === 'low' ? `${name}, ${t.picker.lowStockSuffix}` : name;

  function choose(next: Selection) {
    setSelection(next);
    history.replaceState(history.state, '', `${location.pathname}${selectionSearch(location.search, props.locale, next)}${location.hash}`);
  }

  onMount(() => {
    setNow(new Date());
    // The line says "morgen" or "vandaag": keep it right when the page stays open past midnight or the cut-off.
    const timer = setInterval(() => setNow(new Date()), 60_000);
    onCleanup(() => clearInterval(timer));

    const restored = readSelection(location.search, props.locale, options);
    if (restored.color !== undefined || restored.size !== undefined) setSelection({ ...selection(), ...restored });

    const query = createQuery(
      () => ({ queryKey: stockQueryKey(props.slug), queryFn: ({ signal }) => fetchStock(props.slug, signal) }),
      () => queryClient,
    );
    createEffect(() => {
      // Read `data` only once it is there: reading it earlier would suspend the island's root.
      if (query.isSuccess) setStock(query.data);
      setStockFailed(query.isError && !query.isSuccess);
    });

    createEffect(() => showGalleryColor(selection().color));
    createEffect(() => {
      const current = selection();
      const variant = findVariant(options, current);
      const counts = stock();
      announceVariant({
        slug: props.slug,
        color: current.color,
        size: current.size,
        sku: variant?.sku,
        available: variant && counts ? (counts[variant.sku] ?? 0) : undefined,
      });
    });
  });

  const openSizeGuide = () => {
    const id = props.sizeGuideId;
    const details = id ? document.getElementById(id)?.closest('details') : null;
    if (details) details.open = true;
  };

  return (
    <div class="vp">
      <div class="vp__price">
        <PriceTag locale={props.locale} price={price().price} compareAt={price().compareAt} from={price().varies} />
        <Show when={sale() > 0}>
          <span class="vp__badge">{fill(t.picker.saleBadge, { percent: sale() })}</span>
        </Show>
      </div>

      <fieldset class="vp__group">
        <legend class="vp__legend">
          {t.picker.color}: <strong>{color()?.name}</strong>
        </legend>
        <div class="vp__swatches">
          <For each={options.colors}>
            {(option) => (
              <label class="vp__swatch" classList={{ 'is-out': isColorSoldOut(options, option.id, stock()) }} title={option.name}>
                <input
                  class="vp__input"
                  type="radio"
                  name={`kleur-${props.slug}`}
                  value={option.id}
                  aria-label={withSuffix(option.name, isColorSoldOut(options, option.id, stock()) ? 'sold_out' : undefined)}
                  checked={selection().color === option.id}
                  onChange={() => choose({ ...selection(), color: option.id })}
                />
                <span class="vp__chip" style={{ '--swatch': option.hex }} />
              </label>
            )}
          </For>
        </div>
      </fieldset>

      <Show when={options.sizes}>
        {(sizes) => (
          <fieldset class="vp__group">
            <legend class="vp__legend">
              {t.picker.size}
              <Show when={selection().size}>
                {(size) => (
                  <>
                    : <strong>{size()}</strong>
                  </>
                )}
              </Show>
            </legend>
            <Show when={props.sizeGuideId}>
              {(id) => (
                <a class="vp__guide" href={`#${id()}`} onClick={openSizeGuide}>
                  {t.picker.sizeGuide}
                </a>
              )}
            </Show>
            {/* Equal columns as wide as the longest size label ("122/128" needs more room than "M"). */}
            <div class="vp__sizes" style={{ '--chars': Math.max(...sizes().map((size) => size.length)) }}>
              <For each={sizes()}>
                {(size) => (
                  <label class="vp__size" classList={{ 'is-out': sizeLevel(size) === 'sold_out', 'is-low': sizeLevel(size) === 'low' }}>
                    <input
                      class="vp__input"
                      type="radio"
                      name={`maat-${props.slug}`}
                      value={size}
                      aria-label={withSuffix(size, sizeLevel(size))}
                      checked={selection().size === size}
                      onChange={() => choose({ ...selection(), size })}
                    />
                    <span class="vp__size-label">{size}</span>
                  </label>
                )}
              </For>
            </div>
          </fieldset>
        )}
      </Show>

      <p class="vp__stock" data-tone={status().tone} role="status">
        {status().text}
      </p>
      <p class="vp__delivery">
        <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">
          <path d="M2.5 6.5h11v10h-11zM13.5 10h4l3 3.2v3.3h-7" />
          <circle cx="6.5" cy="17.5" r="1.8" />
          <circle cx="17" cy="17.5" r="1.8" />
        </svg>
        <span>{delivery()}</span>
      </p>
    </div>
  );
}
