// The rollups' harder cases: rows that vanish from the source, days that
// retention drops from the marts, and a database that already held data when
// migration 0003 created the rollups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDashboard } from '../../lib/dashboards/queries/dashboard';
import { getFilterOptions } from '../../lib/dashboards/queries/filter-options';
import { getOperation } from '../../lib/dashboards/queries/operation';
import { getProductivity } from '../../lib/dashboards/queries/productivity';
import { rebuildRollups } from '../../lib/dashboards/rollups';
import { applyPending, rollbackLast } from '../../lib/db/migrations';
import { refreshTable } from '../../lib/etl/refresh';
import { addDays } from '../../lib/etl/window';
import { arraySource } from '../helpers/array-source';
import { createDashboardDatabase, DEMO_NOW, DEMO_TODAY, filters, range, type DashboardDatabase } from '../helpers/dashboard-database';
import { type TestDatabase } from '../helpers/database';
import { createEtlDatabase } from '../helpers/etl-database';
import { dashboardRows } from '../helpers/mart-rows';

async function rollupContents(sql: TestDatabase['sql']) {
  const tables = ['rollup_dashboard_daily', 'rollup_dashboard_campaigns', 'rollup_operation_daily', 'rollup_productivity_running', 'rollup_productivity_agents'];
  const out: Record<string, string> = {};
  for (const t of tables) {
    const [row] = await sql.unsafe(`SELECT count(*)::int AS n, md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS sum FROM ${t} r`);
    out[t] = `${row.n} rows, ${row.sum}`;
  }
  return out;
}

/** The maintained rollups, and what a rebuild from the marts gives (the maintained ones are restored after). */
async function maintainedAndRebuilt(sql: TestDatabase['sql']) {
  const maintained = await rollupContents(sql);
  let rebuilt: Record<string, string> = {};
  await sql.begin(async (tx) => {
    await rebuildRollups(tx);
    rebuilt = await rollupContents(tx as never);
    throw new Error('roll back');
  }).catch((e) => { if (e.message !== 'roll back') throw e; });
  return { maintained, rebuilt };
}

describe('a source that drops a campaign and changes a day', () => {
  let db: TestDatabase;
  const TODAY = '2026-11-20';
  const source = arraySource({ dashboard_data: dashboardRows(TODAY, 40, 4) });
  const refresh = () => refreshTable({ sql: db.sql, source, now: () => new Date(`${TODAY}T15:00:00Z`) },
    { table: 'dashboard_data', mode: 'incremental', trigger: 'cli', force: true });

  beforeAll(async () => {
    db = await createEtlDatabase();
    expect(await refresh()).toMatchObject({ status: 'success' });
  });
  afterAll(() => db?.drop());

  it('removes the vanished campaign from the rollups and recomputes the changed day', async () => {
    const month = filters(range(addDays(TODAY, -29), TODAY));
    expect((await getDashboard(db.sql, month)).total.archivos).toBe(4);
    source.rows.set('dashboard_data', dashboardRows(TODAY, 40, 4)
      .filter((r) => !(r.archivo === 'Campana_3' && String(r.fecha_foto) >= addDays(TODAY, -7))) // gone from the lookback window
      .map((r) => (r.fecha_foto === addDays(TODAY, -2) ? { ...r, cuentas_pdp: 11, recupero: '999.99' } : r)));
    expect(await refresh()).toMatchObject({ status: 'success', counts: { deleted: 16 } });
    const pulso = await getDashboard(db.sql, month, { rollups: true });
    expect(pulso).toEqual(await getDashboard(db.sql, month, { rollups: false }));
    // Campana_3 still shows, at its last snapshot before the rows that vanished.
    expect(pulso.total.archivos).toBe(4);
    // The changed day: the three remaining campaigns × two servicios now carry 999.99 each.
    expect(pulso.integralChartData.find((p) => p.fecha === addDays(TODAY, -2))?.recupero).toBe(5999.94);
    const { maintained, rebuilt } = await maintainedAndRebuilt(db.sql);
    expect(maintained).toEqual(rebuilt);
  });
});

describe('the demo marts, across migration 0003 and after retention', () => {
  let db: DashboardDatabase;
  beforeAll(async () => {
    db = await createDashboardDatabase();
  });
  afterAll(() => db?.drop());

  it('are backfilled by migration 0003 on a database that already holds data, as a rebuild would', async () => {
    const { maintained, rebuilt } = await maintainedAndRebuilt(db.sql);
    expect(maintained).toEqual(rebuilt);
    // 0004 only re-indexes the running totals; it goes first and comes back with 0003.
    expect(await rollbackLast(db.runner)).toBe('0004_productivity_index_only');
    expect(await rollbackLast(db.runner)).toBe('0003_dashboard_rollups');
    const [{ gone }] = await db.sql`SELECT to_regclass('rollup_dashboard_daily') IS NULL AS gone`;
    expect(gone).toBe(true);
    expect(await applyPending(db.runner)).toEqual(['0003_dashboard_rollups', '0004_productivity_index_only']);
    expect(await rollupContents(db.sql)).toEqual(rebuilt);
  }, 120_000);

  it('forget the days retention dropped once the next merge runs, and agree with the plain queries across the edge', async () => {
    const edge = addDays(DEMO_TODAY, -200);
    for (const table of ['dashboard_data', 'operation_data', 'productivity_data']) {
      await db.sql.unsafe(`DELETE FROM ${table} WHERE fecha_foto < $1`, [edge]); // what drop_chunks (or Pulso's DELETE) does
    }
    await db.refreshAll('incremental', new Date(DEMO_NOW.getTime() + 3_600_000));
    const [{ oldest }] = await db.sql`SELECT min(fecha_foto)::text AS oldest FROM rollup_dashboard_daily`;
    expect(oldest).toBe(edge);
    // The running totals keep counting from the true start (their difference is what is read), so
    // they are compared by their answers, not row by row.
    for (const across of [filters(range(addDays(edge, -30), addDays(edge, 30))), filters(range(addDays(edge, -30), addDays(edge, -1)))]) {
      expect(await getDashboard(db.sql, across, { rollups: true })).toEqual(await getDashboard(db.sql, across, { rollups: false }));
      expect(await getOperation(db.sql, across, { rollups: true })).toEqual(await getOperation(db.sql, across, { rollups: false }));
      expect(await getFilterOptions(db.sql, across, { rollups: true })).toEqual(await getFilterOptions(db.sql, across, { rollups: false }));
      const pulso = await getProductivity(db.sql, across, { rollups: true, limit: 1000 });
      expect(pulso).toEqual(await getProductivity(db.sql, across, { rollups: false, limit: 1000 }));
    }
    const kept = await getProductivity(db.sql, filters(range(addDays(edge, -30), addDays(edge, 30))), { limit: 1000 });
    expect(kept.ranking.length).toBeGreaterThan(10);
  }, 120_000);
});
