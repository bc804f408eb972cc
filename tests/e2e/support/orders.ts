/**
 * Orders for the order status and payment tests, made the way the checkout makes them
 * (scripts/lib/sample-order.ts), and the Stripe side driven the way a
 * bank or Stripe's dashboard would: through the local emulator the test server runs in-process
 * (its address is in .tmp/test-server-<port>.json, written by scripts/test-server.ts). The
 * database lives inside the server process, so effects are checked through pages, not SQL.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import Stripe from 'stripe';
import { bestStockedSkus, placeSampleOrder, type SampleOrder } from '../../../scripts/lib/sample-order.ts';

export type TestOrder = SampleOrder;

export type TestServerInfo = Readonly<{ dataDir: string; stripeEmulatorUrl: string }>;

/** The two best-stocked variants: a few held units change no stock message another test looks at. */
export const orderSkus = bestStockedSkus(2);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function testServerInfo(baseURL: string): Promise<TestServerInfo> {
  const file = path.resolve('.tmp', `test-server-${new URL(baseURL).port}.json`);
  for (let attempt = 0; ; attempt++) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as TestServerInfo;
    } catch (error) {
      if (attempt > 50) throw error;
      await sleep(200);
    }
  }
}

/** Places an order for both test SKUs (one and two units) and answers what the checkout gets back. */
export function createOrder(baseURL: string, locale: 'nl' | 'en' = 'nl'): Promise<TestOrder> {
  return placeSampleOrder(baseURL, orderSkus, locale);
}

/** The status page as Stripe returns the shopper to it after a redirect. */
export function returnPath(order: TestOrder, redirectStatus: 'succeeded' | 'processing' | 'failed'): string {
  const url = new URL(order.statusPath, 'http://shop.test');
  url.searchParams.set('payment_intent', order.paymentIntentId);
  url.searchParams.set('payment_intent_client_secret', order.clientSecret);
  url.searchParams.set('redirect_status', redirectStatus);
  return `${url.pathname}${url.search}`;
}

/** Stripe's server API on the emulator, with the emulator's own key. */
export function emulatorStripe(info: TestServerInfo): Stripe {
  const url = new URL(info.stripeEmulatorUrl);
  return new Stripe('sk_test_emulator', { host: url.hostname, port: Number(url.port), protocol: 'http', maxNetworkRetries: 0 });
}

/** A declined card on the order's PaymentIntent, as if the shopper had tried one. */
export async function declineCard(info: TestServerInfo, order: TestOrder, baseURL: string): Promise<void> {
  const stripe = emulatorStripe(info);
  const error = await stripe.paymentIntents
    .confirm(order.paymentIntentId, { payment_method: 'pm_card_chargeDeclined', return_url: new URL(order.statusPath, baseURL).href })
    .then(
      () => undefined,
      (caught: unknown) => caught,
    );
  expect((error as { code?: string } | undefined)?.code).toBe('card_declined');
}

/** The bank confirms a processing payment (the emulator then sends payment_intent.succeeded). */
export async function bankConfirms(info: TestServerInfo, paymentIntentId: string): Promise<void> {
  const response = await fetch(`${info.stripeEmulatorUrl}/_emulator/payment_intents/${paymentIntentId}/succeed`, { method: 'POST' });
  expect(response.status).toBe(200);
}
