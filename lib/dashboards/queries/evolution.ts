// GET /evolution: each campaign's curve by business day (dia_gestion) of one
// metric, from its opening up to the period's end, for the campaigns
// photographed in the period. evolution_data already sums both servicios;
// a servicio filter sums only the chosen servicios' dashboard_data rows instead.
// Each chosen campaign's points are one index range (archivo, fecha_foto): no rollup
// needed. (OFFSET 0 keeps the planner from flattening that into a scan of the whole table.)
import type postgres from 'postgres';
import type { DashboardFilters } from '../filters';
import { DASHBOARD_RATIOS } from '../metrics';
import { resolvePeriod } from '../period';
import type { EvolutionData, EvolutionMetric, EvolutionMetricName, Period } from '../types';
import { and, archivoIs, carteraIs, inPeriod } from './conditions';

/** More curves than this make an unreadable chart and a heavy response; the most recently active are kept. */
export const MAX_EVOLUTION_SERIES = 60;

export interface EvolutionOptions {
  metric?: EvolutionMetricName;
  maxSeries?: number;
}

/** The one or two columns each metric is computed from, and its rule (metrics.ts). */
const METRICS: Record<EvolutionMetricName, { a: string; b?: string; value: (a: number, b: number) => number }> = {
  pctCober: { a: 'cuentas_gestionadas', b: 'cuentas', value: DASHBOARD_RATIOS.pctCober },
  pctContac: { a: 'cuentas_contactadas', b: 'cuentas', value: DASHBOARD_RATIOS.pctContac },
  pctEfectividad: { a: 'cuentas_pdp', b: 'cuentas_gestionadas', value: DASHBOARD_RATIOS.pctEfectividad },
  pctCierre: { a: 'recupero', b: 'deuda_asig', value: DASHBOARD_RATIOS.pctCierre },
  cuentasGestionadas: { a: 'cuentas_gestionadas', value: (a) => a },
  cuentasContactadas: { a: 'cuentas_contactadas', value: (a) => a },
  cuentasPdp: { a: 'cuentas_pdp', value: (a) => a },
  totalGestiones: { a: 'total_gestiones', value: (a) => a },
  recupero: { a: 'recupero', value: (a) => a },
};

export async function getEvolution(sql: postgres.Sql, filters: DashboardFilters, options: EvolutionOptions = {}): Promise<EvolutionData> {
  const metric = options.metric ?? 'pctContac';
  const period = await resolvePeriod(sql, filters.dates, 'evolution_data');
  if (!period) return { period, metric, series: [], omitted: 0 };
  const read = filters.servicio.length > 0 ? pointsOfServicios : points;
  const rows = await read(sql, filters, period, options.maxSeries ?? MAX_EVOLUTION_SERIES, METRICS[metric]);
  const { value } = METRICS[metric];
  const series = new Map<string, EvolutionMetric>();
  for (const row of rows) {
    let curve = series.get(row.archivo);
    if (!curve) series.set(row.archivo, (curve = { archivo: row.archivo, cartera: row.cartera, metric, points: [] }));
    curve.points.push({ day: row.dia_gestion, fecha: row.fecha, value: value(row.a, row.b) });
  }
  return { period, metric, series: [...series.values()], omitted: rows.length > 0 ? rows[0].campaigns - series.size : 0 };
}

type PointRow = { archivo: string; cartera: string; dia_gestion: number; fecha: string; campaigns: number; a: number; b: number };
type Operands = { a: string; b?: string };

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

function points(sql: postgres.Sql, f: DashboardFilters, period: Period, limit: number, m: Operands) {
  const operand = (column?: string) => sql.unsafe(column ? `e.${column}::float8` : '0::float8');
  return sql<PointRow[]>`
    WITH chosen AS (${campaignsIn(sql, f, period, limit)})
    SELECT e.archivo, e.cartera, e.dia_gestion, e.fecha_foto::text AS fecha, c.campaigns, ${operand(m.a)} AS a, ${operand(m.b)} AS b
      FROM chosen c
     CROSS JOIN LATERAL (SELECT * FROM evolution_data e WHERE e.archivo = c.archivo AND e.fecha_foto <= ${period.hasta}::date OFFSET 0) e
     ORDER BY e.archivo, e.fecha_foto`;
}

/** The same points from the chosen servicios' snapshots, on evolution_data's business days. */
function pointsOfServicios(sql: postgres.Sql, f: DashboardFilters, period: Period, limit: number, m: Operands) {
  // evolution_data's cuentas_contactadas is dashboard_data's cd + ci.
  const operand = (column?: string) => sql.unsafe(!column ? '0::float8'
    : `sum(${column === 'cuentas_contactadas' ? 'd.cuentas_cd + d.cuentas_ci' : `d.${column}`})::float8`);
  return sql<PointRow[]>`
    WITH chosen AS (${campaignsIn(sql, f, period, limit)})
    SELECT e.archivo, e.cartera, e.dia_gestion, e.fecha_foto::text AS fecha, c.campaigns, ${operand(m.a)} AS a, ${operand(m.b)} AS b
      FROM chosen c
     CROSS JOIN LATERAL (SELECT * FROM evolution_data e WHERE e.archivo = c.archivo AND e.fecha_foto <= ${period.hasta}::date OFFSET 0) e
      JOIN dashboard_data d ON d.archivo = e.archivo AND d.fecha_foto = e.fecha_foto AND d.servicio = ANY(${f.servicio}::text[])
     GROUP BY e.archivo, e.cartera, e.dia_gestion, e.fecha_foto, c.campaigns
     ORDER BY e.archivo, e.fecha_foto`;
}
