// Pulso's rollups give exactly the answers of the plain queries on the marts,
// after the first load, after an incremental run an hour later (late-arriving
// actions and payments change the recent days), and after a full refresh —
// on hypertables too when the server has TimescaleDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardFilters } from '../../lib/dashboards/filters';
import { getDashboard } from '../../lib/dashboards/queries/dashboard';
import { getFilterOptions } from '../../lib/dashboards/queries/filter-options';
import { getOperation } from '../../lib/dashboards/queries/operation';
import { getProductivity } from '../../lib/dashboards/queries/productivity';
import { rebuildRollups } from '../../lib/dashboards/rollups';
import { addDays } from '../../lib/etl/window';
import { runSetup } from '../../lib/timescale/setup';
import { serverTimescaleEdition } from '../helpers/database';
import { createDashboardDatabase, cutoff, DEMO_NOW, DEMO_TODAY, filters, NO_FILTERS, range, type DashboardDatabase } from '../helpers/dashboard-database';

const edition = await serverTimescaleEdition();
let db: DashboardDatabase;
let archivo: string;
let equipo: string;

beforeAll(async () => {
  db = await createDashboardDatabase({ beforeLoad: edition ? (d) => runSetup(d.runner).then(() => {}) : undefined });
  [{ archivo }] = await db.sql`SELECT archivo FROM dashboard_data WHERE fecha_foto = ${DEMO_TODAY} ORDER BY archivo DESC LIMIT 1`;
  [{ equipo }] = await db.sql`SELECT equipo FROM productivity_data ORDER BY equipo LIMIT 1`;
});
afterAll(() => db?.drop());

const days = (n: number, end = DEMO_TODAY) => range(addDays(end, -(n - 1)), end);

/** Filters every dashboard is compared on: the default, single days, short and long ranges, each filter. */
function scenarios(): [string, DashboardFilters][] {
  return [
    ['latest', NO_FILTERS],
    ['yesterday', filters(cutoff(addDays(DEMO_TODAY, -1)))],
    ['a Sunday', filters(cutoff('2026-11-15'))],
    ['last 7 days', filters(days(7))],
    ['last 30 days', filters(days(30))],
    ['a year', filters(days(365))],
    ['before the data', filters(days(10, '2025-01-31'))],
    ['cartera', filters({ ...days(30), cartera: ['ALTAS_NUEVAS', 'OTRAS'] })],
    ['servicio', filters({ ...days(30), servicio: ['FIJA'] })],
    ['archivo', filters({ ...days(60), archivo })],
    ['canal', filters({ ...days(30), canal: 'BOT' })],
    ['equipo', filters({ ...days(30), equipo })],
  ];
}

const READS = {
  dashboard: getDashboard,
  operation: getOperation,
  productivity: (sql: DashboardDatabase['sql'], f: DashboardFilters, o: { rollups: boolean }) => getProductivity(sql, f, { ...o, limit: 1000 }),
  filters: getFilterOptions,
};

async function expectRollupsEqualPlain() {
  let compared = 0;
  for (const [name, f] of scenarios()) {
    for (const [dashboard, read] of Object.entries(READS)) {
      const pulso = await read(db.sql, f, { rollups: true });
      const plain = await read(db.sql, f, { rollups: false });
      expect(pulso, `${dashboard}, ${name}`).toEqual(plain);
      compared++;
    }
  }
  return compared;
}

/** Every rollup row, for comparing the maintained rollups with ones rebuilt from scratch. */
async function rollupContents() {
  const tables = ['rollup_dashboard_daily', 'rollup_dashboard_campaigns', 'rollup_operation_daily', 'rollup_productivity_running', 'rollup_productivity_agents'];
  const out: Record<string, string> = {};
  for (const t of tables) {
    const [row] = await db.sql.unsafe(`SELECT count(*)::int AS n, md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS sum FROM ${t} r`);
    out[t] = `${row.n} rows, ${row.sum}`;
  }
  return out;
}

describe(`rollups against the plain queries (${edition ? `${edition} hypertables` : 'plain tables'})`, () => {
  it('agree on every dashboard and filter after the first load', async () => {
    expect(await expectRollupsEqualPlain()).toBe(scenarios().length * Object.keys(READS).length);
  }, 120_000);

  it('follow the late arrivals of an incremental run an hour later, as a rebuild from scratch would', async () => {
    const before = await getDashboard(db.sql, NO_FILTERS);
    const outcomes = await db.refreshAll('incremental', new Date(DEMO_NOW.getTime() + 3_600_000));
    expect(outcomes.find((o) => o.table === 'dashboard_data')).toMatchObject({ counts: { updated: expect.any(Number) } });
    const after = await getDashboard(db.sql, NO_FILTERS);
    expect(after.total.totalGestiones).toBeGreaterThan(before.total.totalGestiones); // the rollups moved with the data
    await expectRollupsEqualPlain();
    const maintained = await rollupContents();
    await rebuildRollups(db.sql);
    expect(await rollupContents()).toEqual(maintained);
  }, 180_000);

  it('agree again after a full refresh', async () => {
    await db.refreshAll('full_refresh', new Date(DEMO_NOW.getTime() + 2 * 3_600_000));
    await expectRollupsEqualPlain();
  }, 180_000);
});
