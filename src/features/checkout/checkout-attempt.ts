/**
 * One checkout attempt, one id. The payment endpoint makes one order per `checkoutId`: a retry
 * with the same id (a double tap, a refresh on the payment step, a network error) gets the same
 * order back, and an id reused with other contents is refused. So the id is kept as long as
 * what is being bought, by whom and how is the same, and a new one is made the moment any of
 * it changes (the old order then expires and releases its units).
 */

export type CheckoutAttempt = Readonly<{ checkoutId: string; fingerprint: string }>;

/** JSON with object keys sorted at every level, so the same contents always give the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, child]) => child !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${stableJson(child)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** cyrb53: a fast 53-bit string hash; plenty to tell one shopper's attempts apart. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * What the attempt is for, as a short hash of the payment request without its id: stored with
 * the draft, it must not copy the shopper's details into storage a second time.
 */
export function attemptFingerprint(request: Readonly<Record<string, unknown>>): string {
  return hash53(stableJson({ ...request, checkoutId: undefined }));
}

export function checkoutAttempt(previous: CheckoutAttempt | undefined, fingerprint: string, newId: () => string): CheckoutAttempt {
  if (previous && previous.checkoutId !== '' && previous.fingerprint === fingerprint) return previous;
  return { checkoutId: newId(), fingerprint };
}
