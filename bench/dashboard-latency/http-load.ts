// The HTTP measurement: autocannon drives the console's /api/v1 over loopback
// with `concurrency` keep-alive connections in a closed loop, each request's
// path built from its index (so requests cycle through the scenarios and
// days), and every response's own time recorded for exact percentiles.
import autocannon, { type Client } from 'autocannon';
import type { CpuMeter } from './cpu';
import type { Latencies, LoadOptions } from './load';

/** A request that has not answered after this long counts as failed. */
const TIMEOUT_SECONDS = 300;

export async function httpLoad(
  baseUrl: string, token: string, pathOf: (index: number) => string, options: LoadOptions, meter?: CpuMeter,
): Promise<Latencies> {
  const warm = Math.min(options.warmup, options.requests);
  if (warm > 0) await cannon(baseUrl, token, pathOf, options.concurrency, warm, options.seconds / 4, 1_000_000);
  await meter?.start();
  const started = performance.now();
  const run = await cannon(baseUrl, token, pathOf, options.concurrency, options.requests, options.seconds, 0);
  // Until the last answer: autocannon itself only reports back on its next one-second tick.
  const seconds = (run.lastAnswer - started) / 1000;
  const ok = run.results.filter((r) => r && r.error === undefined);
  const failures = run.results.filter((r) => r && r.error !== undefined).map((r) => r.error!);
  const cpu = (await meter?.stop(ok.length + failures.length)) ?? null;
  return {
    byIndex: Array.from(run.results, (r) => (r && r.error === undefined ? r.ms : NaN)),
    sorted: ok.map((r) => r.ms).sort((a, b) => a - b),
    seconds,
    errors: failures.length + run.lost.length,
    firstError: failures[0] ?? run.lost[0],
    cpu,
  };
}

interface Outcome {
  ms: number;
  error?: string;
}

/** One autocannon run of `total` requests; after `seconds` no new request is sent, but those in flight are awaited. */
function cannon(baseUrl: string, token: string, pathOf: (i: number) => string, concurrency: number, total: number, seconds: number, offset: number) {
  const results: Outcome[] = [];
  /** Connection errors and time-outs: autocannon does not say which request they hit. */
  const lost: string[] = [];
  const deadline = performance.now() + seconds * 1000;
  let next = 0;
  // onResponse (which sees the request's context) and the 'response' event (which has
  // its time) fire one right after the other for the same response.
  let answered: { index: number; body: string } | null = null;
  let lastAnswer = performance.now();
  return new Promise<{ results: Outcome[]; lost: string[]; lastAnswer: number }>((resolve, reject) => {
    const instance = autocannon({
      url: baseUrl,
      connections: Math.min(concurrency, total),
      amount: total,
      timeout: TIMEOUT_SECONDS,
      headers: { authorization: `Bearer ${token}` },
      requests: [{
        setupRequest: (request, context) => {
          context.index = next++;
          return { ...request, path: pathOf(offset + (context.index as number)) };
        },
        onResponse: (_status, body, context) => {
          answered = { index: context.index as number, body };
        },
      }],
    }, (error) => (error ? reject(error) : resolve({ results, lost, lastAnswer })));
    instance.on('response', (client: Client, status: number, _bytes: number, ms: number) => {
      const { index, body } = answered!;
      answered = null;
      lastAnswer = performance.now();
      results[index] = { ms, error: status === 200 ? undefined : `HTTP ${status}: ${body.slice(0, 300)}` };
      // Past the deadline this connection sends nothing more (autocannon can only
      // stop by dropping what is in flight, which would hide the slowest requests).
      if (performance.now() > deadline) client.responseMax = client.reqsMade;
    });
    instance.on('reqError', (error: Error) => lost.push(error.message));
  });
}
