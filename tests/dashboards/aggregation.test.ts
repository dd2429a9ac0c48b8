// SPEC §4's aggregation rule on rows built so that the wrong rules give
// visibly wrong numbers: averaging stored percentages, or summing one
// campaign's cumulative snapshots of different days.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDashboard } from '../../lib/dashboards/queries/dashboard';
import { getOperation } from '../../lib/dashboards/queries/operation';
import { rebuildRollups } from '../../lib/dashboards/rollups';
import type { TestDatabase } from '../helpers/database';
import { createEtlDatabase } from '../helpers/etl-database';
import { cutoff, filters, range } from '../helpers/dashboard-database';

let db: TestDatabase;

/** One dashboard_data snapshot; stored percentages are the row's own (what a reader might be tempted to average). */
async function snapshot(fecha: string, archivo: string, servicio: string, n: { cuentas: number; contactados: number; deuda: number; recupero: number }) {
  const cd = Math.floor(n.contactados / 2);
  const gestionadas = n.contactados + 10;
  await db.sql`
    INSERT INTO dashboard_data (fecha_foto, archivo, cartera, servicio, cuentas, clientes, deuda_asig, deuda_act,
      cuentas_gestionadas, cuentas_cd, cuentas_ci, cuentas_sc, cuentas_sg, cuentas_pdp, total_gestiones, recupero,
      pct_contac, pct_cierre)
    VALUES (${fecha}, ${archivo}, 'TEMPRANA', ${servicio}, ${n.cuentas}, ${n.cuentas}, ${n.deuda}, ${n.deuda - n.recupero},
      ${gestionadas}, ${cd}, ${n.contactados - cd}, 10, ${n.cuentas - gestionadas}, ${cd}, ${gestionadas * 2}, ${n.recupero},
      ${(100 * n.contactados) / n.cuentas}, ${(100 * n.recupero) / n.deuda})`;
}

beforeAll(async () => {
  db = await createEtlDatabase();
  // docs/metrics.md's example: one campaign, its two servicios on one day.
  await snapshot('2026-03-10', 'C1', 'MOVIL', { cuentas: 1000, contactados: 800, deuda: 100_000, recupero: 30_000 });
  await snapshot('2026-03-10', 'C1', 'FIJA', { cuentas: 100, contactados: 20, deuda: 50_000, recupero: 1_000 });
  // A campaign photographed on three days: each row counts everything from its opening.
  await snapshot('2026-03-01', 'C2', 'MOVIL', { cuentas: 500, contactados: 100, deuda: 10_000, recupero: 100 });
  await snapshot('2026-03-02', 'C2', 'MOVIL', { cuentas: 500, contactados: 200, deuda: 10_000, recupero: 300 });
  await snapshot('2026-03-03', 'C2', 'MOVIL', { cuentas: 500, contactados: 300, deuda: 10_000, recupero: 600 });
  // Two hours of one canal: a busy one that contacts little, a quiet one that contacts a lot.
  await db.sql`
    INSERT INTO operation_data (fecha_foto, hora, canal, archivo, total_gestiones, contactos_efectivos, total_pdp, tasa_contacto)
    VALUES ('2026-03-10', 9, 'BOT', 'C1', 1000, 100, 10, 10), ('2026-03-10', 10, 'BOT', 'C1', 10, 9, 1, 90)`;
  await rebuildRollups(db.sql);
});
afterAll(() => db?.drop());

describe.each([true, false])('with rollups %s', (rollups) => {
  it('recomputes a grouped ratio from the sums, where the average of the stored percentages is wrong', async () => {
    const { total, negocioData } = await getDashboard(db.sql, filters(cutoff('2026-03-10')), { rollups });
    const averaged = negocioData.reduce((sum, row) => sum + row.pctContac, 0) / negocioData.length;
    expect(negocioData.map((r) => [r.label, r.pctContac])).toEqual([['MOVIL', 80], ['FIJA', 20]]);
    expect(total.pctContac).toBe(74.55); // 820 of 1 100 accounts
    expect(averaged).toBe(50);
    expect(total.status.contacto).toBe('ok'); // the average would have flagged a warning
    expect(total.pctCierre).toBe(20.67); // 31 000 of 150 000, not (30 % + 2 %) / 2 = 16 %
    expect(total.status.cierre).toBe('ok');
  });

  it('reads a campaign at its latest snapshot in the period, never the sum of its days', async () => {
    const { total, segmentoData } = await getDashboard(db.sql, filters(range('2026-03-01', '2026-03-05')), { rollups });
    expect(total).toMatchObject({ archivos: 1, cuentas: 500, cuentasCd: 150, cuentasCi: 150, recupero: 600, pctContac: 60 });
    expect(segmentoData.map((r) => [r.label, r.cuentas])).toEqual([['TEMPRANA', 500]]);
    // A period that ends mid-campaign reads the snapshot of its last day.
    const earlier = await getDashboard(db.sql, filters(range('2026-02-20', '2026-03-02')), { rollups });
    expect(earlier.total).toMatchObject({ cuentas: 500, recupero: 300, pctContac: 40 });
  });

  it('sums different campaigns of the same day in the integral chart, each day on its own', async () => {
    const { integralChartData } = await getDashboard(db.sql, filters(range('2026-03-01', '2026-03-10')), { rollups });
    expect(integralChartData.map((p) => [p.fecha, p.cuentas, p.recupero])).toEqual([
      ['2026-03-01', 500, 100], ['2026-03-02', 500, 300], ['2026-03-03', 500, 600], ['2026-03-10', 1100, 31_000],
    ]);
  });

  it('recomputes the operation rates from the summed actions, not from the hourly rates', async () => {
    const { canales, total } = await getOperation(db.sql, filters(cutoff('2026-03-10')), { rollups });
    expect(canales).toMatchObject([{ canal: 'BOT', totalGestiones: 1010, contactosEfectivos: 109, tasaContacto: 10.79 }]);
    expect(total.tasaContacto).toBe(10.79); // the mean of 10 % and 90 % would say 50 %
    expect(total.tasaConversion).toBe(10.09);
  });
});
