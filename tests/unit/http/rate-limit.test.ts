import { describe, expect, it } from 'vitest';
import { clientNetwork, createMemoryRateLimiter, rateLimitKey, tooManyRequests } from '../../../src/lib/http/rate-limit.ts';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('memory rate limiter', () => {
  it('allows a burst up to the limit, then refuses with the seconds until the next token', () => {
    const c = clock();
    const limiter = createMemoryRateLimiter({ limit: 30, windowMs: 60_000, now: c.now });
    for (let i = 0; i < 30; i++) expect(limiter.consume('a').allowed).toBe(true);
    const refused = limiter.consume('a');
    expect(refused).toEqual({ allowed: false, limit: 30, remaining: 0, retryAfterSeconds: 2 });
    c.advance(1999);
    expect(limiter.consume('a').allowed).toBe(false);
    c.advance(1);
    expect(limiter.consume('a')).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('counts each key on its own and refills to at most the limit', () => {
    const c = clock();
    const limiter = createMemoryRateLimiter({ limit: 3, windowMs: 3000, now: c.now });
    limiter.consume('a');
    limiter.consume('a');
    limiter.consume('a');
    expect(limiter.consume('a').allowed).toBe(false);
    expect(limiter.consume('b')).toMatchObject({ allowed: true, remaining: 2 });
    c.advance(60_000);
    expect(limiter.consume('a')).toMatchObject({ allowed: true, remaining: 2 });
  });

  it('does not let refused requests push the retry further out', () => {
    const c = clock();
    const limiter = createMemoryRateLimiter({ limit: 1, windowMs: 10_000, now: c.now });
    limiter.consume('a');
    for (let i = 0; i < 5; i++) expect(limiter.consume('a').retryAfterSeconds).toBe(10);
    c.advance(10_000);
    expect(limiter.consume('a').allowed).toBe(true);
  });

  it('keeps memory bounded: forgets idle clients and evicts the least recently seen', () => {
    const c = clock();
    const limiter = createMemoryRateLimiter({ limit: 2, windowMs: 1000, maxKeys: 3, now: c.now });
    for (const key of ['a', 'b', 'c']) limiter.consume(key);
    limiter.consume('a'); // a is now the most recent
    limiter.consume('d'); // over the bound: b, the least recently seen, goes
    expect(limiter.size).toBe(3);
    expect(limiter.consume('a')).toMatchObject({ allowed: false }); // a was remembered
    c.advance(1000);
    limiter.consume('e'); // everyone else idle for a window: swept
    expect(limiter.size).toBe(1);
  });

  it('refuses nonsense options', () => {
    expect(() => createMemoryRateLimiter({ limit: 0, windowMs: 1000 })).toThrow(RangeError);
  });
});

describe('client keys', () => {
  it('keys by route and client network', () => {
    expect(rateLimitKey('address-lookup', '203.0.113.7')).toBe('address-lookup|203.0.113.7');
    expect(clientNetwork('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('groups IPv6 clients by /64', () => {
    expect(clientNetwork('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientNetwork('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientNetwork('[2001:db8::5]')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
    expect(clientNetwork('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientNetwork('not-an-ip')).toBe('not-an-ip');
  });
});

describe('tooManyRequests', () => {
  it('is a 429 with Retry-After and a message that says how long to wait', async () => {
    const res = tooManyRequests({ allowed: false, limit: 30, remaining: 0, retryAfterSeconds: 12 }, 'nl');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('12');
    expect(await res.json()).toEqual({
      error: { code: 'rate_limited', message: 'Je probeert het erg vaak achter elkaar. Wacht 12 seconden en probeer het dan opnieuw.' },
    });
  });
});
