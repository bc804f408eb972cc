/**
 * Charges: one per payment attempt that reached the bank. A success or a decline leaves a
 * Charge (status succeeded / failed), a redirect payment left processing leaves a pending one,
 * exactly the trail Stripe leaves; refunds then add to `amount_refunded`.
 */
import { newId, nowSeconds } from './ids.ts';
import type { PaymentIntent } from './payment-intents.ts';
import { paymentMethodDetails, type BillingDetails, type PaymentMethod } from './payment-methods.ts';
import type { RequestInfo, Store } from './store.ts';

export type ChargeStatus = 'succeeded' | 'pending' | 'failed';

export interface ChargeFailure {
  code: string;
  message: string;
  decline_code?: string;
}

export interface Charge {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  balance_transaction: null;
  billing_details: BillingDetails;
  captured: boolean;
  created: number;
  currency: string;
  customer: null;
  description: string | null;
  disputed: false;
  failure_code: string | null;
  failure_message: string | null;
  livemode: false;
  metadata: Record<string, string>;
  outcome: { network_status: string; reason: string | null; risk_level: 'normal'; seller_message: string; type: string };
  paid: boolean;
  payment_intent: string;
  payment_method: string;
  payment_method_details: Record<string, unknown>;
  receipt_email: string | null;
  receipt_url: string | null;
  refunded: boolean;
  status: ChargeStatus;
}

function outcomeFor(status: ChargeStatus, failure?: ChargeFailure): Charge['outcome'] {
  if (status === 'failed') {
    return {
      network_status: 'declined_by_network',
      reason: failure?.decline_code ?? failure?.code ?? null,
      risk_level: 'normal',
      seller_message: 'The bank did not return any further details with this decline.',
      type: 'issuer_declined',
    };
  }
  return {
    network_status: 'approved_by_network',
    reason: null,
    risk_level: 'normal',
    seller_message: 'Payment complete.',
    type: 'authorized',
  };
}

/** Applies the fields that depend on the charge's status. */
function settle(charge: Charge, status: ChargeStatus, failure?: ChargeFailure): void {
  charge.status = status;
  charge.paid = status === 'succeeded';
  charge.captured = status === 'succeeded';
  charge.amount_captured = status === 'succeeded' ? charge.amount : 0;
  charge.failure_code = failure?.code ?? null;
  charge.failure_message = failure?.message ?? null;
  charge.outcome = outcomeFor(status, failure);
  charge.receipt_url = status === 'succeeded' ? `https://pay.stripe.com/receipts/emulator/${charge.id}` : null;
}

const eventFor: Record<ChargeStatus, string> = { succeeded: 'charge.succeeded', pending: 'charge.pending', failed: 'charge.failed' };

export function createCharge(
  store: Store,
  request: RequestInfo,
  intent: PaymentIntent,
  method: PaymentMethod,
  status: ChargeStatus,
  options: { failure?: ChargeFailure; authenticated?: boolean } = {},
): Charge {
  const charge: Charge = {
    id: newId('ch'),
    object: 'charge',
    amount: intent.amount,
    amount_captured: 0,
    amount_refunded: 0,
    balance_transaction: null,
    billing_details: method.billing_details,
    captured: false,
    created: nowSeconds(),
    currency: intent.currency,
    customer: null,
    description: intent.description,
    disputed: false,
    failure_code: null,
    failure_message: null,
    livemode: false,
    metadata: { ...intent.metadata },
    outcome: outcomeFor(status),
    paid: false,
    payment_intent: intent.id,
    payment_method: method.id,
    payment_method_details: paymentMethodDetails(method, options.authenticated ?? false),
    receipt_email: intent.receipt_email,
    receipt_url: null,
    refunded: false,
    status,
  };
  settle(charge, status, options.failure);
  store.charges.set(charge.id, charge);
  store.emit(eventFor[status], charge, request);
  return charge;
}

/** A pending charge (redirect method left processing) succeeds or fails later. */
export function settleCharge(
  store: Store,
  request: RequestInfo,
  charge: Charge,
  status: 'succeeded' | 'failed',
  failure?: ChargeFailure,
): void {
  settle(charge, status, failure);
  store.emit(eventFor[status], charge, request);
}
