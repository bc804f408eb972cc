/**
 * Signed, expiring, purpose-bound tokens for links a customer follows from an e-mail or a page
 * (order status, returns, unsubscribe, review): `<payload>.<signature>`, both base64url.
 *
 * - HMAC-SHA256 with a key derived per purpose from the shop's token secret, and the purpose
 *   inside the signed payload too: a token minted to unsubscribe can never open an order, even
 *   for the same subject.
 * - The expiry is inside the signed payload; an expired token is refused like a forged one.
 * - Signatures are compared in constant time, so timing does not leak how much of a guess matched.
 * - Not encrypted: the payload (purpose, subject id, expiry) is readable by whoever holds the
 *   link. It carries ids, never personal data.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type TokenPurpose = 'order-status' | 'returns' | 'unsubscribe' | 'review';

export interface TokenClaims {
  purpose: TokenPurpose;
  /** What the token opens: an order id, a subscription id, ... */
  subject: string;
  /** When it stops working. */
  expiresAt: Date;
}

interface Payload {
  /** purpose */
  p: string;
  /** subject */
  s: string;
  /** expiry, seconds since the epoch */
  e: number;
}

function keyFor(secret: string, purpose: string): Buffer {
  if (secret.length < 16) throw new RangeError('A token secret needs at least 16 characters.');
  return createHmac('sha256', secret).update(`kassa-token:${purpose}`).digest();
}

function sign(secret: string, purpose: string, encodedPayload: string): Buffer {
  return createHmac('sha256', keyFor(secret, purpose)).update(encodedPayload).digest();
}

export function signToken(claims: TokenClaims, secret: string): string {
  const payload: Payload = { p: claims.purpose, s: claims.subject, e: Math.floor(claims.expiresAt.getTime() / 1000) };
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${encoded}.${sign(secret, claims.purpose, encoded).toString('base64url')}`;
}

export interface VerifyOptions {
  purpose: TokenPurpose;
  secret: string;
  now?: Date;
}

/** The token's subject when it is genuine, meant for `purpose` and not expired; otherwise undefined. */
export function verifyToken(token: string | null | undefined, options: VerifyOptions): { subject: string; expiresAt: Date } | undefined {
  // Generous but bounded: a token is ~150 characters; a megabyte of garbage is not worth hashing.
  if (typeof token !== 'string' || token.length > 1024) return undefined;
  const dot = token.indexOf('.');
  if (dot <= 0 || dot !== token.lastIndexOf('.')) return undefined;
  const encoded = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), 'base64url');
  const expected = sign(options.secret, options.purpose, encoded);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;

  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Payload;
  } catch {
    return undefined;
  }
  if (typeof payload !== 'object' || payload === null) return undefined;
  if (payload.p !== options.purpose || typeof payload.s !== 'string' || !Number.isSafeInteger(payload.e)) return undefined;
  const now = options.now ?? new Date();
  if (payload.e * 1000 <= now.getTime()) return undefined;
  return { subject: payload.s, expiresAt: new Date(payload.e * 1000) };
}
