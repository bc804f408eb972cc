/**
 * Stripe's webhook signature: `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` over
 * `${t}.${payload}`, keyed with the whole `whsec_...` string. This is what
 * `stripe.webhooks.constructEvent(rawBody, header, secret)` recomputes.
 */
import { createHmac } from 'node:crypto';
import { nowSeconds } from './ids.ts';

export function signatureHeader(payload: string, secret: string, timestamp: number = nowSeconds()): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${signature}`;
}
