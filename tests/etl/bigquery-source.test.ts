// The production BigQuery source, with the real client talking to a fake
// BigQuery REST server on loopback: paging, exact types, errors, deadlines.
import { PassThroughClient } from 'google-auth-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { columnsOf } from '../../lib/etl/columns';
import {
  bigQuerySourceFromEnv, createBigQuerySource, type BigQuerySourceOptions,
} from '../../lib/etl/sources/bigquery';
import { classify } from '../../lib/etl/sources/bigquery/errors';
import { SourceConfigError, TransientSourceError, type SourceRow } from '../../lib/etl/sources/source';
import { freePort } from '../helpers/ports';
import {
  isCancel, isJobInsert, isResultsPage, restRowsFor, startFakeBigQuery, type FakeBigQuery,
} from '../helpers/fake-bigquery';

const PROJECT = 'pulso-test';
const WINDOW = { table: 'dashboard_data' as const, start: '2024-03-02', end: '2024-03-04' };
const COLUMNS = columnsOf('dashboard_data').map((c) => c.name);

let fake: FakeBigQuery;
beforeEach(async () => {
  fake = await startFakeBigQuery();
});
afterEach(async () => {
  await fake.close();
});

function source(overrides: Partial<BigQuerySourceOptions> = {}) {
  return createBigQuerySource({
    projectId: PROJECT, dataset: 'BI_USA', apiEndpoint: fake.url, authClient: new PassThroughClient(),
    maxBytesBilled: 1_000_000, timeoutMs: 5_000, ...overrides,
  });
}

/** One dashboard row per day of March 2024, archivo A1..An. */
function dashboardDays(days: number[]) {
  return restRowsFor('dashboard_data', days.map((day, i) => ({
    fecha_foto: `2024-03-${String(day).padStart(2, '0')}`, archivo: `A${i + 1}`, cartera: 'TEMPRANA', servicio: 'MOVIL', cuentas: 100 + i,
  })));
}

async function collect(batches: AsyncIterable<SourceRow[]>) {
  const out: SourceRow[][] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('BigQuery source: paging', () => {
  it('reads page by page with maxResults = batchSize, following pageToken', async () => {
    fake.setTable('mart_dashboard_data', dashboardDays([2, 2, 3, 3, 3, 4, 4]));
    const batches = await collect(source().extract(WINDOW, { batchSize: 3 }));
    expect(batches.map((b) => b.length)).toEqual([3, 3, 1]);
    expect(batches.flat().map((r) => r.archivo)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
    const pages = fake.requests.filter(isResultsPage);
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => p.query.maxResults)).toEqual(['3', '3', '3']);
    expect(pages[0].query.pageToken).toBeUndefined();
    expect(pages[1].query.pageToken).toBeTruthy();
    expect(pages[2].query.pageToken).not.toBe(pages[1].query.pageToken);
    // The client's own skipParsing flag never reaches the API.
    expect(pages.every((p) => !('skipParsing' in p.query))).toBe(true);
  });

  it('fetches the next page only when the previous batch was consumed', async () => {
    fake.setTable('mart_dashboard_data', dashboardDays([2, 2, 2, 3, 3, 3, 4, 4, 4, 4]));
    fake.pageSize = 2; // the server caps pages below maxResults
    const iterator = source().extract(WINDOW, { batchSize: 1000 })[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.value).toHaveLength(2);
    expect(fake.requests.filter(isResultsPage)).toHaveLength(1);
    let batches = 1;
    while (!(await iterator.next()).done) batches += 1;
    expect(batches).toBe(5);
    expect(fake.requests.filter(isResultsPage)).toHaveLength(5);
  });

  it('waits for a job that is still running', async () => {
    fake.setTable('mart_dashboard_data', dashboardDays([2, 3]));
    fake.pendingPolls = 2;
    const batches = await collect(source().extract(WINDOW, { batchSize: 10 }));
    expect(batches.flat()).toHaveLength(2);
    expect(fake.requests.filter(isResultsPage)).toHaveLength(3);
  });
});

describe('BigQuery source: the query', () => {
  it('selects exactly the target columns inside the window, with DATE parameters', async () => {
    fake.setTable('mart_dashboard_data', dashboardDays([1, 2, 3, 4, 5]));
    const rows = (await collect(source().extract(WINDOW, { batchSize: 10 }))).flat();
    expect(rows.map((r) => r.fecha_foto)).toEqual(['2024-03-02', '2024-03-03', '2024-03-04']);
    expect(Object.keys(rows[0])).toEqual(COLUMNS);
    const query = fake.requests.find(isJobInsert)?.body.configuration.query;
    expect(query.query).toBe(
      `SELECT ${COLUMNS.map((c) => `\`${c}\``).join(', ')}\nFROM \`${PROJECT}.BI_USA.mart_dashboard_data\`\n` +
      'WHERE `fecha_foto` BETWEEN @window_start AND @window_end');
    expect(query.queryParameters).toEqual([
      { name: 'window_start', parameterType: { type: 'DATE' }, parameterValue: { value: '2024-03-02' } },
      { name: 'window_end', parameterType: { type: 'DATE' }, parameterValue: { value: '2024-03-04' } },
    ]);
    expect(query.useLegacySql).toBe(false);
  });

  it('has no lower bound on a full refresh, and reads assignment_data by fecha_asignacion', async () => {
    fake.setTable('mart_dashboard_data', dashboardDays([1, 2, 3, 4, 5]));
    const rows = (await collect(source().extract({ ...WINDOW, start: null }, { batchSize: 10 }))).flat();
    expect(rows.map((r) => r.fecha_foto)).toEqual(['2024-03-01', '2024-03-02', '2024-03-03', '2024-03-04']);
    const query = fake.requests.find(isJobInsert)?.body.configuration.query;
    expect(query.query).toMatch(/WHERE `fecha_foto` <= @window_end$/);
    expect(query.queryParameters.map((p: { name: string }) => p.name)).toEqual(['window_end']);
    expect(source().describeQuery({ table: 'assignment_data', start: '2024-01-01', end: '2024-02-01' }))
      .toMatch(/WHERE `fecha_asignacion` BETWEEN @window_start AND @window_end\n-- @window_start = DATE '2024-01-01', @window_end = DATE '2024-02-01'$/);
  });

  it('labels the job with the app and the table, caps billed bytes and sets the job timeout', async () => {
    fake.setTable('mart_dashboard_data', dashboardDays([2]));
    await collect(source({ location: 'US' }).extract(WINDOW, { batchSize: 10, labels: { 'Run ID': 'RUN/42', app: 'other' } }));
    const body = fake.requests.find(isJobInsert)?.body;
    expect(body.configuration.labels).toEqual({ run_id: 'run_42', app: 'pulso', table: 'dashboard_data' });
    expect(body.configuration.query.maximumBytesBilled).toBe('1000000');
    expect(body.configuration.jobTimeoutMs).toBe('5000');
    expect(body.jobReference.location).toBe('US');
  });

  it('reads a relation override from BIGQUERY_RELATION_<TABLE> and refuses one that is not an identifier', async () => {
    fake.setTable('other_ds.dash_v2', dashboardDays([2]));
    const vars = { BIGQUERY_PROJECT_ID: PROJECT, BIGQUERY_API_ENDPOINT: fake.url, BIGQUERY_RELATION_DASHBOARD_DATA: 'other_ds.dash_v2' };
    const fromEnv = bigQuerySourceFromEnv({ authClient: new PassThroughClient() }, vars);
    expect((await collect(fromEnv.extract(WINDOW, { batchSize: 10 }))).flat()).toHaveLength(1);
    expect(fake.requests.find(isJobInsert)?.body.configuration.query.query).toContain(`FROM \`${PROJECT}.other_ds.dash_v2\``);
    expect(() => bigQuerySourceFromEnv({}, { ...vars, BIGQUERY_RELATION_DASHBOARD_DATA: 'x` WHERE 1=1 --' }))
      .toThrow(SourceConfigError);
  });
});

describe('BigQuery source: values', () => {
  it('maps every BigQuery type exactly, never through a lossy float', async () => {
    // The decoder follows the result's schema types, so the mart's columns can carry each type here.
    const schema = restRowsFor('dashboard_data', []).schema.map((f) => ({
      ...f, type: { cartera: 'BOOL', servicio: 'TIMESTAMP', recupero: 'BIGNUMERIC', archivo: 'TIMESTAMP' }[f.name] ?? f.type,
    }));
    const base = { fecha_foto: '2024-03-02', cuentas: '9007199254740993', deuda_asig: '123456789012.34', pct_cober: '12.5' };
    fake.setTable('mart_dashboard_data', { schema, rows: [
      { ...base, archivo: '1672574400123456', cartera: 'true', servicio: '-1', recupero: '0.00000000000000000000000000000000000001', clientes: null },
      { ...base, archivo: '1.672574400123456E9', cartera: 'false', servicio: '0', recupero: '-5', pct_cober: 'NaN' },
    ] });
    const [first, second] = (await collect(source().extract(WINDOW, { batchSize: 10 }))).flat();
    expect(first).toMatchObject({
      fecha_foto: '2024-03-02', cuentas: '9007199254740993', deuda_asig: '123456789012.34', pct_cober: 12.5, cartera: true,
      archivo: '2023-01-01T12:00:00.123456Z', servicio: '1969-12-31T23:59:59.999999Z', recupero: '0.00000000000000000000000000000000000001',
      clientes: null, deuda_act: null,
    });
    expect(second).toMatchObject({ archivo: '2023-01-01T12:00:00.123456Z', cartera: false, servicio: '1970-01-01T00:00:00.000000Z', recupero: '-5' });
    expect(second.pct_cober).toBeNaN();
  });

  it('passes malformed values through as the strings they are', async () => {
    const schema = restRowsFor('dashboard_data', []).schema.map((f) => (f.name === 'servicio' ? { ...f, type: 'TIMESTAMP' } : f));
    fake.setTable('mart_dashboard_data', { schema, rows: [
      { fecha_foto: '2024-03-02', archivo: 'A', cartera: 'C', servicio: 'yesterday', cuentas: 'abc', pct_cober: '1,5', deuda_asig: 'lots' },
    ] });
    const [row] = (await collect(source().extract(WINDOW, { batchSize: 10 }))).flat();
    expect(row).toMatchObject({ servicio: 'yesterday', cuentas: 'abc', pct_cober: '1,5', deuda_asig: 'lots' });
  });
});

describe('BigQuery source: errors', () => {
  it('turns a 403 into a SourceConfigError with the roles to grant, without retrying', async () => {
    fake.setTable('mart_dashboard_data', dashboardDays([2]));
    fake.failNext(1, { status: 403, message: 'Access Denied: Project pulso-test: User does not have bigquery.jobs.create permission' });
    const error = await failure(collect(source().extract(WINDOW, { batchSize: 10 })));
    expect(error).toBeInstanceOf(SourceConfigError);
    expect((error as SourceConfigError).fix).toMatch(/BigQuery Job User on project pulso-test.*BigQuery Data Viewer/);
    expect(fake.requests).toHaveLength(1);
  });

  it.each([
    ['HTTP 500', { status: 500 }],
    ['HTTP 429', { status: 429 }],
    ['403 rateLimitExceeded', { status: 403, reason: 'rateLimitExceeded' }],
    ['a dropped connection', { reset: true as const }],
  ])('turns %s into a TransientSourceError, once', async (_, fail) => {
    fake.setTable('mart_dashboard_data', dashboardDays([2]));
    fake.failNext(1, fail, isResultsPage);
    const error = await failure(collect(source().extract(WINDOW, { batchSize: 10 })));
    expect(error).toBeInstanceOf(TransientSourceError);
    expect(fake.requests.filter(isResultsPage)).toHaveLength(1); // the run retries, not the client
  });

  it.each([
    ['the job request', undefined],
    ['a result page', isResultsPage],
  ])('gives up on %s after timeoutMs with a TransientSourceError', async (what, when) => {
    fake.setTable('mart_dashboard_data', dashboardDays([2]));
    fake.delayNext(1, 20_000, when);
    const started = Date.now();
    const error = await failure(collect(source({ timeoutMs: 400 }).extract(WINDOW, { batchSize: 10 })));
    expect(error).toBeInstanceOf(TransientSourceError);
    expect(error.message).toContain(`did not answer ${what} within 400 ms`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    expect(Date.now() - started).toBeLessThan(3_000);
    // The job may run even though its answer never came: it is cancelled by its id.
    const jobId = fake.requests.find(isJobInsert)?.body.jobReference.jobId;
    expect(jobId).toMatch(/^pulso_dashboard_data_/);
    await expect.poll(() => fake.requests.filter(isCancel).map((r) => r.path)).toEqual([
      `/bigquery/v2/projects/${PROJECT}/jobs/${jobId}/cancel`,
    ]);
  });

  it('names the relation and how to deploy it when it does not exist', async () => {
    const error = await failure(collect(source().extract(WINDOW, { batchSize: 10 })));
    expect(error).toBeInstanceOf(SourceConfigError);
    expect(error.message).toBe('The BigQuery relation pulso-test.BI_USA.mart_dashboard_data was not found.');
    expect((error as SourceConfigError).fix).toMatch(/sql\/bigquery\/.*BIGQUERY_RELATION_DASHBOARD_DATA/);
  });

  it.each(['error', 'omit'] as const)('names a column the relation lacks (server %s)', async (mode) => {
    const table = dashboardDays([2]);
    fake.setTable('mart_dashboard_data', { ...table, schema: table.schema.filter((f) => f.name !== 'pct_cierre') });
    fake.unknownColumns = mode;
    const error = await failure(collect(source().extract(WINDOW, { batchSize: 10 })));
    expect(error).toBeInstanceOf(SourceConfigError);
    expect(error.message).toBe('The BigQuery relation pulso-test.BI_USA.mart_dashboard_data has no column pct_cierre.');
  });

  it('explains a bytes-billed limit and a missing key file', async () => {
    fake.setTable('mart_dashboard_data', { ...dashboardDays([2]), bytes: 5_000_000 });
    const limit = await failure(collect(source().extract(WINDOW, { batchSize: 10 })));
    expect(limit).toBeInstanceOf(SourceConfigError);
    expect((limit as SourceConfigError).fix).toMatch(/Raise BIGQUERY_MAX_BYTES_BILLED/);

    const keyless = source({ authClient: undefined, keyFilename: '/nonexistent/pulso-key.json' });
    const noKey = await failure(keyless.test());
    expect(noKey).toBeInstanceOf(SourceConfigError);
    expect((noKey as SourceConfigError).fix).toMatch(/GOOGLE_APPLICATION_CREDENTIALS/);
  });
});

describe('BigQuery source: error classification', () => {
  const ctx = { projectId: PROJECT, dataset: 'BI_USA', maxBytesBilled: 1 };
  const coded = (message: string, code: string) => Object.assign(new Error(message), { code });

  it.each([
    ['missing default credentials', new Error('Could not load the default credentials. Browse to the docs.'), SourceConfigError],
    ['an unreadable key file', coded("ENOENT: no such file or directory, open '/k.json'", 'ENOENT'), SourceConfigError],
    ['a rejected key', new Error('invalid_grant: Invalid JWT Signature.'), SourceConfigError],
    ['a refused connection', coded('connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED'), TransientSourceError],
    ['a reset connection', coded('socket hang up', 'ECONNRESET'), TransientSourceError],
  ])('classifies %s', (_, error, kind) => {
    const result = classify(error, ctx);
    expect(result).toBeInstanceOf(kind);
    if (result instanceof SourceConfigError) expect(result.fix).toMatch(/GOOGLE_APPLICATION_CREDENTIALS.*BigQuery Job User/);
  });

  it('never repeats a token from a message', () => {
    const error = Object.assign(new Error('boom'), { code: 500, errors: [{ reason: 'backendError', message: 'failed with Bearer ya29.secret-token' }] });
    expect(classify(error, ctx).message).not.toContain('ya29');
  });

  it('treats an unreachable endpoint as transient', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    expect(await failure(source({ apiEndpoint: closed }).test())).toBeInstanceOf(TransientSourceError);
  });

  it('asks for BIGQUERY_PROJECT_ID when none is set', () => {
    expect(() => bigQuerySourceFromEnv({}, {})).toThrow(SourceConfigError);
  });
});

describe('BigQuery source: cancel', () => {
  it('stops paging when the signal aborts between pages, and cancels the job', async () => {
    fake.setTable('mart_dashboard_data', dashboardDays([2, 2, 2, 2, 2, 2, 2, 2]));
    fake.pageSize = 2;
    const controller = new AbortController();
    const iterator = source().extract(WINDOW, { batchSize: 10, signal: controller.signal })[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toHaveLength(2);
    controller.abort();
    const error = await failure(iterator.next());
    expect(error.name).toBe('AbortError');
    expect(fake.requests.filter(isResultsPage)).toHaveLength(1);
    await expect.poll(() => fake.requests.filter(isCancel).length).toBe(1);
  });

  it('stops waiting for a pending page at once', async () => {
    fake.setTable('mart_dashboard_data', dashboardDays([2]));
    fake.delayNext(1, 20_000, isResultsPage);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await failure(collect(source().extract(WINDOW, { batchSize: 10, signal: controller.signal })));
    expect(error.name).toBe('AbortError');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('BigQuery source: estimate and test', () => {
  it('estimates bytes with a dry run', async () => {
    fake.setTable('mart_dashboard_data', { ...dashboardDays([2, 3]), bytes: 123_456_789 });
    expect(await source({ maxBytesBilled: 1_000_000_000 }).estimate(WINDOW)).toEqual({ bytes: 123_456_789 });
    const insert = fake.requests.find(isJobInsert)?.body;
    expect(insert.configuration.dryRun).toBe(true);
    expect(fake.requests.filter(isResultsPage)).toHaveLength(0);
  });

  it('runs SELECT 1 as the connection test', async () => {
    expect(await source().test()).toEqual({ ok: true, detail: 'BigQuery project pulso-test reachable (dataset BI_USA)' });
    expect(fake.requests.find(isJobInsert)?.body.configuration.query.query).toBe('SELECT 1');
    fake.failNext(1, { status: 401 });
    expect(await failure(source().test())).toBeInstanceOf(SourceConfigError);
  });
});
