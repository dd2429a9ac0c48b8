// Whole runs from the real BigQuery client and a fake BigQuery server:
// paging into the target, retries of transient errors, permission errors,
// timeouts and malformed rows — as the run log and the target show them.
import { PassThroughClient } from 'google-auth-library';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { refreshTable } from '../../lib/etl/refresh';
import { getRun } from '../../lib/etl/runs';
import { createBigQuerySource } from '../../lib/etl/sources/bigquery';
import { getWatermark } from '../../lib/etl/watermarks';
import type { TestDatabase } from '../helpers/database';
import { createEtlDatabase } from '../helpers/etl-database';
import { isJobInsert, isResultsPage, restRowsFor, startFakeBigQuery, type FakeBigQuery } from '../helpers/fake-bigquery';
import { asLoaded, dashboardRows, readTable } from '../helpers/mart-rows';

const TODAY = '2026-11-20';
let database: TestDatabase;
let fake: FakeBigQuery;
const rows = dashboardRows(TODAY, 30, 4); // 240 rows
/** The extraction's query job, not the dry run that estimates its cost. */
const isExtraction = (r: Parameters<typeof isJobInsert>[0]) => isJobInsert(r) && !r.body?.configuration?.dryRun;

function refresh(timeoutMs = 5_000) {
  const source = createBigQuerySource({
    projectId: 'pulso-test', dataset: 'BI_USA', apiEndpoint: fake.url, authClient: new PassThroughClient(),
    maxBytesBilled: 10_000_000, timeoutMs,
  });
  return refreshTable(
    { sql: database.sql, source, now: () => new Date(`${TODAY}T15:00:00Z`), retries: { tries: 3, baseDelayMs: 10 } },
    { table: 'dashboard_data', mode: 'full_refresh', trigger: 'api', force: true },
  );
}

async function runOf(outcome: Awaited<ReturnType<typeof refresh>>) {
  return getRun(database.sql, 'runId' in outcome ? outcome.runId : '');
}

beforeAll(async () => {
  database = await createEtlDatabase();
});
afterAll(() => database.drop());
beforeEach(async () => {
  await database.sql`TRUNCATE dashboard_data, etl_watermarks, etl_execution_log`;
  fake = await startFakeBigQuery();
  fake.setTable('mart_dashboard_data', restRowsFor('dashboard_data', rows));
  fake.pageSize = 70; // 240 rows → 4 pages
});
afterEach(() => fake.close());

describe('a run from BigQuery', () => {
  it('pages through the result into the target, exactly', async () => {
    const outcome = await refresh();
    expect(outcome).toMatchObject({ status: 'success', extracted: 240, counts: { inserted: 240 } });
    expect(fake.requests.filter(isResultsPage).length).toBeGreaterThanOrEqual(4);
    expect(await readTable(database.sql, 'dashboard_data')).toEqual(asLoaded('dashboard_data', rows));
    const run = await runOf(outcome);
    expect(run?.sourceQuery).toMatch(/FROM `pulso-test\.BI_USA\.mart_dashboard_data`/);
    expect(run?.rowsTotalEstimate).toBeNull(); // BigQuery estimates bytes, not rows
  });

  it('retries a 500 and a timeout, then succeeds, recording the attempts', async () => {
    fake.failNext(1, { status: 500 }, isResultsPage);
    const outcome = await refresh();
    expect(outcome.status).toBe('success');
    expect((await runOf(outcome))?.metadata).toMatchObject({ attempts: 2 });

    await database.sql`TRUNCATE dashboard_data, etl_watermarks, etl_execution_log`;
    fake.delayNext(1, 3_000, isResultsPage);
    const slow = await refresh(800);
    expect(slow.status).toBe('success');
    expect((await runOf(slow))?.metadata).toMatchObject({ attempts: 2 });
  });

  it('fails after three transient errors, keeping the message and the detail', async () => {
    fake.failNext(3, { status: 503, reason: 'backendError', message: 'Backend error' }, isExtraction);
    const outcome = await refresh();
    expect(outcome.status).toBe('failed');
    const run = await runOf(outcome);
    expect(run).toMatchObject({ status: 'failed', metadata: expect.objectContaining({ attempts: 3 }) });
    expect(run?.errorMessage).toMatch(/^extract failed: /);
    expect(run?.errorDetail).toBeTruthy();
  });

  it('fails at once on a permission error, with the fix, and changes nothing', async () => {
    await refresh();
    const before = await readTable(database.sql, 'dashboard_data');
    const inserts = fake.requests.filter(isExtraction).length;
    fake.failNext(1, { status: 403, reason: 'accessDenied', message: 'Access Denied: Project pulso-test' }, isExtraction);
    const outcome = await refresh();
    expect(outcome.status).toBe('failed');
    expect(fake.requests.filter(isExtraction).length - inserts).toBe(1); // no retries
    const run = await runOf(outcome);
    expect(run?.metadata).toMatchObject({ attempts: 1 });
    expect(run?.errorMessage).toMatch(/permission|access/i);
    expect(run?.errorMessage).toMatch(/BigQuery (Job User|Data Viewer)/); // the fix travels with the error
    expect(await readTable(database.sql, 'dashboard_data')).toEqual(before);
    expect(await getWatermark(database.sql, 'dashboard_data')).toMatchObject({ watermark: TODAY, lastExtractionStatus: 'failed' });
  });

  it('rejects and counts malformed rows, and fails the run above 1 %', async () => {
    const malformed = rows.map((r, i) => (i === 7 ? { ...r, cuentas: 'abc' } : r));
    fake.setTable('mart_dashboard_data', restRowsFor('dashboard_data', malformed));
    expect(await refresh()).toMatchObject({ status: 'success', rejected: 1, counts: { inserted: 239 } });

    const many = rows.map((r, i) => (i % 50 === 0 ? { ...r, cuentas: i % 100 === 0 ? '-5' : '12.5' } : r));
    fake.setTable('mart_dashboard_data', restRowsFor('dashboard_data', many));
    const outcome = await refresh();
    expect(outcome.status).toBe('failed');
    const run = await runOf(outcome);
    expect(run).toMatchObject({ rowsRejected: 5, errorMessage: expect.stringMatching(/5 of 240 rows were rejected/) });
    expect((run?.metadata as { rejectedSamples: unknown[] }).rejectedSamples).toHaveLength(5);
  });
});
