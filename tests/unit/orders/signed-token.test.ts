import { describe, expect, it } from 'vitest';
import { signToken, verifyToken } from '../../../src/lib/http/signed-token.ts';

const secret = 'a-token-secret-with-enough-length-1234';
const now = new Date('2026-06-01T12:00:00Z');
const inAnHour = new Date(now.getTime() + 60 * 60 * 1000);

describe('signed tokens', () => {
  const token = signToken({ purpose: 'order-status', subject: 'order-1', expiresAt: inAnHour }, secret);

  it('open what they were made for until they expire', () => {
    expect(token).toMatch(/^[\w-]+\.[\w-]{43}$/);
    expect(verifyToken(token, { purpose: 'order-status', secret, now })).toEqual({ subject: 'order-1', expiresAt: inAnHour });
    expect(verifyToken(token, { purpose: 'order-status', secret, now: inAnHour })).toBeUndefined();
  });

  it('are bound to their purpose and secret', () => {
    expect(verifyToken(token, { purpose: 'unsubscribe', secret, now })).toBeUndefined();
    expect(verifyToken(token, { purpose: 'order-status', secret: `${secret}x`, now })).toBeUndefined();
  });

  it('refuse any change to payload or signature, and garbage', () => {
    const [payload, signature] = token.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ p: 'order-status', s: 'order-2', e: Math.floor(inAnHour.getTime() / 1000) })).toString(
      'base64url',
    );
    expect(verifyToken(`${forged}.${signature}`, { purpose: 'order-status', secret, now })).toBeUndefined();
    const flipped = signature.slice(0, -1) + (signature.endsWith('A') ? 'B' : 'A');
    expect(verifyToken(`${payload}.${flipped}`, { purpose: 'order-status', secret, now })).toBeUndefined();
    for (const junk of ['', '.', 'abc', `${payload}.`, `${payload}.${signature}.x`, 'x'.repeat(5000), null, undefined]) {
      expect(verifyToken(junk, { purpose: 'order-status', secret, now })).toBeUndefined();
    }
  });

  it('refuse a short secret', () => {
    expect(() => signToken({ purpose: 'review', subject: 'x', expiresAt: inAnHour }, 'short')).toThrow(RangeError);
  });
});
