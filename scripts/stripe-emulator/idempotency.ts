/**
 * Stripe's idempotency keys: the first request with a key runs, later ones with the same key
 * (per API key) get its stored reply back with `Idempotent-Replayed: true`; the same key with
 * other parameters is an idempotency_error. Requests with one key run one at a time, so two
 * concurrent retries cannot both create an intent or both refund.
 *
 * As on Stripe, a reply is stored only once the endpoint has run: successes, card declines
 * (402) and server errors. Validation and auth failures (400/401/404) are not stored, so the
 * caller can fix the request and retry with the same key.
 */
import { idempotencyError, invalidRequest } from './errors.ts';
import type { Reply } from './reply.ts';

interface Entry {
  fingerprint: string;
  running: Promise<unknown> | null;
  reply: Reply | null;
  requestId: string;
}

export interface IdempotentResult {
  reply: Reply;
  replayed: boolean;
  /** Request-Id of the request whose reply is replayed. */
  originalRequestId: string;
}

function storable(reply: Reply): boolean {
  return reply.status < 400 || reply.status === 402 || reply.status >= 500;
}

export class IdempotencyKeys {
  readonly #entries = new Map<string, Entry>();

  async run(scope: string, key: string, fingerprint: string, requestId: string, execute: () => Promise<Reply>): Promise<IdempotentResult> {
    if (key.length > 255) throw invalidRequest('Idempotency-Key must be 255 characters or fewer.', { param: 'Idempotency-Key' });
    const id = `${scope}\u0000${key}`;
    for (let entry = this.#entries.get(id); entry; entry = this.#entries.get(id)) {
      if (entry.fingerprint !== fingerprint) {
        throw idempotencyError(
          `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        );
      }
      if (entry.reply) return { reply: entry.reply, replayed: true, originalRequestId: entry.requestId };
      // Same request still running: wait for it, then look again (stored, or gone if it failed validation).
      await entry.running;
    }
    const entry: Entry = { fingerprint, running: null, reply: null, requestId };
    this.#entries.set(id, entry);
    const running = execute();
    entry.running = running.catch(() => undefined);
    try {
      const reply = await running;
      if (storable(reply)) entry.reply = reply;
      else this.#entries.delete(id);
      return { reply, replayed: false, originalRequestId: requestId };
    } catch (error) {
      this.#entries.delete(id);
      throw error;
    } finally {
      entry.running = null;
    }
  }

  clear(): void {
    this.#entries.clear();
  }
}
