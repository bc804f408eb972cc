import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMaintenance } from '../../scripts/lib/maintenance.ts';

describe('startMaintenance', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const result = { released: 0, canceledIntents: 0, reconciled: 0 };

  it('sweeps soon after start and then every interval', async () => {
    const sweep = vi.fn(async () => result);
    const maintenance = startMaintenance({ sweep, intervalMs: 60_000, firstRunAfterMs: 5_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sweep).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sweep).toHaveBeenCalledTimes(3);
    await maintenance.stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(sweep).toHaveBeenCalledTimes(3);
  });

  it('skips a run while the previous one is still busy', async () => {
    let finish: () => void = () => {};
    const sweep = vi.fn(() => new Promise<typeof result>((resolve) => (finish = () => resolve(result))));
    const maintenance = startMaintenance({ sweep, intervalMs: 1_000, firstRunAfterMs: 1_000 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sweep).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sweep).toHaveBeenCalledTimes(2);
    finish();
    await maintenance.stop();
  });

  it('logs a failed run and keeps going', async () => {
    const log = vi.fn();
    const sweep = vi.fn().mockRejectedValueOnce(new Error('database busy')).mockResolvedValue(result);
    const maintenance = startMaintenance({ sweep, log, intervalMs: 1_000, firstRunAfterMs: 500 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sweep).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toMatch(/sweep failed/);
    await maintenance.stop();
  });

  it('stop() waits for the run in progress', async () => {
    let done = false;
    const sweep = async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      done = true;
    };
    const maintenance = startMaintenance({ sweep, firstRunAfterMs: 0 });
    await vi.advanceTimersByTimeAsync(1);
    const stopped = maintenance.stop();
    await vi.advanceTimersByTimeAsync(500);
    await stopped;
    expect(done).toBe(true);
  });
});
