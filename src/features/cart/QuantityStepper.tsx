/**
 * A quantity control: minus, the number (typeable), plus, each 44 px. The number is a real
 * input with a label, so a screen reader hears "Aantal van Regenjas Wolkbreuk (Geel, M), 2";
 * the buttons stop at the limits instead of silently doing nothing.
 */
import { cartMessages } from './messages.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { CartIcon } from './CartIcon.tsx';

type Props = {
  locale: Locale;
  value: number;
  max: number;
  min?: number;
  /** The accessible name of the number: "Aantal" or "Aantal van <item>". */
  label: string;
  onChange: (quantity: number) => void;
  id?: string;
  disabled?: boolean;
};

export function QuantityStepper(props: Props) {
  const t = () => cartMessages[props.locale].ui;
  const min = () => props.min ?? 1;
  const clamp = (n: number) => Math.max(min(), Math.min(props.max, n));
  const commit = (input: HTMLInputElement) => {
    const typed = Number.parseInt(input.value, 10);
    if (!Number.isFinite(typed)) {
      input.value = String(props.value);
      return;
    }
    const next = clamp(typed);
    input.value = String(next);
    if (next !== props.value) props.onChange(next);
  };
  return (
    <div class="qty" role="group" aria-label={props.label}>
      <button
        type="button"
        class="qty__btn"
        aria-label={t().decrease}
        disabled={props.disabled || props.value <= min()}
        onClick={() => props.onChange(clamp(props.value - 1))}
      >
        <CartIcon name="minus" />
      </button>
      <input
        class="qty__input"
        type="number"
        inputmode="numeric"
        id={props.id}
        min={min()}
        max={Math.max(min(), props.max)}
        value={props.value}
        aria-label={cartMessages[props.locale].quantity}
        disabled={props.disabled}
        onChange={(event) => commit(event.currentTarget)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget);
        }}
      />
      <button
        type="button"
        class="qty__btn"
        aria-label={t().increase}
        disabled={props.disabled || props.value >= props.max}
        onClick={() => props.onChange(clamp(props.value + 1))}
      >
        <CartIcon name="plus" />
      </button>
    </div>
  );
}
