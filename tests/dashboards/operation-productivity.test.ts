// Operación, productividad and the filter options on the demo data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFilterOptions } from '../../lib/dashboards/queries/filter-options';
import { getOperation } from '../../lib/dashboards/queries/operation';
import { getProductivity, HEATMAP_AGENTS } from '../../lib/dashboards/queries/productivity';
import { addDays } from '../../lib/etl/window';
import { createDashboardDatabase, cutoff, DEMO_TODAY, filters, NO_FILTERS, range, type DashboardDatabase } from '../helpers/dashboard-database';

let db: DashboardDatabase;
let archivo: string;
beforeAll(async () => {
  db = await createDashboardDatabase();
  [{ archivo }] = await db.sql`SELECT archivo FROM operation_data WHERE fecha_foto = ${DEMO_TODAY} ORDER BY archivo LIMIT 1`;
});
afterAll(() => db?.drop());

const WEEK = range(addDays(DEMO_TODAY, -6), DEMO_TODAY);

describe('the operation view', () => {
  it('adds the canales up to the total and the hours up to each canal, over the period', async () => {
    const data = await getOperation(db.sql, filters(WEEK));
    expect(data.canales.map((c) => c.canal)).toEqual(['BOT', 'HUMANO']);
    expect(data.canales.reduce((s, c) => s + c.totalGestiones, 0)).toBe(data.total.totalGestiones);
    for (const c of data.canales) {
      const hours = data.hourly.filter((h) => h.canal === c.canal);
      expect(hours.reduce((s, h) => s + h.contactosEfectivos, 0)).toBe(c.contactosEfectivos);
      expect(hours.every((h) => h.hora >= 0 && h.hora <= 23)).toBe(true);
    }
    const [row] = await db.sql`SELECT sum(total_gestiones)::int AS g, sum(contactos_efectivos)::int AS e FROM operation_data
      WHERE fecha_foto BETWEEN ${WEEK.dates.desde} AND ${WEEK.dates.hasta}`;
    expect([data.total.totalGestiones, data.total.contactosEfectivos]).toEqual([row.g, row.e]);
    expect(data.total.tasaContacto).toBe(Math.round((10000 * row.e) / row.g) / 100);
  });

  it('changes with the canal, the archivo and the date', async () => {
    const all = await getOperation(db.sql, filters(WEEK));
    const humano = await getOperation(db.sql, filters({ ...WEEK, canal: 'HUMANO' }));
    expect(humano.canales.map((c) => c.canal)).toEqual(['HUMANO']);
    expect(humano.total.totalGestiones).toBe(all.canales[1].totalGestiones);
    const one = await getOperation(db.sql, filters({ ...WEEK, archivo }));
    expect(one.total.totalGestiones).toBeGreaterThan(0);
    expect(one.total.totalGestiones).toBeLessThan(all.total.totalGestiones);
    const days = await Promise.all([0, 1, 2, 3, 4, 5, 6].map((d) => getOperation(db.sql, filters(cutoff(addDays(DEMO_TODAY, -d))))));
    expect(days.reduce((s, d) => s + d.total.totalGestiones, 0)).toBe(all.total.totalGestiones); // per hour, not cumulative
  });
});

describe('the productivity ranking', () => {
  it('ranks by score, ties sharing rank and quartile, quartiles from best to worst', async () => {
    const { ranking, totalAgentes } = await getProductivity(db.sql, filters(WEEK), { limit: 1000 });
    expect(ranking).toHaveLength(totalAgentes);
    expect(totalAgentes).toBeGreaterThan(20);
    ranking.forEach((r, i) => {
      expect(r.score).toBe(Math.round((0.4 * r.totalGestiones + 0.35 * r.contactosEfectivos + 0.25 * r.totalPdp) * 100) / 100);
      expect(r.rank).toBe(1 + ranking.filter((o) => o.score > r.score).length);
      if (i > 0) expect(r.quartile).toBeGreaterThanOrEqual(ranking[i - 1].quartile);
      if (i > 0 && r.score === ranking[i - 1].score) expect(r.quartile).toBe(ranking[i - 1].quartile);
    });
    expect(ranking[0].quartile).toBe(1);
    expect(ranking.at(-1)!.quartile).toBe(4);
    expect(ranking.filter((r) => r.quartile === 1).length).toBeCloseTo(totalAgentes / 4, -1);
  });

  it("sums each agent's rows of the period and recomputes the rates", async () => {
    const { ranking } = await getProductivity(db.sql, filters(WEEK), { limit: 5 });
    const [row] = await db.sql`SELECT sum(total_gestiones)::int AS g, sum(contactos_efectivos)::int AS e, count(DISTINCT fecha_foto)::int AS days
      FROM productivity_data WHERE correo_agente = ${ranking[0].correoAgente} AND fecha_foto BETWEEN ${WEEK.dates.desde} AND ${WEEK.dates.hasta}`;
    expect(ranking[0]).toMatchObject({ totalGestiones: row.g, contactosEfectivos: row.e, diasTrabajados: row.days, rank: 1 });
    expect(ranking[0].tasaContacto).toBe(Math.round((10000 * row.e) / row.g) / 100);
    expect(ranking[0].nombreAgente).not.toBe('');
  });

  it('pages through the ranking and draws the heatmap of the page, day by day', async () => {
    const all = (await getProductivity(db.sql, filters(WEEK), { limit: 1000 })).ranking;
    const second = await getProductivity(db.sql, filters(WEEK), { limit: 10, offset: 10 });
    expect(second.ranking).toEqual(all.slice(10, 20));
    const { heatmap, ranking } = await getProductivity(db.sql, filters(WEEK));
    expect(heatmap).toMatchObject({ desde: addDays(DEMO_TODAY, -29), hasta: DEMO_TODAY });
    const shown = new Set(ranking.slice(0, HEATMAP_AGENTS).map((r) => r.correoAgente));
    expect(new Set(heatmap.cells.map((c) => c.correoAgente))).toEqual(shown);
    const best = ranking[0];
    const week = heatmap.cells.filter((c) => c.correoAgente === best.correoAgente && c.fecha >= WEEK.dates.desde);
    expect(week.reduce((s, c) => s + c.totalGestiones, 0)).toBe(best.totalGestiones);
    expect(week).toHaveLength(best.diasTrabajados);
  });

  it('changes with the equipo, the archivo and the date', async () => {
    const all = await getProductivity(db.sql, filters(WEEK), { limit: 1000 });
    const equipo = all.ranking[0].equipo;
    const team = await getProductivity(db.sql, filters({ ...WEEK, equipo }), { limit: 1000 });
    expect(team.ranking.map((r) => r.correoAgente).sort()).toEqual(all.ranking.filter((r) => r.equipo === equipo).map((r) => r.correoAgente).sort());
    const campaign = await getProductivity(db.sql, filters({ ...WEEK, archivo }), { limit: 1000 });
    expect(campaign.totalAgentes).toBeLessThan(all.totalAgentes);
    const latest = await getProductivity(db.sql, NO_FILTERS, { limit: 1000 });
    expect(latest.period).toEqual({ desde: DEMO_TODAY, hasta: DEMO_TODAY });
    expect(latest.ranking[0].totalGestiones).toBeLessThan(all.ranking[0].totalGestiones);
  });
});

describe('the filter options', () => {
  it('list the dates, months, and the campaigns and teams of the period', async () => {
    const options = await getFilterOptions(db.sql, filters(cutoff(addDays(DEMO_TODAY, -10))));
    expect(options.fechas.at(-1)).toBe(DEMO_TODAY);
    expect(options.fechas).toEqual([...options.fechas].sort());
    expect(options.periodos.at(-1)).toBe(DEMO_TODAY.slice(0, 7));
    const day = await db.sql`SELECT DISTINCT archivo FROM dashboard_data WHERE fecha_foto = ${addDays(DEMO_TODAY, -10)} ORDER BY 1`;
    expect(options.archivos.map((a) => a.archivo)).toEqual(day.map((r) => r.archivo));
    expect(options.servicios).toEqual(['MOVIL', 'FIJA']);
    expect(options.canales).toEqual(['BOT', 'HUMANO']);
    expect(options.equipos.length).toBeGreaterThan(3);
    expect((await getFilterOptions(db.sql, NO_FILTERS)).period).toEqual({ desde: DEMO_TODAY, hasta: DEMO_TODAY });
  });
});
