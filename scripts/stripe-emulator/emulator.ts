/**
 * Programmatic entry of the local Stripe emulator, for tests and `npm run dev`:
 *
 *   const emulator = await startStripeEmulator({ port: 0, webhookEndpoints: ['http://127.0.0.1:4321/api/stripe/webhook'] });
 *   const stripe = new Stripe(emulator.secretKey, emulator.stripeConfig);   // the real SDK
 *   // browser: <script src={emulator.stripeJsUrl}> before loadStripe(emulator.publishableKey)
 *
 * A development and test tool only: nothing in src/ imports it, it is never part of a
 * production build, and the app uses it only when no real Stripe keys are set. State lives in
 * memory; restarting the emulator forgets every intent, charge, refund and event.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { IdempotencyKeys } from './idempotency.ts';
import { createEmulatorServer } from './server.ts';
import { Store, type StripeEvent } from './store.ts';
import { WebhookDispatcher, defaultRetry, type Delivery, type RetryOptions } from './webhooks.ts';

/** The version the installed `stripe` SDK pins; events carry the caller's Stripe-Version when known. */
export const defaultApiVersion = '2026-10-28.endive';

export interface StripeEmulatorOptions {
  /** 0 picks a free port. Default 0. */
  port?: number;
  host?: string;
  /** Address the browser and the app use, if not http://host:port (e.g. behind a proxy). */
  publicUrl?: string;
  webhookEndpoints?: readonly string[];
  /** `whsec_...`; a random one by default. */
  webhookSecret?: string;
  retry?: Partial<RetryOptions>;
  apiVersion?: string;
  /** Problems worth a line (failed webhook deliveries, internal errors). Silent by default. */
  log?: (line: string) => void;
}

export interface StripeEmulator {
  url: string;
  port: number;
  /** Any sk_test_/pk_test_ key works; these are the suggested ones. */
  secretKey: string;
  publishableKey: string;
  webhookSecret: string;
  /** The stand-in Stripe.js, to load with a <script> before loadStripe(). */
  stripeJsUrl: string;
  /** Options for `new Stripe(secretKey, stripeConfig)`. */
  stripeConfig: { host: string; port: number; protocol: 'http' };
  close(): Promise<void>;
  addWebhookEndpoint(url: string): void;
  setWebhookEndpoints(urls: readonly string[]): void;
  /** Every event so far, oldest first. */
  events(): StripeEvent[];
  /** Every webhook delivery so far, with its attempts and outcome. */
  deliveries(): Delivery[];
  /** Sends an event again (all endpoints, or one); resolves when those attempts settle. */
  redeliver(eventId: string, options?: { url?: string }): Promise<Delivery[]>;
  /** Holds webhook deliveries back; `resumeWebhooks` sends them in the order asked for. */
  pauseWebhooks(): void;
  resumeWebhooks(options?: { order?: 'created' | 'reverse' | 'shuffle' }): void;
  /** Resolves when no delivery is under way or waiting for a retry. */
  webhooksIdle(): Promise<void>;
  /** Forgets all objects, events, deliveries and idempotency keys; keeps endpoints and keys. */
  reset(): void;
}

const standInScript = readFileSync(new URL('./stand-in/stripe.js', import.meta.url), 'utf8');

export async function startStripeEmulator(options: StripeEmulatorOptions = {}): Promise<StripeEmulator> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => {});
  const webhookSecret = options.webhookSecret ?? `whsec_${randomBytes(24).toString('hex')}`;
  const apiVersion = options.apiVersion ?? defaultApiVersion;
  const store = new Store();
  const idempotency = new IdempotencyKeys();
  const webhooks = new WebhookDispatcher({
    secret: webhookSecret,
    endpoints: options.webhookEndpoints ?? [],
    retry: { ...defaultRetry, ...options.retry },
    log,
  });
  store.onEvent((event) => webhooks.dispatch(event));
  const reset = (): void => {
    store.reset();
    idempotency.clear();
    webhooks.clear();
  };

  let baseUrl = '';
  const server = createEmulatorServer({ store, idempotency, webhooks, baseUrl: () => baseUrl, apiVersion, standInScript, reset, log });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  baseUrl = (options.publicUrl ?? `http://${urlHost}:${port}`).replace(/\/$/, '');

  const findEvent = (id: string): StripeEvent => {
    const event = store.events.find((candidate) => candidate.id === id);
    if (!event) throw new Error(`stripe-emulator: no event ${id}`);
    return event;
  };

  return {
    url: baseUrl,
    port,
    secretKey: 'sk_test_emulator',
    publishableKey: 'pk_test_emulator',
    webhookSecret,
    stripeJsUrl: `${baseUrl}/v3`,
    stripeConfig: { host: urlHost.replace(/^\[|\]$/g, ''), port, protocol: 'http' },
    async close() {
      await webhooks.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
    addWebhookEndpoint: (url) => webhooks.addEndpoint(url),
    setWebhookEndpoints: (urls) => webhooks.setEndpoints(urls),
    events: () => structuredClone(store.events),
    deliveries: () => structuredClone([...webhooks.deliveries]),
    redeliver: (eventId, redeliverOptions = {}) => webhooks.redeliver(findEvent(eventId), redeliverOptions.url),
    pauseWebhooks: () => webhooks.pause(),
    resumeWebhooks: (resumeOptions = {}) => webhooks.resume(resumeOptions.order),
    webhooksIdle: () => webhooks.idle(),
    reset,
  };
}
