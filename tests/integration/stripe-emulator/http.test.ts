import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeForm, parseForm } from '../../../scripts/stripe-emulator/form.ts';
import { startHarness, type Harness } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.emulator.close());

describe('form bodies with bracketed keys', () => {
  it('nests hashes and arrays as Stripe does', () => {
    expect(
      parseForm(
        'amount=100&metadata[order_id]=o%201&payment_method_types[0]=card&payment_method_types[1]=ideal&automatic_payment_methods[enabled]=true&expand[]=a&expand[]=b&payment_method_data[billing_details][address][city]=Gent',
      ),
    ).toEqual({
      amount: '100',
      metadata: { order_id: 'o 1' },
      payment_method_types: ['card', 'ideal'],
      automatic_payment_methods: { enabled: 'true' },
      expand: ['a', 'b'],
      payment_method_data: { billing_details: { address: { city: 'Gent' } } },
    });
  });

  it('round-trips what it encodes, and refuses a value that is both string and hash', () => {
    const data = { metadata: { a: '1' }, list: ['x', 'y'], deep: { nested: { k: 'v' } } };
    expect(parseForm(encodeForm(data))).toEqual(data);
    expect(() => parseForm('metadata=x&metadata[a]=1')).toThrow('Invalid hash');
    expect(parseForm('__proto__[polluted]=1')).toEqual({ ['__proto__']: { polluted: '1' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers a malformed body with a 400 in Stripe’s shape', async () => {
    const response = await fetch(`${h.emulator.url}/v1/payment_intents`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${h.emulator.secretKey}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'amount=1&amount[x]=2',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { type: 'invalid_request_error' } });
  });
});

describe('HTTP surface', () => {
  it('serves the stand-in Stripe.js as JavaScript with CORS', async () => {
    const response = await fetch(h.emulator.stripeJsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const source = await response.text();
    expect(source).toContain('window.Stripe = Stripe');
    expect(() => new Function(source)).not.toThrow();
  });

  it('answers CORS preflights for Stripe.js calls from another origin', async () => {
    const response = await fetch(`${h.emulator.url}/v1/payment_intents/pi_x/confirm`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:4321',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('Content-Type');
  });

  it('answers an unknown URL like Stripe', async () => {
    const response = await fetch(`${h.emulator.url}/v1/customers`, { headers: { Authorization: `Bearer ${h.emulator.secretKey}` } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      error: { type: 'invalid_request_error', message: expect.stringContaining('Unrecognized request URL (GET: /v1/customers)') },
    });
  });

  it('resets state and sets webhook endpoints through /_emulator', async () => {
    await h.stripe.paymentIntents.create({ amount: 1000, currency: 'eur' });
    expect(h.emulator.events().length).toBeGreaterThan(0);
    const set = await fetch(`${h.emulator.url}/_emulator/webhook_endpoints`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ urls: ['http://127.0.0.1:9/hook'] }),
    });
    expect(await set.json()).toEqual({ urls: ['http://127.0.0.1:9/hook'] });
    h.emulator.setWebhookEndpoints([]);
    expect((await fetch(`${h.emulator.url}/_emulator/reset`, { method: 'POST' })).status).toBe(200);
    expect(h.emulator.events()).toEqual([]);
  });
});

describe('CLI', () => {
  it('prints one ready line and serves until stopped', async () => {
    const main = path.resolve(import.meta.dirname, '../../../scripts/stripe-emulator/main.ts');
    const child = spawn(process.execPath, [main, '--webhook', 'http://127.0.0.1:9/hook'], {
      env: { ...process.env, STRIPE_EMULATOR_PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      expect(line).toMatch(/^stripe-emulator ready \{/);
      const ready = JSON.parse(line.slice('stripe-emulator ready '.length)) as {
        url: string;
        webhookSecret: string;
        webhookEndpoints: string[];
      };
      expect(ready).toMatchObject({ webhookSecret: 'whsec_kassaemulator', webhookEndpoints: ['http://127.0.0.1:9/hook'] });
      expect(await (await fetch(`${ready.url}/_emulator/health`)).json()).toEqual({ ok: true });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
