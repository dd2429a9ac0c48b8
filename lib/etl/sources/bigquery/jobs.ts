// Runs one query job and reads its result page by page, each call bounded by a
// deadline and the run's abort signal, with the raw REST rows left unparsed.
import { BigQuery, type Job, type TableField } from '@google-cloud/bigquery';
import { TransientSourceError } from '../source';
import type { RawRow } from './values';

export interface JobSettings {
  timeoutMs: number;
  maxBytesBilled: number;
  location?: string;
}

export interface QuerySpec {
  /** Chosen by the caller so a job whose insert timed out can still be cancelled. */
  jobId?: string;
  sql: string;
  /** DATE parameters by name (YYYY-MM-DD). */
  params?: Record<string, string>;
  labels: Record<string, string>;
  dryRun?: boolean;
}

export interface ResultPage {
  schema: TableField[];
  rows: RawRow[];
  totalRows?: number;
}

/** How often to ask again while a job runs; the server itself long-polls each call. */
const POLL_MS = 250;

/** Inserts the job (jobs.insert); for a dry run the response carries the bytes estimate. */
export async function createJob(client: BigQuery, spec: QuerySpec, settings: JobSettings, signal?: AbortSignal) {
  signal?.throwIfAborted();
  const entries = Object.entries(spec.params ?? {});
  const request = client.createQueryJob({
    query: spec.sql,
    // The client only sends a DATE parameter's value when it is wrapped as a BigQueryDate.
    params: entries.length ? Object.fromEntries(entries.map(([k, v]) => [k, BigQuery.date(v)])) : undefined,
    types: entries.length ? Object.fromEntries(entries.map(([k]) => [k, 'DATE'])) : undefined,
    labels: spec.labels,
    useLegacySql: false,
    maximumBytesBilled: String(settings.maxBytesBilled),
    // BigQuery cancels the job itself past this, so a stuck query stops costing.
    jobTimeoutMs: settings.timeoutMs,
    dryRun: spec.dryRun,
    location: settings.location,
    jobId: spec.jobId,
  });
  const [job, response] = await within(request, settings.timeoutMs, signal, 'the job request');
  return { job, response };
}

/**
 * Yields the result one page (at most `maxResults` rows) at a time, so memory
 * holds a single page whatever the result's size.
 */
export async function* resultPages(job: Job, maxResults: number, settings: JobSettings, signal?: AbortSignal): AsyncGenerator<ResultPage> {
  const started = Date.now();
  let pageToken: string | undefined;
  for (;;) {
    signal?.throwIfAborted();
    // skipParsing hands back the wire rows: no Number() for INT64, no Big for NUMERIC.
    const request = job.getQueryResults({ maxResults, pageToken, autoPaginate: false, skipParsing: true });
    const [, , response] = await within(request, settings.timeoutMs, signal, 'a result page');
    if (!response) throw new TransientSourceError(`BigQuery returned no response for job ${job.id}.`);
    if (response.jobComplete === false) {
      if (Date.now() - started > settings.timeoutMs) {
        throw new TransientSourceError(`BigQuery job ${job.id} did not complete within ${settings.timeoutMs} ms.`);
      }
      await within(new Promise((resolve) => setTimeout(resolve, POLL_MS)), POLL_MS * 4, signal, 'a poll');
      continue;
    }
    yield {
      schema: response.schema?.fields ?? [],
      rows: (response.rows ?? []) as RawRow[],
      totalRows: response.totalRows === undefined ? undefined : Number(response.totalRows),
    };
    pageToken = response.pageToken ?? undefined;
    if (!pageToken) return;
  }
}

/**
 * Waits for `work` at most `ms`, or until `signal` aborts. The client's own
 * `timeout` option is dropped by its HTTP layer (teeny-request over node-fetch
 * 3) and its requests take no signal, so the deadline lives here: the caller
 * stops waiting at once and the orphaned response is discarded.
 */
export async function within<T>(work: Promise<T>, ms: number, signal: AbortSignal | undefined, what: string): Promise<T> {
  work.catch(() => undefined); // settles after we stopped listening: not an unhandled rejection
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TransientSourceError(`BigQuery did not answer ${what} within ${ms} ms.`)), ms);
    onAbort = () => reject(signal?.reason);
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, stop]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}
