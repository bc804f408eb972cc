/**
 * The discount code, tucked behind "Heb je een kortingscode?" so shoppers without one are not
 * sent off to search for it (Baymard's advice), and checked on the server: the browser never
 * knows which codes exist. An applied code shows as a chip that can be removed; a refused one
 * says why next to the field.
 */
import { createEffect, createSignal, Show } from 'solid-js';
import type { Locale } from '../../lib/i18n/locales.ts';
import { fill } from '../../lib/i18n/messages.ts';
import type { DiscountOutcome } from './cart-pricing.ts';
import { CartIcon } from './CartIcon.tsx';
import { cartMessages, describeDiscountError } from './messages.ts';
import { minusMoney } from './OrderSummary.tsx';

type Props = {
  locale: Locale;
  /** The code as stored (what the shopper applied last). */
  code: string;
  /** The server's judgement of `code`; undefined while it is being checked. */
  outcome: DiscountOutcome | undefined;
  checking: boolean;
  onApply: (code: string) => void;
  onRemove: () => void;
  id: string;
};

export function DiscountCodeField(props: Props) {
  const m = () => cartMessages[props.locale];
  const [open, setOpen] = createSignal(props.code !== '');
  let input: HTMLInputElement | undefined;
  const applied = () => (props.outcome?.status === 'applied' ? props.outcome : undefined);
  const error = () => (props.outcome?.status === 'rejected' ? describeDiscountError(props.outcome.error, props.locale) : undefined);
  // A refused code stays in the field for correcting; the field opens to show why.
  createEffect(() => {
    if (error() !== undefined) setOpen(true);
  });
  const errorId = () => `${props.id}-error`;
  return (
    <div class="dc">
      <Show
        when={applied()}
        fallback={
          <details class="dc__details" open={open()} onToggle={(event) => setOpen(event.currentTarget.open)}>
            <summary class="dc__toggle">
              <CartIcon name="tag" size={18} />
              {m().ui.discountToggle}
            </summary>
            <form
              class="dc__form"
              onSubmit={(event) => {
                event.preventDefault();
                const value = input?.value.trim() ?? '';
                if (value !== '') props.onApply(value);
              }}
            >
              <label class="dc__label" for={props.id}>
                {m().discountCode.label}
              </label>
              <div class="dc__row">
                <input
                  ref={input}
                  id={props.id}
                  class="field__input dc__input"
                  type="text"
                  autocomplete="off"
                  autocapitalize="characters"
                  spellcheck={false}
                  value={props.code}
                  aria-invalid={error() !== undefined ? 'true' : undefined}
                  aria-describedby={error() !== undefined ? errorId() : undefined}
                />
                <button type="submit" class="btn btn-ghost dc__apply" disabled={props.checking}>
                  {m().discountCode.apply}
                </button>
              </div>
              <p class="dc__message" id={errorId()} aria-live="polite">
                {props.checking ? m().ui.discountChecking : (error() ?? '')}
              </p>
            </form>
          </details>
        }
      >
        {(discount) => (
          <p class="dc__applied" aria-live="polite">
            <CartIcon name="tag" size={18} />
            <span>
              {fill(m().discountCode.applied, { code: discount().code })}{' '}
              <Show when={discount().amount.amount > 0}>
                <strong>{minusMoney(discount().amount, props.locale)}</strong>
              </Show>
            </span>
            <button type="button" class="icon-btn dc__remove" onClick={() => props.onRemove()}>
              <CartIcon name="close" size={18} />
              <span class="sr-only">{fill(m().ui.discountRemove, { code: discount().code })}</span>
            </button>
          </p>
        )}
      </Show>
    </div>
  );
}
