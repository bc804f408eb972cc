/**
 * A notice above the cart's or the checkout's content: `changes` for what the server's
 * pricing changed (said, never hidden), `alert` for what went wrong with a way out (a retry, a
 * link to the cart).
 */
import { For, Show, type JSX } from 'solid-js';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { CartChange } from './cart-pricing.ts';
import { CartIcon } from './CartIcon.tsx';
import { describeCartChange } from './messages.ts';
import './notice.css';

type NoticeProps = {
  tone: 'changes' | 'alert';
  /** false inside a live region that is already there (it announces what appears in it). */
  live?: boolean;
  children: JSX.Element;
};

export function Notice(props: NoticeProps) {
  const role = () => (props.live === false ? undefined : props.tone === 'alert' ? 'alert' : 'status');
  return (
    <div class="notice" classList={{ 'notice--alert': props.tone === 'alert' }} role={role()}>
      <CartIcon name="info" />
      <div>{props.children}</div>
    </div>
  );
}

type ChangesProps = { locale: Locale; title: string; changes: readonly CartChange[] };

/** The server's changes to the cart, one sentence each, under a title; nothing when there are none. */
export function CartChangesNotice(props: ChangesProps) {
  return (
    <Show when={props.changes.length > 0}>
      <Notice tone="changes">
        <p class="notice__title">{props.title}</p>
        <ul>
          <For each={props.changes}>{(change) => <li>{describeCartChange(change, props.locale)}</li>}</For>
        </ul>
      </Notice>
    </Show>
  );
}
