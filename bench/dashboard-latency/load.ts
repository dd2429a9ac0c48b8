// The in-process measurement loop: `concurrency` callers, each issuing its
// next request as soon as the previous one answered (a closed loop, as
// autocannon drives the HTTP server), until `requests` have been issued or
// `seconds` have passed (then the requests in flight are awaited and counted).
import type { CpuPerRequest } from './cpu';

export type Request = (index: number) => Promise<unknown>;

export interface LoadOptions {
  concurrency: number;
  requests: number;
  seconds: number;
  /** Requests run first and not recorded: connections, plans and caches warm up. */
  warmup: number;
}

export interface Latencies {
  /** Milliseconds of each completed request, by request index (NaN: failed). */
  byIndex: number[];
  /** Milliseconds of the successful ones, sorted ascending. */
  sorted: number[];
  seconds: number;
  errors: number;
  firstError?: string;
  /** CPU per request of the server and of the database's backends (HTTP loads, where /proc can be read). */
  cpu?: CpuPerRequest | null;
}

export async function runLoad(request: Request, options: LoadOptions): Promise<Latencies> {
  const warm = Math.min(options.warmup, options.requests);
  await closedLoop(request, options.concurrency, warm, options.seconds / 4, 1_000_000);
  const started = performance.now();
  const byIndex = await closedLoop(request, options.concurrency, options.requests, options.seconds, 0);
  const seconds = (performance.now() - started) / 1000;
  const failures = byIndex.filter((r) => r.error !== undefined);
  return {
    byIndex: byIndex.map((r) => (r.error === undefined ? r.ms : NaN)),
    sorted: byIndex.filter((r) => r.error === undefined).map((r) => r.ms).sort((a, b) => a - b),
    seconds,
    errors: failures.length,
    firstError: failures[0] && (failures[0].error instanceof Error ? failures[0].error.message : String(failures[0].error)),
  };
}

/** Indexes start at `offset`, so warm-up requests differ from measured ones. */
async function closedLoop(request: Request, concurrency: number, total: number, seconds: number, offset: number) {
  const results: { ms: number; error?: unknown }[] = [];
  const deadline = performance.now() + seconds * 1000;
  let next = 0;
  const caller = async () => {
    while (next < total && performance.now() < deadline) {
      const index = next++;
      const t0 = performance.now();
      try {
        await request(offset + index);
        results[index] = { ms: performance.now() - t0 };
      } catch (error) {
        results[index] = { ms: performance.now() - t0, error: error ?? new Error('rejected') };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(total, 1)) }, caller));
  return results.filter(Boolean);
}

/** The value below which `p` percent of the sorted latencies fall (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
