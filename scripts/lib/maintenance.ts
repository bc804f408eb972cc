/**
 * Housekeeping the web process runs on a timer: every minute, orders whose stock reservation
 * ran out give their units back and their PaymentIntents are canceled
 * (releaseExpiredReservations). It runs in the web process because on the embedded default
 * PGlite allows one process per data directory; it shares the server's database handle through
 * getDatabase(), which is cached on globalThis. Safe next to other instances on Postgres (the
 * sweep claims orders with SKIP LOCKED).
 *
 * Call after startLocalServices(): the Stripe client is made from the environment on the first
 * run, and the emulator's address is only in the environment once it has started.
 *
 * Never takes the process down: a failed run is logged and the next one tries again; a run
 * still busy when the next is due (a slow Stripe) is skipped rather than stacked; the timers
 * are unref'd, so they never keep a stopping process alive.
 */
import { releaseExpiredReservations, type ReleaseExpiredResult } from '../../src/features/orders/release-expired.server.ts';
import { getStripe } from '../../src/features/payments/stripe.server.ts';
import { getDatabase } from '../../src/lib/db/database.server.ts';

export interface MaintenanceOptions {
  /** Default 60 s. */
  intervalMs?: number;
  /** The first run; default 5 s after start, so orders that expired while the shop was down free their units soon. */
  firstRunAfterMs?: number;
  /** The work of one run; default the expiry sweep on the shared database. */
  sweep?: () => Promise<ReleaseExpiredResult | void>;
  log?: (message: string, detail?: unknown) => void;
}

export interface Maintenance {
  /** Runs once now unless a run is busy; resolves when that run is done. */
  runNow(): Promise<void>;
  /** Stops the timers and waits for a run in progress (call before closing the database). */
  stop(): Promise<void>;
}

async function sweepExpiredReservations(): Promise<ReleaseExpiredResult> {
  const { db } = await getDatabase();
  return releaseExpiredReservations(db, { stripe: getStripe() });
}

export function startMaintenance(options: MaintenanceOptions = {}): Maintenance {
  const intervalMs = options.intervalMs ?? 60_000;
  const sweep = options.sweep ?? sweepExpiredReservations;
  const log = options.log ?? ((message: string, detail?: unknown) => console.error(message, detail ?? ''));
  let running: Promise<void> | undefined;
  let stopped = false;

  const runNow = (): Promise<void> => {
    if (stopped || running) return running ?? Promise.resolve();
    running = (async () => {
      try {
        const result = await sweep();
        if (result && (result.released > 0 || result.reconciled > 0)) {
          console.log(`kassa: released ${result.released} expired reservation(s), reconciled ${result.reconciled} order(s)`);
        }
      } catch (error) {
        log('kassa: the expired-reservation sweep failed; the next run tries again', error);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  const first = setTimeout(() => void runNow(), options.firstRunAfterMs ?? 5_000);
  const interval = setInterval(() => void runNow(), intervalMs);
  first.unref();
  interval.unref();

  return {
    runNow,
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(interval);
      await running;
    },
  };
}
