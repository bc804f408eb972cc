/**
 * The emulator's whole state, in memory: restarting it forgets every intent, which is fine
 * for a development and test tool. Every change that Stripe would announce goes through
 * `emit`, which records the event and tells the webhook dispatcher.
 */
import type { Charge } from './charges.ts';
import { newId, nowSeconds } from './ids.ts';
import type { PaymentIntentRecord } from './payment-intents.ts';
import type { ResolvedPaymentMethod } from './payment-methods.ts';
import type { Refund } from './refunds.ts';

export interface StripeEvent {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: unknown; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
}

/** The API request that caused a change; null for changes the emulator makes by itself. */
export interface RequestInfo {
  id: string | null;
  idempotencyKey: string | null;
  apiVersion: string;
}

export class Store {
  readonly intents = new Map<string, PaymentIntentRecord>();
  readonly charges = new Map<string, Charge>();
  readonly refunds = new Map<string, Refund>();
  readonly paymentMethods = new Map<string, ResolvedPaymentMethod>();
  /** Oldest first. */
  readonly events: StripeEvent[] = [];
  readonly #listeners: Array<(event: StripeEvent) => void> = [];

  onEvent(listener: (event: StripeEvent) => void): void {
    this.#listeners.push(listener);
  }

  /** Records an event with a snapshot of the object as it is now, then announces it. */
  emit(type: string, object: unknown, request: RequestInfo, previousAttributes?: Record<string, unknown>): StripeEvent {
    const event: StripeEvent = {
      id: newId('evt'),
      object: 'event',
      api_version: request.apiVersion,
      created: nowSeconds(),
      data: {
        object: structuredClone(object),
        ...(previousAttributes ? { previous_attributes: structuredClone(previousAttributes) } : {}),
      },
      livemode: false,
      pending_webhooks: 0,
      request: { id: request.id, idempotency_key: request.idempotencyKey },
      type,
    };
    this.events.push(event);
    for (const listener of this.#listeners) listener(event);
    return event;
  }

  /** Finds any stored object by its id prefix; used for `expand[]`. */
  lookup(id: string): unknown {
    if (id.startsWith('pi_')) return this.intents.get(id)?.intent;
    if (id.startsWith('ch_')) return this.charges.get(id);
    if (id.startsWith('re_')) return this.refunds.get(id);
    if (id.startsWith('pm_')) return this.paymentMethods.get(id)?.method;
    return undefined;
  }

  reset(): void {
    this.intents.clear();
    this.charges.clear();
    this.refunds.clear();
    this.paymentMethods.clear();
    this.events.length = 0;
  }
}
