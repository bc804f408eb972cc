/**
 * The one place that decides which Stripe the shop talks to. Real keys in the environment: Stripe
 * itself. No keys (never in production; env.server.ts enforces that): the local Stripe emulator
 * at STRIPE_EMULATOR_URL, through the very same `stripe` SDK, so the code path that takes money
 * in production is the one every test and every local checkout runs.
 *
 * Real keys always win: an emulator URL left in a staging .env next to test keys is ignored.
 */
import Stripe from 'stripe';
import { EnvError, getEnv, type Env } from '../../lib/env.server.ts';

export type PaymentsMode = 'stripe' | 'emulator';

/** What the browser needs to load Stripe.js and mount the Payment Element. */
export interface PaymentsConfig {
  mode: PaymentsMode;
  publishableKey: string;
  /**
   * Emulator only: the stand-in Stripe.js to load with a plain <script> before loadStripe(),
   * which then uses it instead of js.stripe.com.
   */
  stripeJsUrl?: string;
}

/** The emulator's fixed defaults (scripts/stripe-emulator/main.ts), so a local setup needs no variables. */
export const emulatorDefaults = {
  url: 'http://127.0.0.1:12111',
  secretKey: 'sk_test_emulator',
  publishableKey: 'pk_test_emulator',
  webhookSecret: 'whsec_kassaemulator',
} as const;

export function paymentsMode(env: Env = getEnv()): PaymentsMode {
  if (env.STRIPE_SECRET_KEY) return 'stripe';
  // The env schema already requires the keys in production; this guards a hand-built Env.
  if (env.APP_ENV === 'production')
    throw new EnvError('Invalid environment variable STRIPE_SECRET_KEY: is required when APP_ENV=production.');
  return 'emulator';
}

function emulatorUrl(env: Env): URL {
  return new URL(env.STRIPE_EMULATOR_URL ?? emulatorDefaults.url);
}

export function paymentsConfig(env: Env = getEnv()): PaymentsConfig {
  if (paymentsMode(env) === 'stripe') {
    if (!env.STRIPE_PUBLISHABLE_KEY) {
      throw new EnvError('Invalid environment variable STRIPE_PUBLISHABLE_KEY: is required when STRIPE_SECRET_KEY is set.');
    }
    return { mode: 'stripe', publishableKey: env.STRIPE_PUBLISHABLE_KEY };
  }
  const base = emulatorUrl(env).href.replace(/\/$/, '');
  return { mode: 'emulator', publishableKey: env.STRIPE_PUBLISHABLE_KEY ?? emulatorDefaults.publishableKey, stripeJsUrl: `${base}/v3` };
}

/** The secret Stripe signs webhooks with: the dashboard's (or `stripe listen`'s), or the emulator's. */
export function webhookSecret(env: Env = getEnv()): string {
  if (env.STRIPE_WEBHOOK_SECRET) return env.STRIPE_WEBHOOK_SECRET;
  if (paymentsMode(env) === 'stripe') {
    throw new EnvError('Invalid environment variable STRIPE_WEBHOOK_SECRET: is required when STRIPE_SECRET_KEY is set.');
  }
  return emulatorDefaults.webhookSecret;
}

/**
 * A Stripe client for the environment. Network retries are safe because every write Kassa
 * makes carries its own idempotency key; the time-out keeps a hanging Stripe from holding a
 * shopper's request for the SDK's default 80 seconds.
 */
export function createStripeClient(env: Env = getEnv()): Stripe {
  const common = { maxNetworkRetries: 2, timeout: 20_000, appInfo: { name: 'Kassa' } } as const;
  if (paymentsMode(env) === 'stripe') return new Stripe(env.STRIPE_SECRET_KEY!, common);
  const url = emulatorUrl(env);
  const protocol = url.protocol === 'https:' ? 'https' : 'http';
  return new Stripe(emulatorDefaults.secretKey, {
    ...common,
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port || (protocol === 'https' ? 443 : 80),
    protocol,
    telemetry: false,
  });
}

let shared: Stripe | undefined;

/** The process's Stripe client, made on first use from the validated environment. */
export function getStripe(): Stripe {
  shared ??= createStripeClient(getEnv());
  return shared;
}
