/**
 * The product page's add-to-cart control, in the buy box's `data-add-to-cart-slot`: a quantity
 * stepper and the button, which says why it cannot add (no size yet, sold out, all stock
 * already in the cart) instead of just greying out. Adding opens the cart drawer.
 *
 * The variant comes from the picker (src/features/product/README.md): `product:variant`
 * events, or the slot's data-sku / data-available when this island starts after the picker.
 * Server-rendered with the picker's initial choice, so the button and its reason take their
 * place in the first paint and hydration moves nothing.
 */
import { useStore } from '@nanostores/solid';
import { createMemo, createSignal, lazy, onCleanup, onMount, Show, Suspense } from 'solid-js';
import type { Locale } from '../../lib/i18n/locales.ts';
import { fill } from '../../lib/i18n/messages.ts';
import type { LocalizedText } from '../catalog/catalog.schema.ts';
import { variantEvent, type VariantEventDetail } from '../product/variant-events.ts';
import { findVariant, initialSelection, unpackPickerOptions, type PackedPickerOptions } from '../product/variant-selection.ts';
import type { CartImage } from './cart-display.ts';
import { cartQuantityOf, maxQuantityPerLine } from './cart-lines.ts';
import type { PricingRules } from './cart-pricing.ts';
import { $cart, cartStore } from './cart-store.ts';
import { rememberLine } from './line-details-store.ts';
import { cartMessages, describeAddLimit } from './messages.ts';
import { QuantityStepper } from './QuantityStepper.tsx';
import { addBlockReason, roomToAdd, type AddBlockReason } from './add-to-cart-state.ts';
import type { DrawerLine } from './CartDrawer.tsx';
import './cart.css';
import './add-to-cart.css';

export type AddToCartColor = { id: string; name: LocalizedText; image?: CartImage | undefined };

type Props = {
  locale: Locale;
  slug: string;
  name: LocalizedText;
  colors: AddToCartColor[];
  /** The same packed options the picker gets (their repeat costs almost nothing compressed). */
  packed: PackedPickerOptions;
  rules: PricingRules;
  cartHref: string;
  checkoutHref: string;
};

const loadDrawer = () => import('./CartDrawer.tsx');
const CartDrawer = lazy(async () => ({ default: (await loadDrawer()).CartDrawer }));

type Choice = { sku: string | undefined; available: number | undefined };

export function AddToCart(props: Props) {
  const t = cartMessages[props.locale];
  const options = unpackPickerOptions(props.packed);
  const needsSize = (options.sizes?.length ?? 0) > 0;
  const [choice, setChoice] = createSignal<Choice>({ sku: findVariant(options, initialSelection(options))?.sku, available: undefined });
  const [quantity, setQuantity] = createSignal(1);
  const [mounted, setMounted] = createSignal(false);
  const [drawer, setDrawer] = createSignal<DrawerLine>();
  const [notice, setNotice] = createSignal<string>();
  const cart = useStore($cart);
  let button: HTMLButtonElement | undefined;

  const variant = () => options.variants.find((candidate) => candidate.sku === choice().sku);
  const inCart = () => {
    const sku = choice().sku;
    return mounted() && sku !== undefined ? cartQuantityOf(cart(), sku) : 0;
  };
  const room = createMemo(() => roomToAdd({ available: choice().available, inCart: inCart() }));
  const reason = createMemo<AddBlockReason | undefined>(() =>
    addBlockReason({ needsSize, sku: choice().sku, available: choice().available, inCart: inCart() }),
  );
  const reasonText = () => {
    switch (reason()) {
      case undefined:
        return notice() ?? '';
      case 'chooseSize':
        return t.ui.chooseSize;
      case 'variantSoldOut':
        return t.ui.variantSoldOut;
      case 'colorSoldOut':
        return t.ui.colorSoldOut;
      case 'allInCart':
        return t.ui.allInCart;
      case 'maxInCart':
        return fill(t.ui.maxInCart, { max: maxQuantityPerLine });
    }
  };
  const shownQuantity = () => Math.max(1, Math.min(quantity(), room() || 1));

  onMount(() => {
    setMounted(true);
    const slot = document.querySelector<HTMLElement>(`[data-add-to-cart-slot][data-product-slug="${CSS.escape(props.slug)}"]`);
    const slotSku = slot?.dataset['sku'];
    const slotAvailable = slot?.dataset['available'];
    if (slotSku !== undefined || slot?.dataset['available'] !== undefined) {
      setChoice({ sku: slotSku, available: slotAvailable === undefined ? undefined : Number(slotAvailable) });
    }
    const onVariant = (event: Event) => {
      const detail = (event as CustomEvent<VariantEventDetail>).detail;
      if (detail.slug !== props.slug) return;
      // The picker sends this from inside its own reactive update; updating this island's
      // signals there would nest one Solid root's update in another's. Take it up right after.
      queueMicrotask(() => {
        if (detail.sku !== choice().sku) {
          setQuantity(1);
          setNotice(undefined);
        }
        setChoice({ sku: detail.sku, available: detail.available });
      });
    };
    document.addEventListener(variantEvent, onVariant);
    // A shopper who picks a colour or size is about to add: fetch the code-split drawer then.
    // Not on idle: a shopper who only looks pays nothing for it (the page's script budget).
    const onPick = (event: Event) => {
      const name = (event.target as HTMLInputElement | null)?.name ?? '';
      if (name.endsWith(`-${props.slug}`)) void loadDrawer();
    };
    document.addEventListener('change', onPick);
    onCleanup(() => {
      document.removeEventListener(variantEvent, onVariant);
      document.removeEventListener('change', onPick);
    });
  });

  const add = () => {
    const why = reason();
    if (why === 'chooseSize') {
      // Take the shopper to what is missing rather than leaving a dead button.
      document.querySelector<HTMLInputElement>(`input[name="maat-${CSS.escape(props.slug)}"]`)?.focus();
      return;
    }
    const chosen = variant();
    if (why !== undefined || !chosen) return;
    const result = cartStore.add(chosen.sku, shownQuantity());
    const color = props.colors.find((candidate) => candidate.id === chosen.color);
    rememberLine({
      sku: chosen.sku,
      productSlug: props.slug,
      name: props.name,
      color: { id: chosen.color, name: color?.name ?? { nl: chosen.color, en: chosen.color } },
      size: chosen.size,
      priceCents: chosen.priceCents,
      compareAtPriceCents: chosen.compareAtPriceCents,
      image: color?.image,
    });
    setNotice(describeAddLimit(result, props.locale));
    setQuantity(1);
    if (result.added > 0) setDrawer({ sku: chosen.sku, added: result.added });
  };

  const closeDrawer = () => {
    setDrawer(undefined);
    button?.focus();
  };

  return (
    <div class="atc">
      <div class="atc__row">
        <QuantityStepper
          locale={props.locale}
          value={shownQuantity()}
          max={Math.max(1, room())}
          label={t.quantity}
          onChange={setQuantity}
          disabled={reason() !== undefined && reason() !== 'chooseSize'}
        />
        <button
          ref={button}
          type="button"
          class="btn btn-accent atc__add"
          aria-disabled={reason() !== undefined ? 'true' : undefined}
          aria-describedby={`atc-reason-${props.slug}`}
          onClick={add}
          onPointerEnter={() => void loadDrawer()}
          onFocus={() => void loadDrawer()}
        >
          {t.ui.addToCart}
        </button>
      </div>
      <p
        class="atc__reason"
        id={`atc-reason-${props.slug}`}
        classList={{ 'is-blocked': reason() !== undefined && reason() !== 'chooseSize', 'is-hint': reason() === 'chooseSize' }}
      >
        {reasonText()}
      </p>
      <Show when={drawer()}>
        {(line) => (
          <Suspense>
            <CartDrawer
              locale={props.locale}
              rules={props.rules}
              line={line()}
              cartHref={props.cartHref}
              checkoutHref={props.checkoutHref}
              onClose={closeDrawer}
            />
          </Suspense>
        )}
      </Show>
    </div>
  );
}
