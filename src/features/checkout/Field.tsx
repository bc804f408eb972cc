/**
 * One labelled text field of the checkout: label above (never a placeholder as label), an
 * optional hint that says why it is asked, and the error under it. The error paragraph is
 * always there and polite-live, so a message that appears on blur is read out; the input
 * points at hint and error with aria-describedby and says aria-invalid while wrong.
 */
import { Show, type JSX } from 'solid-js';
import { CartIcon } from '../cart/CartIcon.tsx';

type Props = {
  id: string;
  label: string;
  /** "(optioneel)" after the label; required fields carry no mark (most are required). */
  optional?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  inputmode?: JSX.HTMLAttributes<HTMLInputElement>['inputmode'];
  autocapitalize?: JSX.HTMLAttributes<HTMLInputElement>['autocapitalize'];
  spellcheck?: boolean;
  maxLength?: number;
  class?: string;
  onInput: (value: string) => void;
  onBlur: (value: string) => void;
  onFocus?: () => void;
};

export function Field(props: Props) {
  const hintId = () => `${props.id}-hint`;
  const errorId = () => `${props.id}-error`;
  return (
    <div class={`field ${props.class ?? ''}`} classList={{ 'has-error': props.error !== undefined }}>
      <label class="field__label" for={props.id}>
        {props.label}
        <Show when={props.optional}>{(optional) => <span class="field__optional"> {optional()}</span>}</Show>
      </label>
      <Show when={props.hint}>
        {(hint) => (
          <p class="field__hint" id={hintId()}>
            {hint()}
          </p>
        )}
      </Show>
      <input
        class="field__input"
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        autocapitalize={props.autocapitalize}
        spellcheck={props.spellcheck}
        maxLength={props.maxLength ?? 254}
        required={props.optional === undefined}
        aria-invalid={props.error !== undefined ? 'true' : undefined}
        aria-describedby={props.hint ? `${hintId()} ${errorId()}` : errorId()}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        onBlur={(event) => props.onBlur(event.currentTarget.value)}
        onFocus={() => props.onFocus?.()}
      />
      <p class="field__error" id={errorId()} aria-live="polite">
        <Show when={props.error}>
          {(error) => (
            <>
              <CartIcon name="info" size={18} />
              <span>{error()}</span>
            </>
          )}
        </Show>
      </p>
    </div>
  );
}
