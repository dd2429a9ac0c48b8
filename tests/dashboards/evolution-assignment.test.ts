// Evolución and asignación on the demo data: the curves a manager compares
// campaign by campaign, and one month's files against the month before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAssignment, previousMonth } from '../../lib/dashboards/queries/assignment';
import { getEvolution } from '../../lib/dashboards/queries/evolution';
import { addDays } from '../../lib/etl/window';
import { createDashboardDatabase, cutoff, DEMO_NOW, DEMO_TODAY, filters, NO_FILTERS, range, type DashboardDatabase } from '../helpers/dashboard-database';

let db: DashboardDatabase;
beforeAll(async () => {
  db = await createDashboardDatabase();
});
afterAll(() => db?.drop());

describe('the evolution curves', () => {
  it('draw one curve per campaign photographed in the period, by business day, with the stored metric of each day', async () => {
    const { series, period, omitted } = await getEvolution(db.sql, NO_FILTERS);
    const campaigns = await db.sql`SELECT archivo FROM evolution_data WHERE fecha_foto = (SELECT max(fecha_foto) FROM evolution_data)`;
    expect(period?.hasta).toBe(DEMO_TODAY);
    expect(series.map((s) => s.archivo).sort()).toEqual(campaigns.map((c) => c.archivo).sort());
    expect(omitted).toBe(0);
    const stored = await db.sql`SELECT archivo, dia_gestion, pct_contac FROM evolution_data WHERE fecha_foto <= ${DEMO_TODAY}`;
    const byDay = new Map(stored.map((r) => [`${r.archivo}|${r.dia_gestion}`, r.pct_contac]));
    for (const s of series) {
      expect(s.points[0].day).toBe(1);
      s.points.forEach((p, i) => i > 0 && expect(p.day).toBe(s.points[i - 1].day + 1));
      for (const p of s.points) expect(p.value).toBeCloseTo(byDay.get(`${s.archivo}|${p.day}`), 2);
    }
  });

  it('splits by servicio: the MOVIL and FIJA curves of a count add up to the campaign curve', async () => {
    const pick = { ...filters(cutoff(addDays(DEMO_TODAY, -3))) };
    const all = await getEvolution(db.sql, pick, { metric: 'cuentasGestionadas' });
    const movil = await getEvolution(db.sql, { ...pick, servicio: ['MOVIL'] }, { metric: 'cuentasGestionadas' });
    const fija = await getEvolution(db.sql, { ...pick, servicio: ['FIJA'] }, { metric: 'cuentasGestionadas' });
    const value = (d: typeof all, archivo: string, day: number) => d.series.find((s) => s.archivo === archivo)!.points.find((p) => p.day === day)!.value;
    for (const s of all.series) {
      for (const p of s.points) expect(value(movil, s.archivo, p.day) + value(fija, s.archivo, p.day)).toBe(p.value);
    }
    expect(movil.series[0].points.at(-1)!.value).toBeLessThan(all.series[0].points.at(-1)!.value);
  });

  it('filters by cartera and archivo, and keeps only the most recently active curves beyond the limit', async () => {
    const month = range(addDays(DEMO_TODAY, -59), DEMO_TODAY);
    const temprana = await getEvolution(db.sql, filters({ ...month, cartera: ['TEMPRANA'] }));
    expect(temprana.series.length).toBeGreaterThan(2);
    expect(new Set(temprana.series.map((s) => s.cartera))).toEqual(new Set(['TEMPRANA']));
    const one = await getEvolution(db.sql, filters({ ...month, archivo: temprana.series[0].archivo }));
    expect(one.series.map((s) => s.archivo)).toEqual([temprana.series[0].archivo]);
    const limited = await getEvolution(db.sql, filters(month), { maxSeries: 5 });
    const all = await getEvolution(db.sql, filters(month));
    expect(limited.series).toHaveLength(5);
    expect(limited.omitted).toBe(all.series.length - 5);
  });
});

describe('the assignment KPIs', () => {
  it("compare the cut-off's month with the one before, with totals that are the sums of their files", async () => {
    const kpi = await getAssignment(db.sql, filters(cutoff('2026-10-15')));
    expect([kpi.periodo, kpi.periodoAnterior]).toEqual(['2026-10', '2026-09']);
    expect(kpi.detalle.length).toBe(kpi.actual.archivos);
    const sum = (k: 'cuentas' | 'clientes' | 'deudaAsig') => Math.round(kpi.detalle.reduce((s, r) => s + r[k], 0) * 100) / 100;
    expect({ cuentas: sum('cuentas'), clientes: sum('clientes'), deudaAsig: sum('deudaAsig') })
      .toEqual({ cuentas: kpi.actual.cuentas, clientes: kpi.actual.clientes, deudaAsig: kpi.actual.deudaAsig });
    expect(kpi.detalle.every((r) => r.fechaAsignacion.startsWith('2026-10'))).toBe(true);
    // Σ deuda / Σ cuentas, not the mean of the files' tickets.
    expect(kpi.actual.ticketPromedio).toBe(Math.round((kpi.actual.deudaAsig / kpi.actual.cuentas) * 100) / 100);
    const meanOfTickets = kpi.detalle.reduce((s, r) => s + r.ticketPromedio, 0) / kpi.detalle.length;
    expect(Math.abs(meanOfTickets - kpi.actual.ticketPromedio)).toBeGreaterThan(0.5);
    expect(kpi.variacion.cuentas).toBe(Math.round((10000 * (kpi.actual.cuentas - kpi.anterior.cuentas)) / kpi.anterior.cuentas) / 100);
  });

  it('compares a month under way with the same days of the month before, and whole months otherwise', async () => {
    // The cut-off's day cuts both months: files up to the 15th of October against those up to the 15th of September.
    const mid = await getAssignment(db.sql, filters(cutoff('2026-10-15')));
    expect(mid.hastaDia).toBe(15);
    expect(mid.detalle.every((r) => r.fechaAsignacion <= '2026-10-15')).toBe(true);
    const [september] = await db.sql`
      SELECT count(*)::int AS archivos, sum(cuentas)::int AS cuentas FROM assignment_data
       WHERE fecha_asignacion BETWEEN '2026-09-01' AND '2026-09-15'`;
    expect({ archivos: mid.anterior.archivos, cuentas: mid.anterior.cuentas }).toEqual(september);
    const whole = await getAssignment(db.sql, filters(cutoff('2026-10-31')));
    expect(whole.hastaDia).toBeNull();
    expect(whole.actual.archivos).toBeGreaterThan(mid.actual.archivos);
    expect(whole.anterior.archivos).toBeGreaterThan(mid.anterior.archivos);

    // No date: the latest month, cut at today while it is under way, whole once it is over.
    const underWay = await getAssignment(db.sql, NO_FILTERS, { now: DEMO_NOW });
    expect([underWay.periodo, underWay.hastaDia]).toEqual([DEMO_TODAY.slice(0, 7), Number(DEMO_TODAY.slice(8))]);
    const later = await getAssignment(db.sql, NO_FILTERS, { now: new Date('2026-12-02T15:00:00Z') });
    expect([later.periodo, later.hastaDia]).toEqual([DEMO_TODAY.slice(0, 7), null]);
    expect(later.anterior.archivos).toBeGreaterThan(underWay.anterior.archivos);
  });

  it('breaks the month down by cartera, the shares adding up to the whole', async () => {
    const kpi = await getAssignment(db.sql, NO_FILTERS);
    expect(kpi.periodo).toBe(DEMO_TODAY.slice(0, 7));
    expect(kpi.composicion.reduce((s, c) => s + c.cuentas, 0)).toBe(kpi.actual.cuentas);
    expect(kpi.composicion.reduce((s, c) => s + c.pctCuentas, 0)).toBeCloseTo(100, 0);
    const otras = await getAssignment(db.sql, filters({ cartera: ['OTRAS'] }));
    expect(otras.composicion.map((c) => c.cartera)).toEqual(['OTRAS']);
    const { cartera, pctCuentas, pctDeuda, ...otrasInTheWhole } = kpi.composicion.find((c) => c.cartera === 'OTRAS')!;
    void cartera, void pctCuentas, void pctDeuda;
    expect(otras.actual).toEqual(otrasInTheWhole);
    expect(otras.actual.cuentas).toBeLessThan(kpi.actual.cuentas);
  });

  it('knows the month before January, and reports no variation against an empty month', async () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    const first = await getAssignment(db.sql, filters(cutoff('2025-10-25'))); // the demo starts on 2025-10-20
    expect(first.actual.cuentas).toBeGreaterThan(0);
    expect(first.anterior.cuentas).toBe(0);
    expect(first.variacion.cuentas).toBeNull();
  });
});
