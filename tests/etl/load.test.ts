// The staged load and merge (SPEC §5): after every mode the target equals the
// source inside the window, deletions included; identical rows stay untouched.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { refreshTable } from '../../lib/etl/refresh';
import { getWatermark } from '../../lib/etl/watermarks';
import { arraySource } from '../helpers/array-source';
import { createEtlDatabase } from '../helpers/etl-database';
import { asLoaded, dashboardRow, dashboardRows, readTable } from '../helpers/mart-rows';
import type { TestDatabase } from '../helpers/database';

const TODAY = '2026-11-20';
const now = () => new Date(`${TODAY}T15:00:00Z`); // 10:00 in Lima

let database: TestDatabase;
const source = arraySource();
const refresh = (mode: 'incremental' | 'full_refresh' | 'sliding_window' = 'incremental') =>
  refreshTable({ sql: database.sql, source, now }, { table: 'dashboard_data', mode, trigger: 'cli', force: true });

beforeAll(async () => {
  database = await createEtlDatabase();
});
afterAll(() => database.drop());
beforeEach(async () => {
  await database.sql`TRUNCATE dashboard_data, etl_watermarks, etl_execution_log`;
  source.rows.set('dashboard_data', dashboardRows(TODAY, 30));
});

const rowIdentities = (sql: TestDatabase['sql']) =>
  sql`SELECT ctid::text, xmin::text FROM dashboard_data ORDER BY fecha_foto, archivo, servicio`;

describe('first load and re-load', () => {
  it('loads everything on the first run and sets the watermark to the newest date loaded', async () => {
    const outcome = await refresh();
    expect(outcome).toMatchObject({ status: 'success', counts: { inserted: 180, updated: 0, unchanged: 0, deleted: 0 } });
    expect(outcome.status === 'success' && outcome.window).toEqual({ mode: 'full_refresh', start: null, end: TODAY });
    expect(await readTable(database.sql, 'dashboard_data')).toEqual(asLoaded('dashboard_data', source.rows.get('dashboard_data')!));
    expect((await getWatermark(database.sql, 'dashboard_data')).watermark).toBe(TODAY);
    // An empty window is loaded without staging, by COPY straight into the target.
    const [run] = await database.sql`SELECT metadata->>'firstLoad' AS first FROM etl_execution_log`;
    expect(run.first).toBe('true');
  });

  it('ends a finished run in phase done, even with heartbeats racing its commit', async () => {
    // A heartbeat every millisecond: one is always in flight, waiting on the closing transaction.
    const outcome = await refreshTable({ sql: database.sql, source, now, progressEveryMs: 1 }, { table: 'dashboard_data', mode: 'incremental', trigger: 'cli', force: true });
    await new Promise((r) => setTimeout(r, 50));
    const [run] = await database.sql`SELECT status, phase, rows_extracted::int AS extracted FROM etl_execution_log WHERE id = ${outcome.status === 'success' ? outcome.runId : ''}`;
    expect(run).toEqual({ status: 'success', phase: 'done', extracted: 180 });
  });

  it('reports only unchanged rows on an identical re-run and rewrites none of them', async () => {
    await refresh();
    const before = await rowIdentities(database.sql);
    const outcome = await refresh();
    expect(outcome).toMatchObject({ status: 'success', window: { mode: 'incremental', start: '2026-11-13' } });
    expect(outcome.status === 'success' && outcome.counts).toEqual({ inserted: 0, updated: 0, unchanged: 48, deleted: 0 });
    expect(await rowIdentities(database.sql)).toEqual(before);
  });
});

describe('incremental window', () => {
  it('upserts changes, deletes rows that vanished inside the window and leaves older rows alone', async () => {
    await refresh();
    const rows = source.rows.get('dashboard_data')!;
    const changed = rows.map((r) => (r.fecha_foto === '2026-11-19' && r.archivo === 'Campana_0' ? { ...r, recupero: '999.99' } : r));
    const withoutRecent = changed.filter((r) => !(r.fecha_foto === '2026-11-18' && r.archivo === 'Campana_1'));
    const withoutOld = withoutRecent.filter((r) => !(r.fecha_foto === '2026-10-25' && r.archivo === 'Campana_2'));
    source.rows.set('dashboard_data', [...withoutOld, dashboardRow(TODAY, 'Campana_9', 'MOVIL')]);

    const outcome = await refresh();
    expect(outcome.status === 'success' && outcome.counts).toEqual({ inserted: 1, updated: 2, unchanged: 44, deleted: 2 });
    // The old day is outside the 7-day lookback: still in the target until a full refresh.
    const target = await readTable(database.sql, 'dashboard_data');
    expect(target.filter((r) => r.fecha_foto === '2026-10-25' && r.archivo === 'Campana_2')).toHaveLength(2);
    expect(target).toHaveLength(180 - 2 + 1);

    const full = await refresh('full_refresh');
    expect(full.status === 'success' && full.counts.deleted).toBe(2);
    expect(await readTable(database.sql, 'dashboard_data')).toEqual(asLoaded('dashboard_data', source.rows.get('dashboard_data')!));
  });

  it('reads only today minus the lookback in sliding_window mode, whatever the watermark', async () => {
    await refresh();
    await database.sql`UPDATE etl_watermarks SET last_extracted_at = '2026-01-01'`;
    const outcome = await refresh('sliding_window');
    expect(outcome).toMatchObject({ status: 'success', window: { mode: 'sliding_window', start: '2026-11-13', end: TODAY } });
  });

  it('never moves the watermark backwards when the newest days vanish from the source', async () => {
    await refresh();
    source.rows.set('dashboard_data', source.rows.get('dashboard_data')!.filter((r) => String(r.fecha_foto) < '2026-11-18'));
    const outcome = await refresh();
    expect(outcome.status === 'success' && outcome.counts.deleted).toBe(18);
    expect((await getWatermark(database.sql, 'dashboard_data')).watermark).toBe(TODAY);
  });
});

describe('bad rows', () => {
  it('rejects and counts rows the table cannot hold, keeps samples, and loads the rest', async () => {
    const rows = dashboardRows(TODAY, 30, 4); // 240 rows
    rows[5] = { ...rows[5], cuentas: 'abc' };
    source.rows.set('dashboard_data', rows);
    const outcome = await refresh();
    expect(outcome).toMatchObject({ status: 'success', rejected: 1, counts: { inserted: 239 } });
    const [run] = await database.sql`SELECT rows_rejected::int, metadata FROM etl_execution_log`;
    expect(run.rows_rejected).toBe(1);
    expect(run.metadata.rejectedSamples[0].reason).toMatch(/cuentas/);
  });

  it('fails above 1 % rejected and leaves the target and watermark as they were', async () => {
    await refresh();
    const before = await readTable(database.sql, 'dashboard_data');
    const rows = source.rows.get('dashboard_data')!.map((r, i) =>
      i % 40 === 0 ? { ...r, servicio: 'SATELITAL' } : r.fecha_foto === TODAY ? { ...r, recupero: '5.00' } : r);
    source.rows.set('dashboard_data', rows);
    const outcome = await refresh();
    expect(outcome).toMatchObject({ status: 'failed' });
    expect(outcome.status === 'failed' && outcome.error).toMatch(/more than 1 %/);
    expect(await readTable(database.sql, 'dashboard_data')).toEqual(before);
    expect(await getWatermark(database.sql, 'dashboard_data')).toMatchObject({ watermark: TODAY, lastExtractionStatus: 'failed' });
  });

  it('fails a first load above 1 % rejected and leaves the table empty and without a watermark', async () => {
    source.rows.set('dashboard_data', dashboardRows(TODAY, 30).map((r, i) => (i % 50 === 0 ? { ...r, cuentas: -1 } : r)));
    expect(await refresh()).toMatchObject({ status: 'failed', error: expect.stringMatching(/4 of 180 rows were rejected/) });
    expect(await readTable(database.sql, 'dashboard_data')).toEqual([]);
    expect((await getWatermark(database.sql, 'dashboard_data')).watermark).toBeNull();
  });

  it('keeps the last of duplicate keys inside one extraction and counts them', async () => {
    const rows = dashboardRows(TODAY, 2, 1);
    rows.push({ ...rows[0], recupero: '777.00' });
    source.rows.set('dashboard_data', rows);
    const outcome = await refresh();
    expect(outcome).toMatchObject({ status: 'success', counts: { inserted: 4 } });
    const [row] = await database.sql`SELECT recupero::text FROM dashboard_data WHERE fecha_foto = ${String(rows[0].fecha_foto)} AND archivo = 'Campana_0' AND servicio = 'MOVIL'`;
    expect(row.recupero).toBe('777.00');
    const [run] = await database.sql`SELECT metadata->>'duplicates' AS duplicates FROM etl_execution_log`;
    expect(run.duplicates).toBe('1');
  });
});
