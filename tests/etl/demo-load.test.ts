// The embedded default's whole path: the demo source into all five tables,
// checked with the validation a user runs (`etl validate`): after each mode,
// source and target agree day by day on row counts and every sum.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MART_TABLES } from '../../lib/etl/config';
import { refreshTables } from '../../lib/etl/refresh';
import { createDemoSource } from '../../lib/etl/sources/demo';
import { checkSchema, reconcile } from '../../lib/etl/validate';
import type { TestDatabase } from '../helpers/database';
import { createEtlDatabase } from '../helpers/etl-database';

let database: TestDatabase;
let clock = new Date('2026-11-20T15:00:00Z');
const now = () => clock;
const source = createDemoSource({ now });
const refreshAll = (mode: 'incremental' | 'full_refresh' | 'sliding_window') =>
  refreshTables({ sql: database.sql, source, now }, MART_TABLES.map((table) => ({ table, mode, trigger: 'cli' as const, force: true })));

async function differingDays(days: number) {
  const result: Record<string, string[]> = {};
  for (const table of MART_TABLES) {
    const report = await reconcile(database.sql, source, table, { days, now: clock });
    const bad = report.filter((d) => d.differences.length > 0).map((d) => `${d.date}: ${d.differences.join(', ')}`);
    if (bad.length) result[table] = bad;
  }
  return result;
}

beforeAll(async () => {
  database = await createEtlDatabase();
});
afterAll(() => database.drop());

describe('demo source → all five tables', () => {
  it('loads everything on the first run, and the schema matches the model', async () => {
    const outcomes = await refreshAll('incremental');
    expect(outcomes.map((o) => [o.table, o.status])).toEqual(MART_TABLES.map((t) => [t, 'success']));
    expect(await differingDays(400)).toEqual({});
    for (const table of MART_TABLES) expect(await checkSchema(database.sql, table)).toEqual([]);
  }, 120_000);

  it('an hour later, picks up the late arrivals of recent days incrementally', async () => {
    clock = new Date(clock.getTime() + 3_600_000);
    const outcomes = await refreshAll('incremental');
    const dashboard = outcomes.find((o) => o.table === 'dashboard_data');
    expect(dashboard).toMatchObject({ status: 'success', counts: { inserted: 0, deleted: 0 } });
    expect(dashboard?.status === 'success' && dashboard.counts.updated).toBeGreaterThan(0);
    expect(await differingDays(15)).toEqual({});
  }, 60_000);

  it('reports only unchanged rows on a sliding-window run in the same hour', async () => {
    const outcomes = await refreshAll('sliding_window');
    for (const o of outcomes) {
      expect(o.status === 'success' && { ...o.counts, unchanged: o.counts.unchanged > 0 })
        .toEqual({ inserted: 0, updated: 0, deleted: 0, unchanged: true });
    }
  }, 60_000);

  it('shows a tampered day and a changed column type in validation', async () => {
    await database.sql`UPDATE dashboard_data SET recupero = recupero + 1 WHERE fecha_foto = '2026-11-18' AND servicio = 'FIJA'
      AND archivo = (SELECT min(archivo) FROM dashboard_data WHERE fecha_foto = '2026-11-18')`;
    const report = await reconcile(database.sql, source, 'dashboard_data', { days: 5, now: clock });
    expect(report.filter((d) => d.differences.length).map((d) => [d.date, d.differences])).toEqual([['2026-11-18', ['recupero']]]);

    await database.sql`ALTER TABLE evolution_data ALTER COLUMN recupero TYPE double precision`;
    expect(await checkSchema(database.sql, 'evolution_data')).toEqual([{ column: 'recupero', problem: 'is double precision, the model says numeric' }]);
  });
});
