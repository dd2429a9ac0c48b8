// The production source: reads each mart from its BigQuery relation with a
// parameterised window query, page by page, values mapped without loss.
import { randomUUID } from 'node:crypto';
import { BigQuery, type common, type Job } from '@google-cloud/bigquery';
import { PassThroughClient, type AuthClient } from 'google-auth-library';
import { env, parseEnv } from '../../env';
import { MART_TABLES, type MartTable } from '../config';
import { SourceConfigError, TransientSourceError, type ExtractOptions, type ExtractWindow, type Source, type SourceRow } from './source';
import { classify, type ErrorContext } from './bigquery/errors';
import { createJob, resultPages, type JobSettings } from './bigquery/jobs';
import {
  defaultRelation, describe, isDatasetId, isProjectId, jobLabels, parseRelation, relationText, windowQuery, type Relation,
} from './bigquery/query';
import { rowDecoder, type RawRow } from './bigquery/values';

export interface BigQuerySourceOptions {
  projectId: string;
  dataset: string;
  location?: string;
  /** Only for tests and emulators, e.g. http://127.0.0.1:PORT. */
  apiEndpoint?: string;
  maxBytesBilled: number;
  /** Deadline of every request and of the job itself. */
  timeoutMs: number;
  /** An explicit auth client (tests pass google-auth-library's PassThroughClient). */
  authClient?: AuthClient;
  /** A service-account key file (GOOGLE_APPLICATION_CREDENTIALS); else Application Default Credentials. */
  keyFilename?: string;
  credentials?: { client_email?: string; private_key?: string };
  /** Per-table relation: `name`, `dataset.name` or `project.dataset.name`. */
  relations?: Partial<Record<MartTable, string>>;
  /** Job labels added to every job (`app` and `table` are always set). */
  labels?: Record<string, string>;
}

/** The env var that overrides a mart's relation, e.g. BIGQUERY_RELATION_DASHBOARD_DATA. */
export function relationVar(table: MartTable) {
  return `BIGQUERY_RELATION_${table.toUpperCase()}`;
}

export function createBigQuerySource(options: BigQuerySourceOptions): Source {
  const { projectId, dataset } = options;
  if (!isProjectId(projectId)) {
    throw new SourceConfigError(`BIGQUERY_PROJECT_ID ${JSON.stringify(projectId)} is not a Google Cloud project id.`,
      'Set BIGQUERY_PROJECT_ID to the id of the project that holds the marts (lowercase letters, digits and -).');
  }
  if (!isDatasetId(dataset)) {
    throw new SourceConfigError(`BIGQUERY_DATASET ${JSON.stringify(dataset)} is not a BigQuery dataset name.`,
      'Set BIGQUERY_DATASET to a dataset name (letters, digits and _).');
  }
  const relations = resolveRelations(options);
  const settings: JobSettings = { timeoutMs: options.timeoutMs, maxBytesBilled: options.maxBytesBilled, location: options.location };
  const client = new BigQuery({
    projectId,
    location: options.location,
    apiEndpoint: options.apiEndpoint,
    authClient: options.authClient,
    keyFilename: options.keyFilename,
    credentials: options.credentials,
    // The run retries transient errors with backoff (SPEC §5); a second retry
    // layer inside the client would multiply the attempts and the waiting.
    retryOptions: { autoRetry: false },
  });
  // getQueryResults copies skipParsing into the query string; keep the request to the documented parameters.
  client.interceptors.push({
    request: (req: common.DecorateRequestOptions) => {
      if (req.qs && typeof req.qs === 'object') delete req.qs.skipParsing;
      return req;
    },
  });

  const context = (table?: MartTable): ErrorContext => ({
    projectId, dataset, maxBytesBilled: options.maxBytesBilled,
    ...(table && { relation: relationText(relations[table]), relationVar: relationVar(table) }),
  });

  async function* extract(window: ExtractWindow, opts: ExtractOptions): AsyncGenerator<SourceRow[]> {
    if (!(opts.batchSize > 0)) throw new Error(`batchSize must be positive, got ${opts.batchSize}`);
    const { signal } = opts;
    const ctx = context(window.table);
    const query = windowQuery(window, relations[window.table]);
    const labels = jobLabels(window.table, { ...options.labels, ...opts.labels });
    const jobId = `pulso_${window.table}_${randomUUID()}`;
    let job: Job | undefined;
    let insertUnanswered = false;
    let finished = false;
    try {
      ({ job } = await createJob(client, { jobId, ...query, labels }, settings, signal));
      let decode: ((row: RawRow) => SourceRow) | undefined;
      for await (const page of resultPages(job, opts.batchSize, settings, signal)) {
        decode ??= rowDecoder(window.table, page.schema, ctx);
        if (page.rows.length > 0) yield page.rows.map(decode);
      }
      finished = true;
    } catch (error) {
      const failure = signal?.aborted ? signal.reason : classify(error, ctx);
      // The insert may have reached BigQuery although its answer never reached us.
      insertUnanswered = !job && (signal?.aborted === true || failure instanceof TransientSourceError);
      throw failure;
    } finally {
      // Cancelled, timed out or abandoned by the consumer: stop the job costing anything more.
      if (!finished && (job || insertUnanswered)) {
        (job ?? client.job(jobId, { location: options.location })).cancel().catch(() => undefined);
      }
    }
  }

  return {
    kind: 'bigquery',
    description: `${projectId}.${dataset}`,
    extract,
    describeQuery: (window) => describe(windowQuery(window, relations[window.table])),
    async estimate(window) {
      const query = windowQuery(window, relations[window.table]);
      const labels = jobLabels(window.table, { ...options.labels, purpose: 'estimate' });
      try {
        const { response } = await createJob(client, { ...query, labels, dryRun: true }, settings);
        const stats = response.statistics;
        return { bytes: Number(stats?.totalBytesProcessed ?? stats?.query?.totalBytesProcessed ?? 0) };
      } catch (error) {
        throw classify(error, context(window.table));
      }
    },
    async test() {
      try {
        const labels = jobLabels('connection_test', options.labels);
        const { job } = await createJob(client, { sql: 'SELECT 1', labels }, settings);
        for await (const page of resultPages(job, 1, settings)) {
          const value = page.rows[0]?.f?.[0]?.v;
          if (value !== '1') throw new Error(`SELECT 1 returned ${JSON.stringify(value)}`);
          break;
        }
      } catch (error) {
        throw classify(error, context());
      }
      return { ok: true, detail: `BigQuery project ${projectId} reachable (dataset ${dataset})` };
    },
  };
}

/** The source as configured by the environment (lib/env.ts plus BIGQUERY_RELATION_<TABLE>). */
export function bigQuerySourceFromEnv(
  extra: Pick<BigQuerySourceOptions, 'authClient' | 'labels'> = {},
  vars?: Record<string, string | undefined>,
): Source {
  const e = vars ? parseEnv(vars) : env();
  const raw = vars ?? process.env;
  if (!e.BIGQUERY_PROJECT_ID) {
    throw new SourceConfigError('BigQuery is not configured.', 'Set BIGQUERY_PROJECT_ID (and BIGQUERY_DATASET) to read the marts from BigQuery.');
  }
  const relations: Partial<Record<MartTable, string>> = {};
  for (const table of MART_TABLES) {
    const value = raw[relationVar(table)];
    if (value) relations[table] = value;
  }
  return createBigQuerySource({
    projectId: e.BIGQUERY_PROJECT_ID,
    dataset: e.BIGQUERY_DATASET,
    location: e.BIGQUERY_LOCATION,
    apiEndpoint: e.BIGQUERY_API_ENDPOINT,
    maxBytesBilled: e.BIGQUERY_MAX_BYTES_BILLED,
    timeoutMs: e.BIGQUERY_TIMEOUT_MS,
    keyFilename: e.GOOGLE_APPLICATION_CREDENTIALS,
    // An emulator (BIGQUERY_API_ENDPOINT) takes no credentials: no key lookup, no metadata server.
    authClient: e.BIGQUERY_API_ENDPOINT && !e.GOOGLE_APPLICATION_CREDENTIALS ? new PassThroughClient() : undefined,
    relations,
    ...extra,
  });
}

function resolveRelations(options: BigQuerySourceOptions): Record<MartTable, Relation> {
  const defaults = { project: options.projectId, dataset: options.dataset };
  const entries = MART_TABLES.map((table) => {
    const override = options.relations?.[table];
    if (override === undefined) return [table, defaultRelation(table, options.projectId, options.dataset)];
    const relation = parseRelation(override, defaults);
    if (!relation) {
      throw new SourceConfigError(`${relationVar(table)} ${JSON.stringify(override)} is not a BigQuery relation name.`,
        'Use name, dataset.name or project.dataset.name, made of letters, digits, _ and -.');
    }
    return [table, relation];
  });
  return Object.fromEntries(entries);
}
