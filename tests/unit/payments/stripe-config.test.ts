import { describe, expect, it } from 'vitest';
import { createStripeClient, paymentsConfig, paymentsMode, webhookSecret } from '../../../src/features/payments/stripe.server.ts';
import { parseEnv } from '../../../src/lib/env.server.ts';

describe('which Stripe the shop talks to', () => {
  it('uses the local emulator when no keys are set', () => {
    const env = parseEnv({ STRIPE_EMULATOR_URL: 'http://127.0.0.1:4999' });
    expect(paymentsMode(env)).toBe('emulator');
    expect(paymentsConfig(env)).toEqual({ mode: 'emulator', publishableKey: 'pk_test_emulator', stripeJsUrl: 'http://127.0.0.1:4999/v3' });
    expect(webhookSecret(env)).toBe('whsec_kassaemulator');
    expect(webhookSecret(parseEnv({ STRIPE_WEBHOOK_SECRET: 'whsec_fromstart' }))).toBe('whsec_fromstart');
    const stripe = createStripeClient(env) as unknown as { _api: { host: string; port: string | number; protocol: string } };
    expect(stripe._api).toMatchObject({ host: '127.0.0.1', port: '4999', protocol: 'http' });
    expect(paymentsConfig(parseEnv({})).stripeJsUrl).toBe('http://127.0.0.1:12111/v3');
  });

  it('uses Stripe itself when keys are set, even with an emulator URL left over', () => {
    const env = parseEnv({
      STRIPE_SECRET_KEY: 'sk_test_abc123',
      STRIPE_PUBLISHABLE_KEY: 'pk_test_abc123',
      STRIPE_WEBHOOK_SECRET: 'whsec_abc123',
      STRIPE_EMULATOR_URL: 'http://127.0.0.1:4999',
    });
    expect(paymentsConfig(env)).toEqual({ mode: 'stripe', publishableKey: 'pk_test_abc123' });
    expect(webhookSecret(env)).toBe('whsec_abc123');
    const stripe = createStripeClient(env) as unknown as { _api: { host: string } };
    expect(stripe._api.host).toBe('api.stripe.com');
  });

  it('asks for the publishable key and webhook secret that belong to a secret key', () => {
    const env = parseEnv({ STRIPE_SECRET_KEY: 'sk_test_abc123' });
    expect(() => paymentsConfig(env)).toThrow(/STRIPE_PUBLISHABLE_KEY/);
    expect(() => webhookSecret(env)).toThrow(/STRIPE_WEBHOOK_SECRET/);
  });

  it('refuses an emulator in production, and a URL that is not one', () => {
    const production = {
      APP_ENV: 'production',
      SITE_URL: 'https://shop.example',
      TOKEN_SECRET: 'x'.repeat(40),
      STRIPE_SECRET_KEY: 'sk_live_abc',
      STRIPE_PUBLISHABLE_KEY: 'pk_live_abc',
      STRIPE_WEBHOOK_SECRET: 'whsec_abc',
      SMTP_URL: 'smtp://mail.example:587',
    };
    expect(() => parseEnv(production)).not.toThrow();
    expect(() => parseEnv({ ...production, STRIPE_EMULATOR_URL: 'http://127.0.0.1:12111' })).toThrow(
      /STRIPE_EMULATOR_URL: must not be set when APP_ENV=production/,
    );
    expect(() => parseEnv({ STRIPE_EMULATOR_URL: 'localhost:12111' })).toThrow(/STRIPE_EMULATOR_URL: must be an http/);
  });
});
