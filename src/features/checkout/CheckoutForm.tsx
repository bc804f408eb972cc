/**
 * The checkout island: progress, the step the URL hash names (details, delivery, payment) and
 * the order summary, on one on-demand page. The cart and the draft live in the browser and are
 * read after mount; the server renders the empty state and a placeholder of the form's size,
 * and CartPresence.astro shows the right one before the first paint, so nothing shifts.
 */
import { useStore } from '@nanostores/solid';
import { createSignal, Match, onMount, Show, Switch } from 'solid-js';
import type { Locale } from '../../lib/i18n/locales.ts';
import { CartIcon } from '../cart/CartIcon.tsx';
import type { PricingRules } from '../cart/cart-pricing.ts';
import { $cart } from '../cart/cart-store.ts';
import { CartChangesNotice, Notice } from '../cart/Notice.tsx';
import type { ShippingCountry } from '../shipping/delivery-promise.ts';
import { createCheckout } from './checkout-controller.ts';
import { CheckoutSummary } from './CheckoutSummary.tsx';
import { DeliveryStep } from './DeliveryStep.tsx';
import { DetailsStep } from './DetailsStep.tsx';
import { checkoutMessages } from './messages.ts';
import { PaymentStep } from './PaymentStep.tsx';
import { ProgressSteps } from './ProgressSteps.tsx';
import '../cart/cart.css';
import './checkout.css';
import '../cart/cart-presence.css';

type Props = {
  locale: Locale;
  rules: PricingRules;
  countries: ShippingCountry[];
  cartHref: string;
  shopHref: string;
};

export function CheckoutForm(props: Props) {
  const [mounted, setMounted] = createSignal(false);
  onMount(() => setMounted(true));
  return (
    <Show
      when={mounted()}
      fallback={
        <>
          <div data-cart-ssr="empty">
            <CheckoutEmpty {...props} />
          </div>
          <div class="co co--loading" data-cart-ssr="filled">
            <ProgressSteps locale={props.locale} current="details" />
          </div>
        </>
      }
    >
      <CheckoutWithCart {...props} />
    </Show>
  );
}

/** Nothing to check out; rendered by the server as the first guess too (CartPresence.astro). */
function CheckoutEmpty(props: Props) {
  const t = checkoutMessages[props.locale];
  return (
    <div class="co co--empty">
      <h2>{t.empty.heading}</h2>
      <p>{t.empty.text}</p>
      <a class="btn" href={props.shopHref}>
        {t.empty.toShop}
      </a>
    </div>
  );
}

function CheckoutWithCart(props: Props) {
  const cart = useStore($cart);
  return (
    <Show when={cart().lines.length > 0} fallback={<CheckoutEmpty {...props} />}>
      <CheckoutFlow {...props} />
    </Show>
  );
}

function CheckoutFlow(props: Props) {
  const checkout = createCheckout({ locale: props.locale, rules: props.rules, countries: props.countries });
  const t = checkoutMessages[props.locale];
  const changes = () => checkout.pricing.changes();
  return (
    <div class="co">
      <ProgressSteps locale={props.locale} current={checkout.step()} />
      <div class="co__layout">
        <aside class="co__aside">
          <CheckoutSummary checkout={checkout} cartHref={props.cartHref} />
        </aside>
        <div class="co__main">
          <div class="co-alert" role="alert">
            <Show when={checkout.alert()}>
              {(message) => (
                <Notice tone="alert" live={false}>
                  <p>{message()}</p>
                </Notice>
              )}
            </Show>
          </div>
          <CartChangesNotice locale={props.locale} title={t.payment.changesTitle} changes={changes()} />
          <Switch>
            <Match when={checkout.step() === 'details'}>
              <DetailsStep checkout={checkout} countries={props.countries} />
            </Match>
            <Match when={checkout.step() === 'delivery'}>
              <DeliveryStep checkout={checkout} />
            </Match>
            <Match when={checkout.step() === 'payment'}>
              <PaymentStep checkout={checkout} cartHref={props.cartHref} />
            </Match>
          </Switch>
          <p class="co-secure">
            <CartIcon name="lock" size={18} />
            {t.secure}
          </p>
        </div>
      </div>
    </div>
  );
}
