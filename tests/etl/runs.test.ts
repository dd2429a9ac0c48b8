// The run log's guarantees: one run per table, fresh-skip, cancel, cleanup,
// recovery and watermark reset — each checked on a real PostgreSQL.
import postgres from 'postgres';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, planCleanup } from '../../lib/etl/maintenance';
import { planRecovery, recover } from '../../lib/etl/recovery';
import { refreshTable } from '../../lib/etl/refresh';
import { cancelRuns, getRun, lockKey, requestRun } from '../../lib/etl/runs';
import { executeRun } from '../../lib/etl/runner';
import { createStaging } from '../../lib/etl/staging';
import { getWatermark, resetWatermark } from '../../lib/etl/watermarks';
import { arraySource } from '../helpers/array-source';
import type { TestDatabase } from '../helpers/database';
import { createEtlDatabase } from '../helpers/etl-database';
import { dashboardRows, readTable } from '../helpers/mart-rows';
import { waitFor } from '../helpers/wait';

const TODAY = '2026-11-20';
const now = () => new Date(`${TODAY}T15:00:00Z`);
let database: TestDatabase;
const source = arraySource();
const options = () => ({ sql: database.sql, source, now, progressEveryMs: 20 });

beforeAll(async () => {
  database = await createEtlDatabase();
});
afterAll(() => database.drop());
beforeEach(async () => {
  source.beforeBatch = undefined;
  source.rows.set('dashboard_data', dashboardRows(TODAY, 30));
  await database.sql`TRUNCATE dashboard_data, etl_watermarks, etl_execution_log`;
});

describe('one run per table', () => {
  it('turns 10 simultaneous requests into exactly one run; the others get its id', async () => {
    const request = { table: 'dashboard_data' as const, mode: 'incremental' as const, trigger: 'api' as const, force: true };
    // Ten clients, each on its own connection, as ten API processes would be.
    const clients = Array.from({ length: 10 }, () => postgres(database.url, { max: 1, onnotice: () => {} }));
    await Promise.all(clients.map((c) => c`SELECT 1`));
    const outcomes = await Promise.all(clients.map((c) => requestRun(c, request)));
    await Promise.all(clients.map((c) => c.end()));
    const queued = outcomes.filter((o) => o.status === 'queued');
    expect(queued).toHaveLength(1);
    const id = queued[0].status === 'queued' && queued[0].run.id;
    expect(outcomes.filter((o) => o.status === 'already_running' && o.run.id === id)).toHaveLength(9);
    const [{ count }] = await database.sql`SELECT count(*)::int FROM etl_execution_log`;
    expect(count).toBe(1);
  });

  it('skips a fresh table unless forced', async () => {
    await refreshTable(options(), { table: 'dashboard_data', mode: 'incremental', trigger: 'cli' });
    const again = await refreshTable(options(), { table: 'dashboard_data', mode: 'incremental', trigger: 'cli' });
    expect(again).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/less than 6 h/) });
    const forced = await refreshTable(options(), { table: 'dashboard_data', mode: 'incremental', trigger: 'cli', force: true });
    expect(forced.status).toBe('success');
  });
});

describe('cancel', () => {
  /** The table loaded, then its source changed, and a full refresh of it queued: what a cancel must not let through. */
  async function loadedThenChangedRun(recupero: string) {
    await refreshTable(options(), { table: 'dashboard_data', mode: 'incremental', trigger: 'cli' });
    const before = await readTable(database.sql, 'dashboard_data');
    source.rows.set('dashboard_data', dashboardRows(TODAY, 30).map((r) => ({ ...r, recupero })));
    const requested = await requestRun(database.sql, { table: 'dashboard_data', mode: 'full_refresh', trigger: 'cli', force: true });
    if (requested.status !== 'queued') throw new Error('not queued');
    return { before, run: requested.run };
  }

  it('stops a running run between batches and leaves target and watermark as they were', async () => {
    const { before, run } = await loadedThenChangedRun('1.00');
    let cancelled = false;
    source.beforeBatch = async (index) => {
      if (index === 0 && !cancelled) {
        cancelled = true;
        expect(await cancelRuns(database.sql, 'dashboard_data')).toEqual([run.id]);
        await new Promise((r) => setTimeout(r, 100)); // the next heartbeat sees the request
      }
    };
    const outcome = await executeRun({ ...options(), source: { ...source, extract: (w, o) => source.extract(w, { ...o, batchSize: 10 }) } }, run);
    expect(outcome.status).toBe('cancelled');
    expect((await getRun(database.sql, run.id))?.status).toBe('cancelled');
    expect(await readTable(database.sql, 'dashboard_data')).toEqual(before);
    expect(await getWatermark(database.sql, 'dashboard_data')).toMatchObject({ watermark: TODAY, lastExtractionStatus: 'cancelled' });
  });

  it('rolls the merge back when the cancel arrives while it merges', async () => {
    const { before, run } = await loadedThenChangedRun('2.00');
    const holder = await database.sql.reserve(); // holds the merge lock: the run waits inside its merge
    await holder`SELECT pg_advisory_lock(hashtext(${lockKey('merge', 'dashboard_data')}))`;
    const running = executeRun(options(), run);
    await waitFor(async () => (await getRun(database.sql, run.id))?.phase === 'merge', 'the merge');
    await cancelRuns(database.sql, 'dashboard_data');
    await holder`SELECT pg_advisory_unlock(hashtext(${lockKey('merge', 'dashboard_data')}))`;
    holder.release();
    expect(await running).toMatchObject({ status: 'cancelled' });
    expect(await readTable(database.sql, 'dashboard_data')).toEqual(before);
  });

  it('cancels a queued run before it starts', async () => {
    const requested = await requestRun(database.sql, { table: 'evolution_data', mode: 'incremental', trigger: 'api' });
    if (requested.status !== 'queued') throw new Error('not queued');
    await cancelRuns(database.sql);
    expect(await executeRun(options(), requested.run)).toMatchObject({ status: 'not_claimed' });
    expect((await getRun(database.sql, requested.run.id))?.status).toBe('cancelled');
  });
});

describe('cleanup and recovery', () => {
  async function abandonedRun() {
    const requested = await requestRun(database.sql, { table: 'dashboard_data', mode: 'incremental', trigger: 'api', force: true });
    if (requested.status !== 'queued') throw new Error('not queued');
    await database.sql`UPDATE etl_execution_log SET status = 'running', heartbeat_at = now() - interval '10 minutes'`;
    await database.sql`INSERT INTO etl_watermarks (table_name, last_run_id, last_extraction_status) VALUES ('dashboard_data', ${requested.run.id}, 'running')`;
    await createStaging(database.sql, 'dashboard_data', requested.run.id);
    return requested.run;
  }

  it('fails runs whose heartbeat stopped and drops their staging tables', async () => {
    const run = await abandonedRun();
    const fresh = await requestRun(database.sql, { table: 'evolution_data', mode: 'incremental', trigger: 'api' });
    const report = await cleanup(database.sql);
    expect(report.abandonedRuns.map((r) => r.id)).toEqual([run.id]);
    expect(report.droppedStagingTables).toHaveLength(1);
    expect(await getRun(database.sql, run.id)).toMatchObject({ status: 'failed', errorMessage: expect.stringMatching(/Abandoned/) });
    expect((await getRun(database.sql, fresh.status === 'queued' ? fresh.run.id : ''))?.status).toBe('queued');
  });

  it('says on a dry run exactly what it then does, changing nothing before', async () => {
    const run = await abandonedRun();
    const orphan = await requestRun(database.sql, { table: 'operation_data', mode: 'incremental', trigger: 'api' });
    if (orphan.status !== 'queued') throw new Error('not queued');
    await database.sql`UPDATE etl_execution_log SET started_at = now() - interval '10 minutes' WHERE id = ${orphan.run.id}`;
    const live = await requestRun(database.sql, { table: 'evolution_data', mode: 'incremental', trigger: 'api' });
    if (live.status !== 'queued') throw new Error('not queued');
    await createStaging(database.sql, 'evolution_data', live.run.id);

    const plan = await planCleanup(database.sql);
    expect(plan.abandonedRuns.map((r) => r.id).sort()).toEqual([run.id, orphan.run.id].sort());
    expect(plan.droppedStagingTables).toEqual([expect.stringContaining(run.id.replaceAll('-', ''))]);
    const statuses = await database.sql`SELECT status, count(*)::int FROM etl_execution_log GROUP BY status ORDER BY status`;
    expect(statuses.map((r) => [r.status, r.count])).toEqual([['queued', 2], ['running', 1]]);
    const [{ tables }] = await database.sql`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'pulso_staging'`;
    expect(tables).toBe(2);

    const done = await cleanup(database.sql);
    expect({ ...done, abandonedRuns: done.abandonedRuns.map((r) => r.id).sort() })
      .toEqual({ ...plan, abandonedRuns: plan.abandonedRuns.map((r) => r.id).sort() });
    expect((await getRun(database.sql, live.run.id))?.status).toBe('queued');
  });

  it('fails a queued run no worker will ever start, after the grace period', async () => {
    const requested = await requestRun(database.sql, { table: 'operation_data', mode: 'incremental', trigger: 'api' });
    if (requested.status !== 'queued') throw new Error('not queued');
    expect((await cleanup(database.sql)).abandonedRuns).toEqual([]); // still within the grace period
    const report = await cleanup(database.sql, { staleAfterMinutes: 0 });
    expect(report.abandonedRuns.map((r) => r.id)).toEqual([requested.run.id]);
    expect(await requestRun(database.sql, { table: 'operation_data', mode: 'incremental', trigger: 'api' })).toMatchObject({ status: 'queued' });
  });

  it('lists what it would do on a dry run, then re-runs the failing table', async () => {
    await abandonedRun();
    const plan = await planRecovery({ sql: database.sql });
    expect(plan.steps).toEqual([
      { table: 'dashboard_data', mode: 'incremental', onlyIfStillFailing: false },
      { table: 'dashboard_data', mode: 'full_refresh', onlyIfStillFailing: true },
    ]);
    const [{ count }] = await database.sql`SELECT count(*)::int FROM etl_execution_log WHERE status = 'running'`;
    expect(count).toBe(1); // the dry run changed nothing

    const report = await recover(options());
    expect(report.cleanup.abandonedRuns).toHaveLength(1);
    expect(report.outcomes.map((o) => o.status)).toEqual(['success']);
    expect(report.stillFailing).toEqual([]);
    expect((await getWatermark(database.sql, 'dashboard_data')).lastExtractionStatus).toBe('success');
  });
});

describe('watermark reset', () => {
  it('moves the watermark back on request and the next run re-reads from there', async () => {
    await refreshTable(options(), { table: 'dashboard_data', mode: 'incremental', trigger: 'cli' });
    expect(await resetWatermark(database.sql, 'dashboard_data', '2026-11-01', 'admin@pulso')).toEqual({ table: 'dashboard_data', previous: TODAY, watermark: '2026-11-01' });
    const outcome = await refreshTable(options(), { table: 'dashboard_data', mode: 'incremental', trigger: 'cli', force: true });
    expect(outcome).toMatchObject({ status: 'success', window: { start: '2026-10-25' } });
  });

  it('refuses an unknown table, a table name with SQL in it, or a bad date, changing nothing', async () => {
    await expect(resetWatermark(database.sql, 'users', '2026-01-01')).rejects.toThrow(/Unknown table "users"/);
    await expect(resetWatermark(database.sql, "dashboard_data'; DROP TABLE x;--", '2026-01-01')).rejects.toThrow(/Unknown table/);
    await expect(resetWatermark(database.sql, 'dashboard_data', '2026-02-30')).rejects.toThrow(/not a date/);
    const [{ count }] = await database.sql`SELECT count(*)::int FROM etl_watermarks`;
    expect(count).toBe(0);
  });
});
