// The same loads on TimescaleDB hypertables (CI's server): the merge's upsert,
// its counts and its deletes work across chunks, and the run log — itself a
// hypertable keyed by (id, started_at) — records every run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshTable } from '../../lib/etl/refresh';
import { runSetup } from '../../lib/timescale/setup';
import { arraySource } from '../helpers/array-source';
import { serverTimescaleEdition, type TestDatabase } from '../helpers/database';
import { createEtlDatabase } from '../helpers/etl-database';
import { asLoaded, dashboardRows, readTable } from '../helpers/mart-rows';

const edition = await serverTimescaleEdition();
const TODAY = '2026-11-20';

describe.runIf(edition !== null)(`ETL loads into hypertables (${edition ?? 'no TimescaleDB'})`, () => {
  let database: TestDatabase;
  const source = arraySource({ dashboard_data: dashboardRows(TODAY, 90, 5) }); // 900 rows over ~13 weekly chunks
  const refresh = (mode: 'incremental' | 'full_refresh') =>
    refreshTable({ sql: database.sql, source, now: () => new Date(`${TODAY}T15:00:00Z`) }, { table: 'dashboard_data', mode, trigger: 'cli', force: true });

  beforeAll(async () => {
    database = await createEtlDatabase();
    await runSetup(database.runner);
    const [{ n }] = await database.sql`SELECT count(*)::int AS n FROM timescaledb_information.hypertables WHERE hypertable_name IN ('dashboard_data', 'etl_execution_log')`;
    expect(n).toBe(2);
  });
  afterAll(() => database.drop());

  it('loads, re-loads untouched, then applies changes and deletions with exact counts', async () => {
    expect(await refresh('full_refresh')).toMatchObject({ status: 'success', counts: { inserted: 900 } });
    const identities = await database.sql`SELECT ctid::text, xmin::text, tableoid FROM dashboard_data ORDER BY fecha_foto, archivo, servicio`;
    expect(await refresh('full_refresh')).toMatchObject({ status: 'success', counts: { inserted: 0, updated: 0, unchanged: 900, deleted: 0 } });
    expect(await database.sql`SELECT ctid::text, xmin::text, tableoid FROM dashboard_data ORDER BY fecha_foto, archivo, servicio`).toEqual(identities);

    const next = dashboardRows(TODAY, 90, 5)
      .filter((r) => !(r.fecha_foto === '2026-11-15' && r.archivo === 'Campana_4'))
      .map((r) => (r.fecha_foto === '2026-11-19' ? { ...r, cuentas_pdp: 9 } : r));
    source.rows.set('dashboard_data', next);
    expect(await refresh('incremental')).toMatchObject({ status: 'success', counts: { inserted: 0, updated: 10, deleted: 2, unchanged: 68 } });
    expect(await readTable(database.sql, 'dashboard_data')).toEqual(asLoaded('dashboard_data', next));
    const runs = await database.sql`SELECT status FROM etl_execution_log ORDER BY started_at`;
    expect(runs.map((r) => r.status)).toEqual(['success', 'success', 'success']);
  });
});
