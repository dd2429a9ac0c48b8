// The resumen on the demo data, checked against the marts with SQL written
// here from SPEC §4 — not with the library's own helpers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDashboard } from '../../lib/dashboards/queries/dashboard';
import type { DataMetrics, DataRow } from '../../lib/dashboards/types';
import { addDays } from '../../lib/etl/window';
import { createDashboardDatabase, cutoff, DEMO_TODAY, filters, NO_FILTERS, range, type DashboardDatabase } from '../helpers/dashboard-database';

let db: DashboardDatabase;
beforeAll(async () => {
  db = await createDashboardDatabase();
});
afterAll(() => db?.drop());

const COUNTS = ['cuentas', 'cuentasGestionadas', 'cuentasCd', 'cuentasCi', 'cuentasSc', 'cuentasSg', 'cuentasPdp', 'totalGestiones'] as const;
const MONTH = range(addDays(DEMO_TODAY, -29), DEMO_TODAY);

/** Σ of the counts over rows, with the amounts rounded to cents. */
function summed(rows: DataMetrics[]) {
  const sum = (k: keyof DataMetrics) => Math.round(rows.reduce((s, r) => s + r[k], 0) * 100) / 100;
  return Object.fromEntries([...COUNTS, 'recupero', 'deudaAsig'].map((k) => [k, sum(k as keyof DataMetrics)]));
}

/** The latest snapshot of each campaign × servicio in [desde, hasta], summed — written out in SQL. */
async function expectedTotal(desde: string, hasta: string, where = db.sql``) {
  const [row] = await db.sql`
    WITH latest AS (
      SELECT DISTINCT ON (archivo, servicio) * FROM dashboard_data
       WHERE fecha_foto BETWEEN ${desde} AND ${hasta} ${where} ORDER BY archivo, servicio, fecha_foto DESC)
    SELECT count(DISTINCT archivo)::int AS archivos, sum(cuentas)::int AS cuentas, sum(cuentas_cd + cuentas_ci)::int AS contactadas,
           round(100.0 * sum(cuentas_gestionadas) / sum(cuentas), 2)::float8 AS pct_cober,
           round(100.0 * sum(recupero) / sum(deuda_asig), 2)::float8 AS pct_cierre,
           round(avg(pct_cober)::numeric, 2)::float8 AS averaged_cober
      FROM latest`;
  return row;
}

describe('the resumen', () => {
  it('shows the latest day by default, with totals equal to the sum of their cartera rows and of their servicio rows', async () => {
    const data = await getDashboard(db.sql, NO_FILTERS);
    expect(data.period).toEqual({ desde: DEMO_TODAY, hasta: DEMO_TODAY });
    expect(data.segmentoData.length).toBeGreaterThanOrEqual(3);
    expect(data.negocioData.map((r) => r.label)).toEqual(['MOVIL', 'FIJA']);
    const total = summed([data.total]);
    expect(summed(data.segmentoData)).toEqual(total);
    expect(summed(data.negocioData)).toEqual(total);
    expect(data.segmentoData.reduce((s, r) => s + r.archivos, 0)).toBe(data.total.archivos);
  });

  it('keeps cd + ci + sc + sg = cuentas in every row, group and day', async () => {
    const data = await getDashboard(db.sql, filters(MONTH));
    const rows: DataMetrics[] = [...data.segmentoData, ...data.negocioData, data.total, ...data.integralChartData];
    expect(rows.length).toBeGreaterThan(30);
    for (const r of rows) expect(r.cuentasCd + r.cuentasCi + r.cuentasSc + r.cuentasSg).toBe(r.cuentas);
  });

  it('reads each campaign once, at its latest snapshot in the period, with ratios of the summed counts', async () => {
    const { total } = await getDashboard(db.sql, filters(MONTH));
    const expected = await expectedTotal(MONTH.dates.desde, MONTH.dates.hasta);
    expect(total).toMatchObject({
      archivos: expected.archivos, cuentas: expected.cuentas, pctCober: expected.pct_cober, pctCierre: expected.pct_cierre,
    });
    expect(total.cuentasCd + total.cuentasCi).toBe(expected.contactadas);
    // The mean of the stored percentages is a different (wrong) number on this data.
    expect(Math.abs(total.pctCober - expected.averaged_cober)).toBeGreaterThan(0.05);
  });

  it('shows on a cut-off date the campaigns photographed that day, as the integral chart does for that day', async () => {
    const day = addDays(DEMO_TODAY, -40);
    const { total, integralChartData } = await getDashboard(db.sql, filters(cutoff(day)));
    const expected = await expectedTotal(day, day);
    expect(total).toMatchObject({ cuentas: expected.cuentas, archivos: expected.archivos });
    expect(integralChartData).toHaveLength(30); // the month leading up to the cut-off
    const { fecha, ...point } = integralChartData.at(-1)!;
    expect(fecha).toBe(day);
    expect(point).toEqual(withoutLabels(total));
  });

  it('changes with each filter: cartera, servicio, archivo and the date', async () => {
    const all = await getDashboard(db.sql, filters(MONTH));
    const temprana = await getDashboard(db.sql, filters({ ...MONTH, cartera: ['TEMPRANA'] }));
    expect(temprana.segmentoData.map((r) => r.label)).toEqual(['TEMPRANA']);
    expect(withoutLabels(temprana.total)).toEqual(withoutLabels(all.segmentoData.find((r) => r.label === 'TEMPRANA')!));

    const fija = await getDashboard(db.sql, filters({ ...MONTH, servicio: ['FIJA'] }));
    expect(withoutLabels(fija.total)).toEqual(withoutLabels(all.negocioData.find((r) => r.label === 'FIJA')!));
    expect(fija.total.cuentas).toBeLessThan(all.total.cuentas);

    const [{ archivo }] = await db.sql`SELECT archivo FROM dashboard_data WHERE fecha_foto = ${DEMO_TODAY} ORDER BY archivo LIMIT 1`;
    const one = await getDashboard(db.sql, filters({ ...MONTH, archivo }));
    expect(one.total.archivos).toBe(1);
    expect(one.total.cuentas).toBe((await expectedTotal(MONTH.dates.desde, DEMO_TODAY, db.sql`AND archivo = ${archivo}`)).cuentas);

    const before = await getDashboard(db.sql, filters(cutoff(addDays(DEMO_TODAY, -1))));
    const latest = await getDashboard(db.sql, NO_FILTERS);
    expect(before.total.totalGestiones).not.toBe(latest.total.totalGestiones);
  });

  it('flags each indicator against its threshold', async () => {
    const rows = (await getDashboard(db.sql, filters(MONTH))).segmentoData;
    for (const r of rows) {
      expect(r.status).toEqual({
        contacto: r.pctContac >= 70 ? 'ok' : 'warning', cierre: r.pctCierre >= 15 ? 'ok' : 'warning', inten: r.inten >= 2 ? 'ok' : 'warning',
      });
    }
  });
});

function withoutLabels(row: DataRow) {
  const { label, archivos, status, ...metrics } = row;
  void label, void archivos, void status;
  return metrics;
}
