/**
 * "Regenjas Wolkbreuk (Geel, M) verwijderd. [Ongedaan maken]": the toast after a removal. The
 * live region is always in the page (an inserted region is not announced), the toast stays
 * while it has focus or the pointer, and otherwise leaves after ten seconds; removing is
 * never a trap, because undo is right there.
 */
import { createEffect, createSignal, onCleanup, Show } from 'solid-js';
import type { Locale } from '../../lib/i18n/locales.ts';
import { cartMessages } from './messages.ts';

export type Toast = Readonly<{ id: number; message: string; onUndo: () => void }>;

type Props = { locale: Locale; toast: Toast | undefined; onDismiss: () => void };

const visibleMs = 10_000;

export function UndoToast(props: Props) {
  const [held, setHeld] = createSignal(false);
  createEffect(() => {
    const toast = props.toast;
    if (!toast || held()) return;
    const timer = setTimeout(() => props.onDismiss(), visibleMs);
    onCleanup(() => clearTimeout(timer));
  });
  return (
    <div
      class="toast-region"
      role="status"
      onFocusIn={() => setHeld(true)}
      onFocusOut={() => setHeld(false)}
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
    >
      <Show when={props.toast}>
        {(toast) => (
          <div class="toast">
            <span class="toast__text">{toast().message}</span>
            <button
              type="button"
              class="toast__undo"
              onClick={() => {
                toast().onUndo();
                props.onDismiss();
              }}
            >
              {cartMessages[props.locale].undo.action}
            </button>
          </div>
        )}
      </Show>
    </div>
  );
}
