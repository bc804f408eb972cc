/**
 * Delivers events to webhook endpoints the way Stripe does: a signed JSON POST per event
 * and endpoint, in the background (the API reply never waits for it), retried with
 * exponential backoff on a non-2xx answer or a network error. Stripe retries for days; here
 * the schedule is short and bounded so a dev loop or a test sees the outcome quickly.
 *
 * Stripe promises neither order nor exactly-once delivery; `pause`/`resume('reverse')` and
 * `redeliver` let tests produce exactly the disorder and duplicates an app must survive.
 */
import { signatureHeader } from './signing.ts';
import type { StripeEvent } from './store.ts';

export interface RetryOptions {
  /** Tries per event and endpoint, the first included. */
  attempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  /** How long one attempt may take before it counts as failed. */
  timeoutMs: number;
}

export const defaultRetry: RetryOptions = { attempts: 5, initialDelayMs: 1000, maxDelayMs: 30_000, timeoutMs: 10_000 };

export interface Delivery {
  eventId: string;
  type: string;
  url: string;
  status: 'queued' | 'pending' | 'delivered' | 'failed';
  attempts: number;
  /** HTTP status of the last attempt, or null after a network error. */
  lastStatus: number | null;
  lastError: string | null;
}

export class WebhookDispatcher {
  readonly #secret: string;
  readonly #retry: RetryOptions;
  readonly #log: (line: string) => void;
  #endpoints: string[];
  #paused = false;
  #closed = false;
  readonly #queue: Array<{ event: StripeEvent; delivery: Delivery }> = [];
  readonly #deliveries: Delivery[] = [];
  readonly #inFlight = new Set<Promise<void>>();
  readonly #timers = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();

  constructor(options: { secret: string; endpoints: readonly string[]; retry: RetryOptions; log: (line: string) => void }) {
    this.#secret = options.secret;
    this.#endpoints = [...options.endpoints];
    this.#retry = options.retry;
    this.#log = options.log;
  }

  get endpoints(): readonly string[] {
    return this.#endpoints;
  }

  setEndpoints(urls: readonly string[]): void {
    for (const url of urls) new URL(url); // throws on a malformed URL before anything changes
    this.#endpoints = [...new Set(urls)];
  }

  addEndpoint(url: string): void {
    this.setEndpoints([...this.#endpoints, url]);
  }

  /** Called for every new event; one delivery per endpoint configured at that moment. */
  dispatch(event: StripeEvent): void {
    event.pending_webhooks = this.#endpoints.length;
    for (const url of this.#endpoints) {
      const delivery: Delivery = {
        eventId: event.id,
        type: event.type,
        url,
        status: 'queued',
        attempts: 0,
        lastStatus: null,
        lastError: null,
      };
      this.#deliveries.push(delivery);
      if (this.#paused) this.#queue.push({ event, delivery });
      else this.#start(event, delivery);
    }
  }

  /** Sends an event again (a duplicate, as Stripe may send); resolves when those deliveries settle. */
  async redeliver(event: StripeEvent, url?: string): Promise<Delivery[]> {
    const targets = url ? [url] : this.#endpoints;
    const deliveries = targets.map((target): Delivery => {
      const delivery: Delivery = {
        eventId: event.id,
        type: event.type,
        url: target,
        status: 'queued',
        attempts: 0,
        lastStatus: null,
        lastError: null,
      };
      this.#deliveries.push(delivery);
      return delivery;
    });
    await Promise.all(deliveries.map((delivery) => this.#start(event, delivery, false)));
    return deliveries;
  }

  /** Holds new deliveries back until `resume`. */
  pause(): void {
    this.#paused = true;
  }

  /** Sends what was held back: in creation order, reversed, or shuffled. */
  resume(order: 'created' | 'reverse' | 'shuffle' = 'created'): void {
    this.#paused = false;
    const held = this.#queue.splice(0);
    if (order === 'reverse') held.reverse();
    if (order === 'shuffle') {
      for (let i = held.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [held[i], held[j]] = [held[j]!, held[i]!];
      }
    }
    // One after the other, so the chosen order is the order of arrival.
    const sequence = held.reduce<Promise<void>>(
      (previous, { event, delivery }) => previous.then(() => this.#attempt(event, delivery, true)),
      Promise.resolve(),
    );
    this.#track(sequence);
  }

  /** Resolves once no delivery is under way or waiting for a retry (held ones excepted). */
  async idle(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.all([...this.#inFlight]);
  }

  get deliveries(): readonly Delivery[] {
    return this.#deliveries;
  }

  clear(): void {
    this.#queue.length = 0;
    this.#deliveries.length = 0;
  }

  /** Stops retries and waits for attempts already on the wire. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#queue.length = 0;
    for (const sleeper of this.#timers) {
      clearTimeout(sleeper.timer);
      sleeper.wake();
    }
    await this.idle();
  }

  #track(promise: Promise<void>): Promise<void> {
    this.#inFlight.add(promise);
    void promise.finally(() => this.#inFlight.delete(promise));
    return promise;
  }

  #start(event: StripeEvent, delivery: Delivery, counted = true): Promise<void> {
    return this.#track(this.#attempt(event, delivery, counted));
  }

  async #attempt(event: StripeEvent, delivery: Delivery, counted: boolean): Promise<void> {
    delivery.status = 'pending';
    for (let attempt = 1; attempt <= this.#retry.attempts && !this.#closed; attempt++) {
      delivery.attempts = attempt;
      if (await this.#post(event, delivery)) {
        delivery.status = 'delivered';
        if (counted) event.pending_webhooks = Math.max(0, event.pending_webhooks - 1);
        return;
      }
      if (attempt < this.#retry.attempts)
        await this.#sleep(Math.min(this.#retry.initialDelayMs * 2 ** (attempt - 1), this.#retry.maxDelayMs));
    }
    delivery.status = 'failed';
    this.#log(
      `webhook ${event.type} ${event.id} to ${delivery.url} failed after ${delivery.attempts} attempts (${delivery.lastError ?? delivery.lastStatus})`,
    );
  }

  async #post(event: StripeEvent, delivery: Delivery): Promise<boolean> {
    // Signed afresh per attempt, with the current time, as Stripe does.
    const payload = JSON.stringify(event, null, 2);
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          'Cache-Control': 'no-cache',
          'Stripe-Signature': signatureHeader(payload, this.#secret),
        },
        body: payload,
        signal: AbortSignal.timeout(this.#retry.timeoutMs),
      });
      await response.arrayBuffer();
      delivery.lastStatus = response.status;
      delivery.lastError = response.ok ? null : `HTTP ${response.status}`;
      return response.ok;
    } catch (error) {
      delivery.lastStatus = null;
      delivery.lastError =
        error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}` : String(error);
      return false;
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const sleeper: { timer: NodeJS.Timeout; wake: () => void } = {
        wake: () => {
          this.#timers.delete(sleeper);
          resolve();
        },
        timer: setTimeout(() => sleeper.wake(), ms),
      };
      this.#timers.add(sleeper);
    });
  }
}
