/**
 * What the top of the order status page says about paying, from the order and (when there
 * is one) Stripe's answer via getPaymentReturnState. Pure, so every combination is tested
 * without Stripe; order-status-page.server.ts gathers the inputs.
 *
 * - confirmed: the shopper just came back from paying and the money is in: "Bedankt!", and
 *   the browser's cart is emptied. Only on the return itself, never on a later visit from an
 *   e-mail, where it would empty a new cart.
 * - processing: a bank payment is on its way: wait, and let the page check again.
 * - pay: the order can still be paid on the same PaymentIntent (a first attempt that was
 *   left, or a failed one): show why it failed, until when the units are held, and the form.
 * - closed: it can no longer be paid (expired, canceled, or a late payment refunded).
 * - unknown: Stripe could not be asked; show the order as the database has it.
 * - none: nothing about paying beyond the timeline (paid, shipped, delivered).
 */
import type { OrderStatus } from './order-status.ts';

export type PaymentRetry = Readonly<{ clientSecret: string; publishableKey: string }>;

/** The parts of getPaymentReturnState's answer the panel needs. */
export type ReturnStateSummary = Readonly<{
  state: 'succeeded' | 'processing' | 'failed';
  errorCode?: string | undefined;
  retry?: PaymentRetry | undefined;
}>;

export type PaymentPanel =
  | Readonly<{ kind: 'confirmed' }>
  | Readonly<{ kind: 'processing' }>
  | Readonly<{ kind: 'pay'; retry: PaymentRetry; failed: boolean; errorCode?: string | undefined; reservedUntil?: Date | undefined }>
  | Readonly<{ kind: 'closed'; status: 'expired' | 'canceled' | 'refunded' }>
  | Readonly<{ kind: 'unknown' }>
  | Readonly<{ kind: 'none' }>;

export type PaymentPanelInput = Readonly<{
  /** The order's status after the return state was settled. */
  status: OrderStatus;
  /** Stripe's answer; undefined when it was not asked (nothing to pay) or not reachable. */
  returnState?: ReturnStateSummary | undefined;
  /** The URL carried Stripe's return query: this request is the shopper coming back from paying. */
  returned: boolean;
  /** Stripe was asked and did not answer. */
  stripeUnreachable?: boolean;
  reservedUntil?: Date | undefined;
}>;

function closedStatus(status: OrderStatus): 'expired' | 'canceled' | 'refunded' | undefined {
  return status === 'expired' || status === 'canceled' || status === 'refunded' ? status : undefined;
}

export function paymentPanel(input: PaymentPanelInput): PaymentPanel {
  const { status, returnState, returned } = input;
  if (input.stripeUnreachable) return { kind: 'unknown' };
  switch (returnState?.state) {
    case 'succeeded':
      return returned ? { kind: 'confirmed' } : { kind: 'none' };
    case 'processing':
      return { kind: 'processing' };
    case 'failed':
      if (returnState.retry) {
        return {
          kind: 'pay',
          retry: returnState.retry,
          // Back from a redirect that did not pay (a cancel at the bank counts), or a decline on record.
          failed: returned || status === 'payment_failed' || returnState.errorCode !== undefined,
          errorCode: returnState.errorCode,
          reservedUntil: input.reservedUntil,
        };
      }
      return { kind: 'closed', status: closedStatus(status) ?? 'expired' };
    default: {
      const closed = closedStatus(status);
      return closed ? { kind: 'closed', status: closed } : { kind: 'none' };
    }
  }
}
