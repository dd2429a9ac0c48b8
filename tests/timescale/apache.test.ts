// The apache edition of TimescaleDB (CI's PostgreSQL 15 + TimescaleDB 2.19):
// hypertables and drop_chunks only. Setup converts tables that already hold
// data, says plainly what the edition lacks, and Pulso drops expired chunks itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPending, rollbackLast } from '../../lib/db/migrations';
import { detectCapabilities } from '../../lib/timescale/capabilities';
import { enforceRetention } from '../../lib/timescale/retention';
import { runSetup } from '../../lib/timescale/setup';
import { setupStatus, type SetupStatus } from '../../lib/timescale/status';
import { createTestDatabase, serverTimescaleEdition, type TestDatabase } from '../helpers/database';
import {
  CONFIGURED_CHUNK_INTERVALS as TIME_TABLES, chunkIntervals, insertDashboardDays, insertOperationDays, insertRuns,
  listChunks, rowsAroundCutoff, sameInterval, tableFingerprint,
} from '../helpers/timescale-fixtures';

const edition = await serverTimescaleEdition();

const WITH_DATA = ['dashboard_data', 'operation_data', 'etl_execution_log'] as const;

async function chunkCounts(db: TestDatabase) {
  const rows = await db.runner.query<{ table: string; chunks: number }>(
    `SELECT hypertable_name AS table, count(*)::int AS chunks FROM timescaledb_information.chunks GROUP BY 1 ORDER BY 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.table, r.chunks]));
}

describe.runIf(edition === 'apache')('TimescaleDB apache edition', () => {
  let db: TestDatabase;
  let status: SetupStatus;
  const before: Record<string, { rows: number; checksum: string | null }> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    await applyPending(db.runner);
    // Data is already there when setup runs: the conversion must migrate it.
    await insertDashboardDays(db.runner, 3 * 365);
    await insertOperationDays(db.runner, 5);
    await insertRuns(db.runner, [300, 200, 120, 40, 2]);
    for (const table of WITH_DATA) before[table] = await tableFingerprint(db.runner, table);
    ({ status } = await runSetup(db.runner));
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('turns every time table into a hypertable with the configured chunk interval', async () => {
    const intervals = await chunkIntervals(db.runner);
    expect(Object.keys(intervals).sort()).toEqual(Object.keys(TIME_TABLES).sort());
    for (const [table, expected] of Object.entries(TIME_TABLES)) {
      expect(await sameInterval(db.runner, intervals[table], expected), `${table}: ${intervals[table]}`).toBe(true);
    }
    expect(intervals).not.toHaveProperty('assignment_data');
    const [plain] = await db.runner.query(
      `SELECT 1 FROM timescaledb_information.hypertables WHERE hypertable_name = 'assignment_data'`,
    );
    expect(plain).toBeUndefined();
  });

  it('keeps every existing row, byte for byte, through the conversion', async () => {
    expect(before.dashboard_data.rows).toBeGreaterThan(3 * 365 * 12);
    for (const table of WITH_DATA) {
      expect(await tableFingerprint(db.runner, table), table).toEqual(before[table]);
    }
    expect((await listChunks(db.runner, 'dashboard_data')).length).toBeGreaterThan(150); // ~3 years of weeks
  });

  it('reports partial and says the apache edition lacks compression, continuous aggregates and policies', () => {
    expect(status.overall).toBe('partial');
    expect(status.capabilities).toMatchObject({ installed: true, edition: 'apache' });
    expect(status.problems).toEqual([
      'The apache edition of TimescaleDB lacks policies, compression and continuous aggregates.',
    ]);
    const missing = status.missingFeatures.map((f) => f.feature);
    expect(missing).toEqual(expect.arrayContaining(['Retention policies', 'Compression', 'Continuous aggregates']));
    for (const feature of status.missingFeatures) expect(feature.reason).toMatch(/apache edition/);
    expect(status.tables.filter((t) => t.hypertable).every((t) => t.hypertable!.intervalOk)).toBe(true);
  });

  it('counts the rows of a hypertable, which live in its chunks, not in the parent', () => {
    const rowsOf = (name: string) => status.tables.find((t) => t.name === name)!.rows;
    expect(rowsOf('dashboard_data')).toBe(before.dashboard_data.rows);
    expect(rowsOf('assignment_data')).toBe(0);
  });

  it('changes nothing when setup runs a second time', async () => {
    const chunks = await chunkCounts(db);
    const again = await runSetup(db.runner);
    const outcomes = new Set(again.actions.map((a) => a.outcome));
    expect([...outcomes].filter((o) => !['unchanged', 'unavailable', 'skipped'].includes(o))).toEqual([]);
    expect(again.actions.filter((a) => a.step === 'hypertable').every((a) => a.outcome === 'unchanged')).toBe(true);
    expect(await chunkCounts(db)).toEqual(chunks);
    expect(again.status.overall).toBe('partial');
  });

  it('drops only the chunks entirely older than the retention, and nothing on a second pass', async () => {
    const sql = db.runner;
    const chunksBefore = (await listChunks(sql, 'dashboard_data')).length;
    // One chunk interval (7 days) of margin on each side of the 2-year cutoff.
    const around = await rowsAroundCutoff(sql, 'dashboard_data', '2 years', 7);
    expect(around.older).toBeGreaterThan(0);

    const caps = await detectCapabilities(sql);
    const results = await enforceRetention(sql, caps);
    const dashboard = results.find((r) => r.table === 'dashboard_data');
    expect(dashboard).toMatchObject({ method: 'drop_chunks', olderThan: '2 years' });
    expect(results.every((r) => r.method === 'drop_chunks')).toBe(true);

    const chunksAfter = (await listChunks(sql, 'dashboard_data')).length;
    expect(chunksAfter).toBeLessThan(chunksBefore);
    expect(dashboard!.removed).toBe(chunksBefore - chunksAfter);
    expect(await rowsAroundCutoff(sql, 'dashboard_data', '2 years', 7)).toEqual({ older: 0, newer: around.newer });
    // Recent operation rows and runs younger than 6 months stay.
    expect(await tableFingerprint(sql, 'operation_data')).toEqual(before.operation_data);
    const [runs] = await sql.query<{ recent: number; expired: number }>(
      `SELECT count(*) FILTER (WHERE started_at > now() - INTERVAL '150 days')::int AS recent,
              count(*) FILTER (WHERE started_at < now() - INTERVAL '7 months')::int AS expired FROM etl_execution_log`,
    );
    expect(runs).toEqual({ recent: 3, expired: 0 });

    const again = await enforceRetention(sql, caps);
    expect(again.map((r) => r.removed)).toEqual(again.map(() => 0));
    expect((await listChunks(sql, 'dashboard_data')).length).toBe(chunksAfter);
  });

  it('rolls the schema back and forward again even though its tables are hypertables', async () => {
    let rolledBack = 0;
    while (await rollbackLast(db.runner)) rolledBack += 1;
    expect(rolledBack).toBeGreaterThan(0);
    const [{ hypertables }] = await db.runner.query<{ hypertables: number }>(
      `SELECT count(*)::int AS hypertables FROM timescaledb_information.hypertables`,
    );
    expect(hypertables).toBe(0);
    expect((await setupStatus(db.runner)).overall).toBe('incomplete');

    expect((await applyPending(db.runner)).length).toBeGreaterThan(0);
    const [{ rows }] = await db.runner.query<{ rows: number }>(`SELECT count(*)::int AS rows FROM dashboard_data`);
    expect(rows).toBe(0);
    // Fresh plain tables with the extension still installed: setup converts them again.
    expect((await setupStatus(db.runner)).overall).toBe('partial');
    const { actions } = await runSetup(db.runner);
    expect(actions.filter((a) => a.step === 'hypertable').map((a) => a.outcome)).toEqual(
      Object.keys(TIME_TABLES).map(() => 'created'),
    );
  });
});
