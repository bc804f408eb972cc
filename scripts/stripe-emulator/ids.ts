/** Stripe-looking identifiers: a type prefix and 24 random base62 characters. */
import { randomBytes } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomBase62(length: number): string {
  let out = '';
  // 248 = 4 * 62: rejecting bytes >= 248 keeps every character equally likely.
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += alphabet[byte % 62];
    }
  }
  return out;
}

export function newId(prefix: string): string {
  return `${prefix}_${randomBase62(24)}`;
}

/** `pi_x_secret_y`, the shape Stripe.js parses to find the intent id. */
export function newClientSecret(intentId: string): string {
  return `${intentId}_secret_${randomBase62(25)}`;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
