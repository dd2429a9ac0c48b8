// A fake BigQuery REST server on loopback for the real @google-cloud/bigquery
// client: jobs.insert / jobs.query, paged getQueryResults, jobs.get and cancel,
// with injectable failures and delays. Tables live in fake-bigquery-tables.ts.
//
//   const fake = await startFakeBigQuery();
//   fake.setTable('mart_dashboard_data', restRowsFor('dashboard_data', rows));
//   fake.pageSize = 2;                          // cap rows per page, whatever maxResults asks
//   fake.failNext(1, { status: 500 });          // the next request fails (optionally only those `when` matches)
//   fake.delayNext(1, 5_000, isResultsPage);    // the next results page answers 5 s late
//   fake.requests.filter(isJobInsert)           // every request, recorded: method, path, query, body
//   await fake.close();
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { evaluate, FakeQueryError, type FakeTable, type QueryParameter, type QueryResult } from './fake-bigquery-tables';

export { restRowsFor, BIGQUERY_TYPE, type FakeField, type FakeTable, type RestValue } from './fake-bigquery-tables';

export interface RecordedRequest {
  method: string;
  /** The path without its query string, e.g. /bigquery/v2/projects/p/queries/JOB. */
  path: string;
  query: Record<string, string>;
  body: any;
}

/** An HTTP error with BigQuery's error body, or a dropped connection (ECONNRESET). */
export type FakeFailure = { status: number; reason?: string; message?: string } | { reset: true };
export type RequestFilter = (request: RecordedRequest) => boolean;

export interface FakeBigQuery {
  /** Pass as `apiEndpoint`. */
  url: string;
  requests: RecordedRequest[];
  /** Rows per results page at most, whatever maxResults asks; undefined = no cap. */
  pageSize: number | undefined;
  /** How many results calls of each new job answer `jobComplete: false` first. */
  pendingPolls: number;
  /** 'omit' returns a schema without unknown selected columns instead of BigQuery's 400. */
  unknownColumns: 'error' | 'omit';
  /** Registers a relation by name (`mart_x`) or full path (`project.dataset.mart_x`). */
  setTable(relation: string, table: FakeTable): void;
  failNext(count: number, failure: FakeFailure, when?: RequestFilter): void;
  delayNext(count: number, ms: number, when?: RequestFilter): void;
  close(): Promise<void>;
}

export const isJobInsert: RequestFilter = (r) => r.method === 'POST' && /\/jobs$/.test(r.path);
export const isJobsQuery: RequestFilter = (r) => r.method === 'POST' && /\/queries$/.test(r.path);
export const isResultsPage: RequestFilter = (r) => r.method === 'GET' && /\/queries\/[^/]+$/.test(r.path);
export const isCancel: RequestFilter = (r) => r.method === 'POST' && /\/cancel$/.test(r.path);

interface FakeJob {
  projectId: string;
  jobId: string;
  location: string;
  result: QueryResult;
  pollsLeft: number;
  cancelled: boolean;
  configuration: unknown;
}

const RESULT_PARAMS = new Set([
  'maxResults', 'pageToken', 'startIndex', 'timeoutMs', 'location', 'prettyPrint', 'alt', 'fields',
  'formatOptions.useInt64Timestamp', 'formatOptions.timestampOutputFormat',
]);
const DEFAULT_REASON: Record<number, string> = { 400: 'invalid', 401: 'authError', 403: 'accessDenied', 404: 'notFound', 429: 'rateLimitExceeded' };

export async function startFakeBigQuery(): Promise<FakeBigQuery> {
  const tables = new Map<string, FakeTable>();
  const jobs = new Map<string, FakeJob>();
  const failures: Array<{ left: number; failure: FakeFailure; when?: RequestFilter }> = [];
  const delays: Array<{ left: number; ms: number; when?: RequestFilter }> = [];
  const timers = new Set<NodeJS.Timeout>();
  let counter = 0;

  const take = <T extends { left: number; when?: RequestFilter }>(list: T[], req: RecordedRequest) => {
    const entry = list.find((e) => e.left > 0 && (e.when?.(req) ?? true));
    if (entry) entry.left -= 1;
    return entry;
  };

  const server = http.createServer((incoming, res) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://fake');
      const text = Buffer.concat(chunks).toString();
      const req: RecordedRequest = {
        method: incoming.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), body: parseBody(text),
      };
      fake.requests.push(req);
      const respond = () => {
        const failure = take(failures, req)?.failure;
        if (failure && 'reset' in failure) return void incoming.socket.destroy();
        if (failure) return sendError(res, failure.status, failure.reason ?? DEFAULT_REASON[failure.status] ?? 'backendError', failure.message);
        try {
          send(res, 200, route(req));
        } catch (error) {
          // A bug in the fake must surface in the test, not kill the test process.
          if (error instanceof FakeQueryError) sendError(res, error.status, error.reason, error.message);
          else sendError(res, 500, 'internalError', `Fake BigQuery crashed: ${String(error)}`);
        }
      };
      const delay = take(delays, req);
      if (!delay) return respond();
      const timer = setTimeout(() => (timers.delete(timer), respond()), delay.ms);
      timers.add(timer);
    });
  });

  function route(req: RecordedRequest): unknown {
    const [, projectId, collection, id, action] =
      /^\/bigquery\/v2\/projects\/([^/]+)\/(jobs|queries)(?:\/([^/]+))?(?:\/(cancel))?$/.exec(req.path) ?? [];
    if (!projectId) throw new FakeQueryError(404, 'notFound', `Not found: URL ${req.path}`);
    if (req.method === 'POST' && !id) {
      const body = req.body ?? {};
      const config = collection === 'jobs' ? body.configuration ?? {} : { query: body, dryRun: body.dryRun };
      const q = config.query ?? {};
      if (q.useLegacySql !== false) throw new FakeQueryError(400, 'invalidQuery', 'Query parameters cannot be used in legacy SQL queries');
      const result = evaluate(String(q.query ?? ''), (q.queryParameters ?? []) as QueryParameter[], tables, fake.unknownColumns);
      const location = body.jobReference?.location ?? body.location ?? 'US';
      if (config.dryRun) {
        const bytes = String(result.bytes);
        return { kind: 'bigquery#job', jobReference: { projectId, location }, configuration: config, status: { state: 'DONE' },
          statistics: { totalBytesProcessed: bytes, query: { totalBytesProcessed: bytes, totalBytesBilled: '0' } }, totalBytesProcessed: bytes };
      }
      const max = q.maximumBytesBilled === undefined ? Infinity : Number(q.maximumBytesBilled);
      if (result.bytes > max) {
        throw new FakeQueryError(400, 'bytesBilledLimitExceeded', `Query exceeded limit for bytes billed: ${max}. ${result.bytes} or higher required.`);
      }
      const jobId = body.jobReference?.jobId ?? `fake_job_${++counter}`;
      const job: FakeJob = { projectId, jobId, location, result, pollsLeft: fake.pendingPolls, cancelled: false, configuration: config };
      jobs.set(jobId, job);
      if (collection === 'jobs') return jobResource(job);
      return { ...page(job, Number(body.maxResults) || undefined, undefined), kind: 'bigquery#queryResponse' };
    }
    const job = jobs.get(id ?? '');
    if (!job) throw new FakeQueryError(404, 'notFound', `Not found: Job ${projectId}:${id}`);
    if (action === 'cancel') return (job.cancelled = true), { kind: 'bigquery#jobCancelResponse', job: jobResource(job) };
    if (collection === 'jobs') return jobResource(job);
    const unknown = Object.keys(req.query).find((name) => !RESULT_PARAMS.has(name));
    if (unknown) throw new FakeQueryError(400, 'invalid', `Invalid JSON payload received. Unknown name "${unknown}": Cannot bind query parameter.`);
    if (job.cancelled) throw new FakeQueryError(400, 'stopped', 'Job execution was cancelled: User requested cancellation');
    return page(job, Number(req.query.maxResults) || undefined, req.query.pageToken);
  }

  function page(job: FakeJob, maxResults: number | undefined, pageToken: string | undefined) {
    const jobReference = { projectId: job.projectId, jobId: job.jobId, location: job.location };
    if (job.pollsLeft > 0) return (job.pollsLeft -= 1), { kind: 'bigquery#getQueryResultsResponse', jobReference, jobComplete: false };
    const offset = pageToken === undefined ? 0 : Number(Buffer.from(pageToken, 'base64url').toString().split(':')[1]);
    if (!Number.isInteger(offset)) throw new FakeQueryError(400, 'invalid', 'Invalid page token');
    const size = Math.min(maxResults ?? Infinity, fake.pageSize ?? Infinity, 100_000);
    const rows = job.result.rows.slice(offset, offset + size);
    const next = offset + rows.length;
    return {
      kind: 'bigquery#getQueryResultsResponse', etag: 'fake', jobReference, jobComplete: true, cacheHit: false,
      schema: { fields: job.result.schema }, totalRows: String(job.result.rows.length), totalBytesProcessed: String(job.result.bytes),
      ...(rows.length > 0 && { rows: rows.map((values) => ({ f: values.map((v) => ({ v })) })) }),
      ...(next < job.result.rows.length && { pageToken: Buffer.from(`${job.jobId}:${next}`).toString('base64url') }),
    };
  }

  function jobResource(job: FakeJob) {
    const state = job.cancelled || job.pollsLeft === 0 ? 'DONE' : 'RUNNING';
    return { kind: 'bigquery#job', id: `${job.projectId}:${job.location}.${job.jobId}`, configuration: job.configuration,
      jobReference: { projectId: job.projectId, jobId: job.jobId, location: job.location },
      status: { state }, statistics: { creationTime: String(Date.now()), query: { totalBytesProcessed: String(job.result.bytes) } } };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake: FakeBigQuery = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: [],
    pageSize: undefined,
    pendingPolls: 0,
    unknownColumns: 'error',
    setTable: (relation, table) => void tables.set(relation, table),
    failNext: (count, failure, when) => void failures.push({ left: count, failure, when }),
    delayNext: (count, ms, when) => void delays.push({ left: count, ms, when }),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  return fake;
}

function parseBody(text: string) {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
}

/** BigQuery's error body: the client reads `error.errors[].reason`. */
function sendError(res: http.ServerResponse, status: number, reason: string, message?: string) {
  const text = message ?? `Fake BigQuery failure: ${reason}`;
  send(res, status, { error: { code: status, message: text, errors: [{ message: text, domain: 'global', reason }], status: http.STATUS_CODES[status] } });
}
