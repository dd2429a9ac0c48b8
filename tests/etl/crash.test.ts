// Crash safety (SPEC §5): SIGKILL the refresh process during the extraction
// and during the merge; the previous data and watermark survive, cleanup
// marks the run abandoned, and a re-run converges to a clean full load.
import { PassThroughClient } from 'google-auth-library';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup } from '../../lib/etl/maintenance';
import { refreshTable } from '../../lib/etl/refresh';
import { lockKey } from '../../lib/etl/runs';
import { createBigQuerySource } from '../../lib/etl/sources/bigquery';
import { addDays, limaDate } from '../../lib/etl/window';
import { getWatermark } from '../../lib/etl/watermarks';
import type { TestDatabase } from '../helpers/database';
import { createEtlDatabase } from '../helpers/etl-database';
import { isResultsPage, restRowsFor, startFakeBigQuery, type FakeBigQuery } from '../helpers/fake-bigquery';
import { checksum, dashboardRows } from '../helpers/mart-rows';
import { spawnCli, type Child } from '../helpers/processes';
import { waitFor } from '../helpers/wait';

// The child process runs with the real clock, so the data ends today in Lima.
const TODAY = limaDate(new Date());
let database: TestDatabase;
let fake: FakeBigQuery;

const loadFrom = (db: TestDatabase, mode: 'incremental' | 'full_refresh') =>
  refreshTable(
    {
      sql: db.sql,
      source: createBigQuerySource({ projectId: 'pulso-test', dataset: 'BI_USA', apiEndpoint: fake.url, authClient: new PassThroughClient(), maxBytesBilled: 1e9, timeoutMs: 10_000 }),
    },
    { table: 'dashboard_data', mode, trigger: 'cli', force: true },
  );

function refreshProcess(): Child {
  return spawnCli('cli/etl.ts', ['refresh', 'dashboard_data', '--force'], {
    DATABASE_URL: database.url, BIGQUERY_PROJECT_ID: 'pulso-test', BIGQUERY_DATASET: 'BI_USA', BIGQUERY_API_ENDPOINT: fake.url,
  });
}

async function currentRun() {
  const [run] = await database.sql`SELECT id, status, phase, rows_extracted::int AS extracted FROM etl_execution_log WHERE status = 'running'`;
  return run;
}

/** The table, the watermark and no run left half-done: what a crash must not change. */
async function snapshot() {
  return { table: await checksum(database.sql, 'dashboard_data'), watermark: (await getWatermark(database.sql, 'dashboard_data')).watermark };
}

beforeAll(async () => {
  database = await createEtlDatabase();
  fake = await startFakeBigQuery();
  fake.pageSize = 100;
  fake.setTable('mart_dashboard_data', restRowsFor('dashboard_data', dashboardRows(TODAY, 30, 10))); // 600 rows
  expect((await loadFrom(database, 'full_refresh')).status).toBe('success');
  // The source moves on inside the lookback: recent days change, one campaign-day vanishes.
  const next = dashboardRows(TODAY, 30, 10)
    .filter((r) => !(r.fecha_foto === TODAY && r.archivo === 'Campana_3'))
    .map((r) => (String(r.fecha_foto) >= addDays(TODAY, -3) && r.archivo === 'Campana_1' ? { ...r, recupero: '4321.00' } : r));
  fake.setTable('mart_dashboard_data', restRowsFor('dashboard_data', next));
});
afterAll(async () => {
  await fake.close();
  await database.drop();
});

describe('a first load killed with SIGKILL', () => {
  it('leaves the table empty and without a watermark: its COPY into the target rolls back', async () => {
    const empty = await createEtlDatabase();
    try {
      fake.delayNext(1, 60_000, (r) => isResultsPage(r) && Boolean(r.query.pageToken));
      const child = spawnCli('cli/etl.ts', ['refresh', 'dashboard_data', '--force'], {
        DATABASE_URL: empty.url, BIGQUERY_PROJECT_ID: 'pulso-test', BIGQUERY_DATASET: 'BI_USA', BIGQUERY_API_ENDPOINT: fake.url,
      });
      await waitFor(async () => {
        const [run] = await empty.sql`SELECT rows_extracted::int AS extracted FROM etl_execution_log WHERE status = 'running'`;
        return run?.extracted > 0;
      }, () => `rows to arrive (${child.output()})`);
      child.process.kill('SIGKILL');
      await child.exited;
      const [{ rows }] = await empty.sql`SELECT count(*)::int AS rows FROM dashboard_data`;
      expect(rows).toBe(0);
      expect((await getWatermark(empty.sql, 'dashboard_data')).watermark).toBeNull();
      expect((await cleanup(empty.sql, { staleAfterMinutes: 0 })).abandonedRuns).toHaveLength(1);
    } finally {
      await empty.drop();
    }
  });
});

describe('a refresh killed with SIGKILL', () => {
  it('during the extraction leaves the previous data and watermark, and cleanup marks it abandoned', async () => {
    const before = await snapshot();
    fake.delayNext(1, 60_000, (r) => isResultsPage(r) && Boolean(r.query.pageToken)); // page 2 never comes in time
    const child = refreshProcess();
    await waitFor(async () => (await currentRun())?.extracted > 0, () => `rows to arrive (${child.output()})`);
    child.process.kill('SIGKILL');
    await child.exited;

    expect(await snapshot()).toEqual(before);
    const [staging] = await database.sql`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'pulso_staging'`;
    expect(staging.n).toBe(1);
    const report = await cleanup(database.sql, { staleAfterMinutes: 0 });
    expect(report.abandonedRuns).toHaveLength(1);
    expect(report.droppedStagingTables).toHaveLength(1);
    expect(await currentRun()).toBeUndefined();
  });

  it('during the merge rolls the whole merge back', async () => {
    const before = await snapshot();
    // Hold the merge lock, so the child is caught inside its merge transaction.
    const holder = postgres(database.url, { max: 1 });
    const reserved = await holder.reserve();
    await reserved`SELECT pg_advisory_lock(hashtext(${lockKey('merge', 'dashboard_data')}))`;
    const child = refreshProcess();
    try {
      await waitFor(async () => {
        const [waiting] = await database.sql`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`;
        return (await currentRun())?.phase === 'merge' && waiting.n === 1;
      }, () => `the merge to start (${child.output()})`);
      child.process.kill('SIGKILL');
      await child.exited;
    } finally {
      await reserved`SELECT pg_advisory_unlock(hashtext(${lockKey('merge', 'dashboard_data')}))`;
      reserved.release();
      await holder.end();
    }
    // The killed process's sessions end once they wake: its run lock comes free.
    const probe = await database.sql.reserve(); // session locks belong to one connection
    await waitFor(async () => {
      const [{ free }] = await probe`SELECT pg_try_advisory_lock(hashtext(${lockKey('run', 'dashboard_data')})) AS free`;
      if (free) await probe`SELECT pg_advisory_unlock(hashtext(${lockKey('run', 'dashboard_data')}))`;
      return free;
    }, 'the killed sessions to end');
    probe.release();

    expect(await snapshot()).toEqual(before);
    expect((await cleanup(database.sql, { staleAfterMinutes: 0 })).abandonedRuns).toHaveLength(1);
  });

  it('then converges on a re-run to exactly what a clean full load gives', async () => {
    const rerun = await loadFrom(database, 'incremental');
    expect(rerun.status === 'failed' ? rerun.error : rerun.status).toBe('success');
    const clean = await createEtlDatabase();
    try {
      expect((await loadFrom(clean, 'full_refresh')).status).toBe('success');
      expect(await checksum(database.sql, 'dashboard_data')).toBe(await checksum(clean.sql, 'dashboard_data'));
      expect((await getWatermark(database.sql, 'dashboard_data')).watermark).toBe(TODAY);
    } finally {
      await clean.drop();
    }
  });
});
