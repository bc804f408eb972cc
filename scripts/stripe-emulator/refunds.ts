/**
 * Refunds succeed at once (as card refunds do in Stripe's test mode) and never exceed what
 * the charge has left: Stripe's `amount_too_large` and `charge_already_refunded` refusals
 * are what keep an app's "refund once, never more than paid" honest.
 */
import { formatAmount } from './amounts.ts';
import type { Charge } from './charges.ts';
import { invalidRequest, parameterInvalid, resourceMissing, unexpectedState } from './errors.ts';
import type { FormObject } from './form.ts';
import { newId, nowSeconds } from './ids.ts';
import { paginate, type StripeList } from './lists.ts';
import { assertKnownParams, mergeMetadata, metadataParam, optionalEnum, optionalInteger, optionalString } from './params.ts';
import type { RequestInfo, Store } from './store.ts';

export interface Refund {
  id: string;
  object: 'refund';
  amount: number;
  balance_transaction: null;
  charge: string;
  created: number;
  currency: string;
  description: null;
  metadata: Record<string, string>;
  payment_intent: string;
  payment_method: string;
  reason: 'duplicate' | 'fraudulent' | 'requested_by_customer' | null;
  receipt_number: null;
  source_transfer_reversal: null;
  status: 'succeeded';
  transfer_reversal: null;
}

const reasons = ['duplicate', 'fraudulent', 'requested_by_customer'] as const;

function chargeToRefund(store: Store, params: FormObject): Charge {
  const chargeId = optionalString(params, 'charge');
  const intentId = optionalString(params, 'payment_intent');
  if (!chargeId && !intentId) {
    throw invalidRequest('One of the following params should be provided for this request: payment_intent or charge.', {
      code: 'parameter_missing',
      param: 'payment_intent',
    });
  }
  let charge: Charge | undefined;
  if (intentId) {
    const intent = store.intents.get(intentId)?.intent;
    if (!intent) throw resourceMissing('payment_intent', intentId, 'payment_intent');
    if (intent.status !== 'succeeded' || !intent.latest_charge) {
      throw unexpectedState(`This PaymentIntent (${intentId}) does not have a successful charge to refund.`, { param: 'payment_intent' });
    }
    charge = store.charges.get(intent.latest_charge);
    if (chargeId && charge?.id !== chargeId) {
      throw invalidRequest(`Charge ${chargeId} does not belong to PaymentIntent ${intentId}.`, { param: 'charge' });
    }
  } else if (chargeId) {
    charge = store.charges.get(chargeId);
    if (!charge) throw resourceMissing('charge', chargeId, 'charge');
  }
  if (!charge || charge.status !== 'succeeded') {
    throw invalidRequest(`Charge ${charge?.id ?? chargeId} has not succeeded and cannot be refunded.`, {
      code: 'charge_not_refundable',
      param: 'charge',
    });
  }
  return charge;
}

export function createRefund(store: Store, request: RequestInfo, params: FormObject): Refund {
  // instructions_email only matters for refunds Stripe cannot send back by itself; accepted, unused.
  assertKnownParams(params, ['charge', 'payment_intent', 'amount', 'reason', 'metadata', 'instructions_email']);
  const charge = chargeToRefund(store, params);
  const remaining = charge.amount_captured - charge.amount_refunded;
  if (remaining === 0) {
    throw invalidRequest(`Charge ${charge.id} has already been refunded.`, { code: 'charge_already_refunded', param: 'charge' });
  }
  const amount = optionalInteger(params, 'amount') ?? remaining;
  if (amount < 1) throw parameterInvalid('amount', 'Invalid positive integer', 'parameter_invalid_integer');
  if (amount > remaining) {
    const money = (value: number) => formatAmount(value, charge.currency);
    throw invalidRequest(
      charge.amount_refunded === 0
        ? `Refund amount (${money(amount)}) is greater than charge amount (${money(charge.amount)})`
        : `Refund amount (${money(amount)}) is greater than unrefunded amount on charge (${money(remaining)})`,
      { code: 'amount_too_large', param: 'amount' },
    );
  }
  const refund: Refund = {
    id: newId('re'),
    object: 'refund',
    amount,
    balance_transaction: null,
    charge: charge.id,
    created: nowSeconds(),
    currency: charge.currency,
    description: null,
    metadata: metadataParam(params),
    payment_intent: charge.payment_intent,
    payment_method: charge.payment_method,
    reason: optionalEnum(params, 'reason', reasons) ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
  store.refunds.set(refund.id, refund);
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount_captured;
  store.emit('refund.created', refund, request);
  store.emit('charge.refunded', charge, request, previous);
  return refund;
}

export function findRefund(store: Store, id: string): Refund {
  const refund = store.refunds.get(id);
  if (!refund) throw resourceMissing('refund', id);
  return refund;
}

/** Only metadata can change on a refund that has succeeded. */
export function updateRefund(store: Store, request: RequestInfo, refund: Refund, params: FormObject): Refund {
  assertKnownParams(params, ['metadata']);
  const previous = { metadata: refund.metadata };
  refund.metadata = mergeMetadata(refund.metadata, params);
  store.emit('refund.updated', refund, request, previous);
  return refund;
}

export function listRefunds(store: Store, params: FormObject): StripeList<Refund> {
  assertKnownParams(params, ['charge', 'payment_intent', 'limit', 'starting_after', 'ending_before', 'created']);
  const charge = optionalString(params, 'charge');
  const intent = optionalString(params, 'payment_intent');
  const matching = [...store.refunds.values()].filter(
    (refund) => (!charge || refund.charge === charge) && (!intent || refund.payment_intent === intent),
  );
  return paginate(matching, params, '/v1/refunds', 'refund');
}
