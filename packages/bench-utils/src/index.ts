// Timing helpers shared by the benchmark scripts under plugins/*/bench.
import { LoggerService } from '@backstage/backend-plugin-api';

/** Runs `fn` `runs` times in a row; p50 and p95 in milliseconds. */
export async function timeEach(runs: number, fn: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn(i);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return { runs, p50: at(0.5), p95: at(0.95) };
}

/** Milliseconds one call of `fn` takes. */
export async function timeOnce(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** `total` calls of `fn` by `concurrency` workers; calls per second. */
export async function inParallel(total: number, concurrency: number, fn: (i: number) => Promise<void>) {
  let next = 0;
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await fn(next++);
    }),
  );
  return total / (Number(process.hrtime.bigint() - t0) / 1e9);
}

/** A logger that says nothing, so logging does not weigh on the measurements. */
export const quietLogger: LoggerService = {
  info() {},
  warn() {},
  error() {},
  debug() {},
  child: () => quietLogger,
};
