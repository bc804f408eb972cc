/**
 * Rate limits for API routes: a token bucket per client and route. A client may burst up to
 * `limit` requests and then gets one more every `windowMs / limit`.
 *
 * The in-memory limiter is per instance: with N web instances behind a load balancer a
 * client gets up to N times the limit. That is fine for its job (keeping one noisy client
 * from hammering an upstream such as PDOK); a fork that needs an exact global limit
 * implements RateLimiter on a shared store (Redis, Postgres) and passes that in instead.
 */
import { apiError } from './api-error.ts';
import type { Locale } from '../i18n/locales.ts';
import { fill } from '../i18n/messages.ts';
import { httpMessages } from './messages.ts';

export interface RateLimitDecision {
  allowed: boolean;
  /** The bucket's size. */
  limit: number;
  /** Requests left right now (after this one, if it was allowed). */
  remaining: number;
  /** Whole seconds until the next request will be allowed; 0 when allowed. */
  retryAfterSeconds: number;
}

/** Takes one request's worth from `key`'s allowance. May be async so a shared store can implement it. */
export interface RateLimiter {
  consume(key: string): RateLimitDecision | Promise<RateLimitDecision>;
}

export interface MemoryRateLimiterOptions {
  /** Requests allowed per window, which is also the burst a fresh client may make. */
  limit: number;
  windowMs: number;
  /** Upper bound on remembered clients; the least recently seen are forgotten first. */
  maxKeys?: number;
  /** Milliseconds clock, injectable for tests. */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface MemoryRateLimiter extends RateLimiter {
  consume(key: string): RateLimitDecision;
  /** Remembered clients (for tests and metrics). */
  readonly size: number;
}

export function createMemoryRateLimiter(options: MemoryRateLimiterOptions): MemoryRateLimiter {
  const { limit, windowMs, maxKeys = 10_000, now = Date.now } = options;
  if (!(limit >= 1) || !(windowMs > 0) || !(maxKeys >= 1))
    throw new RangeError('rate limit needs limit >= 1, windowMs > 0 and maxKeys >= 1');
  const refillPerMs = limit / windowMs;
  // A Map iterates in insertion order; re-inserting on every use keeps it least-recently-used first.
  const buckets = new Map<string, Bucket>();

  /** Forgets clients idle for a whole window: their bucket is full again, the same as never seen. */
  function sweep(at: number): void {
    for (const [key, bucket] of buckets) {
      if (at - bucket.updatedAt < windowMs) break;
      buckets.delete(key);
    }
  }

  return {
    get size() {
      return buckets.size;
    },
    consume(key) {
      const at = now();
      sweep(at);
      const previous = buckets.get(key);
      const elapsed = previous === undefined ? 0 : Math.max(0, at - previous.updatedAt);
      const tokens = previous === undefined ? limit : Math.min(limit, previous.tokens + elapsed * refillPerMs);
      buckets.delete(key);
      const allowed = tokens >= 1;
      const left = allowed ? tokens - 1 : tokens;
      buckets.set(key, { tokens: left, updatedAt: at });
      while (buckets.size > maxKeys) {
        const oldest = buckets.keys().next().value as string;
        buckets.delete(oldest);
      }
      return {
        allowed,
        limit,
        remaining: Math.floor(left),
        retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - left) / refillPerMs / 1000)),
      };
    },
  };
}

/**
 * The key that identifies a client on a route. Takes Astro's `clientAddress` (the socket's
 * peer, or what the adapter was told to trust): X-Forwarded-For is not read here, because
 * without a trusted proxy anyone can write it. IPv6 clients are grouped by their /64, the
 * block one subscriber usually gets, so rotating through it does not reset the limit.
 */
export function rateLimitKey(route: string, clientAddress: string): string {
  return `${route}|${clientNetwork(clientAddress)}`;
}

export function clientNetwork(address: string): string {
  const trimmed = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(trimmed);
  if (mapped) return mapped[1]!;
  if (!trimmed.includes(':')) return trimmed;
  const hextets = expandIPv6(trimmed.split('%')[0]!);
  return hextets === undefined ? trimmed : `${hextets.slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] | undefined {
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return undefined;
  const all = [...head, ...Array<string>(missing).fill('0'), ...tail];
  if (!all.every((h) => /^[0-9a-f]{1,4}$/.test(h))) return undefined;
  return all.map((h) => h.replace(/^0+(?=.)/, ''));
}

/** 429 in the API convention, with Retry-After so clients (and the checkout form) know when to try again. */
export function tooManyRequests(decision: RateLimitDecision, locale: Locale): Response {
  const seconds = Math.max(1, decision.retryAfterSeconds);
  return apiError(429, 'rate_limited', fill(httpMessages[locale].rateLimited, { seconds }), undefined, {
    headers: { 'retry-after': String(seconds) },
  });
}
