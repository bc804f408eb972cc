/** Starts an emulator and a real `stripe` SDK client pointed at it. */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { startStripeEmulator, type StripeEmulator, type StripeEmulatorOptions } from '../../../scripts/stripe-emulator/emulator.ts';

export interface Harness {
  emulator: StripeEmulator;
  stripe: Stripe;
}

export async function startHarness(options: StripeEmulatorOptions = {}): Promise<Harness> {
  const emulator = await startStripeEmulator({ retry: { initialDelayMs: 10, maxDelayMs: 50, timeoutMs: 2000 }, ...options });
  // No SDK retries: a test must see the emulator's first answer.
  const stripe = new Stripe(emulator.secretKey, { ...emulator.stripeConfig, maxNetworkRetries: 0 });
  return { emulator, stripe };
}

export const returnUrl = 'http://127.0.0.1:4321/checkout/return';

export interface Received {
  body: string;
  signature: string;
}

/** A local webhook endpoint; `answer` decides each status code (default 200). */
export async function startWebhookReceiver(answer: (n: number) => number = () => 200): Promise<{
  url: string;
  received: Received[];
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  let count = 0;
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), signature: String(request.headers['stripe-signature']) });
      response.writeHead(answer(++count)).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
