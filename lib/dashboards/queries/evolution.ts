// GET /evolution: each campaign's curve by business day (dia_gestion) of one
// metric, from its opening up to the period's end, for the campaigns
// photographed in the period. evolution_data already sums both servicios;
// a servicio filter sums only the chosen servicios' dashboard_data rows instead.
// Each chosen campaign's points are one index range (archivo, fecha_foto): no rollup
// needed. (OFFSET 0 keeps the planner from flattening that into a scan of the whole table.)
import type postgres from 'postgres';
import type { DashboardFilters } from '../filters';
import { dataMetrics } from '../metrics';
import { resolvePeriod } from '../period';
import type { EvolutionData, EvolutionMetric, EvolutionMetricName, Period } from '../types';
import { and, archivoIs, carteraIs, inPeriod } from './conditions';

/** More curves than this make an unreadable chart and a heavy response; the most recently active are kept. */
export const MAX_EVOLUTION_SERIES = 60;

export interface EvolutionOptions {
  metric?: EvolutionMetricName;
  maxSeries?: number;
}

export async function getEvolution(sql: postgres.Sql, filters: DashboardFilters, options: EvolutionOptions = {}): Promise<EvolutionData> {
  const metric = options.metric ?? 'pctContac';
  const period = await resolvePeriod(sql, filters.dates, 'evolution_data');
  if (!period) return { period, metric, series: [], omitted: 0 };
  const rows = await (filters.servicio.length > 0 ? pointsOfServicios : points)(sql, filters, period, options.maxSeries ?? MAX_EVOLUTION_SERIES);
  const series = new Map<string, EvolutionMetric>();
  for (const row of rows) {
    let curve = series.get(row.archivo);
    if (!curve) series.set(row.archivo, (curve = { archivo: row.archivo, cartera: row.cartera, metric, points: [] }));
    curve.points.push({ day: row.dia_gestion, fecha: row.fecha, value: metricValue(metric, row) });
  }
  return { period, metric, series: [...series.values()], omitted: rows.length > 0 ? rows[0].campaigns - series.size : 0 };
}

type PointRow = {
  archivo: string; cartera: string; dia_gestion: number; fecha: string; campaigns: number;
  cuentas: number; cuentas_gestionadas: number; cuentas_contactadas: number; cuentas_pdp: number;
  total_gestiones: number; deuda_asig: string; recupero: string;
};

/** A point's value, with the ratio rules of metrics.ts (contactadas = cd + ci, all these metrics need). */
function metricValue(metric: EvolutionMetricName, row: PointRow): number {
  if (metric === 'cuentasContactadas') return row.cuentas_contactadas;
  return dataMetrics({ ...row, cuentas_cd: row.cuentas_contactadas, cuentas_ci: 0 })[metric];
}

/** The campaigns with a row in the period, newest activity first, with how many there are in all. */
function campaignsIn(sql: postgres.Sql, f: DashboardFilters, period: Period, limit: number) {
  return sql`
    SELECT archivo, count(*) OVER ()::int AS campaigns
      FROM evolution_data
     WHERE ${inPeriod(sql, period)} ${and(sql, [carteraIs(sql, f), archivoIs(sql, f)])}
     GROUP BY archivo
     ORDER BY max(fecha_foto) DESC, archivo
     LIMIT ${limit}`;
}

function points(sql: postgres.Sql, f: DashboardFilters, period: Period, limit: number) {
  return sql<PointRow[]>`
    WITH chosen AS (${campaignsIn(sql, f, period, limit)})
    SELECT e.archivo, e.cartera, e.dia_gestion, e.fecha_foto::text AS fecha, c.campaigns,
           e.cuentas, e.cuentas_gestionadas, e.cuentas_contactadas, e.cuentas_pdp, e.total_gestiones,
           e.deuda_asig::text AS deuda_asig, e.recupero::text AS recupero
      FROM chosen c
     CROSS JOIN LATERAL (SELECT * FROM evolution_data e WHERE e.archivo = c.archivo AND e.fecha_foto <= ${period.hasta}::date OFFSET 0) e
     ORDER BY e.archivo, e.fecha_foto`;
}

/** The same points from the chosen servicios' snapshots, on evolution_data's business days. */
function pointsOfServicios(sql: postgres.Sql, f: DashboardFilters, period: Period, limit: number) {
  return sql<PointRow[]>`
    WITH chosen AS (${campaignsIn(sql, f, period, limit)})
    SELECT e.archivo, e.cartera, e.dia_gestion, e.fecha_foto::text AS fecha, c.campaigns,
           sum(d.cuentas)::float8 AS cuentas, sum(d.cuentas_gestionadas)::float8 AS cuentas_gestionadas,
           sum(d.cuentas_cd + d.cuentas_ci)::float8 AS cuentas_contactadas, sum(d.cuentas_pdp)::float8 AS cuentas_pdp,
           sum(d.total_gestiones)::float8 AS total_gestiones,
           sum(d.deuda_asig)::text AS deuda_asig, sum(d.recupero)::text AS recupero
      FROM chosen c
     CROSS JOIN LATERAL (SELECT * FROM evolution_data e WHERE e.archivo = c.archivo AND e.fecha_foto <= ${period.hasta}::date OFFSET 0) e
      JOIN dashboard_data d ON d.archivo = e.archivo AND d.fecha_foto = e.fecha_foto AND d.servicio = ANY(${f.servicio}::text[])
     GROUP BY e.archivo, e.cartera, e.dia_gestion, e.fecha_foto, c.campaigns
     ORDER BY e.archivo, e.fecha_foto`;
}
