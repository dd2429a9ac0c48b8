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
  // One row per campaign with its points as a JSON array: far less for the driver to decode than a row per point.
  const curves = await sql<CurveRow[]>`
    WITH points AS (${read(sql, filters, period, options.maxSeries ?? MAX_EVOLUTION_SERIES, METRICS[metric])})
    SELECT archivo, cartera, campaigns, json_agg(json_build_array(dia_gestion, fecha, a, b) ORDER BY fecha) AS points
      FROM points GROUP BY archivo, cartera, campaigns ORDER BY archivo`;
  const { value } = METRICS[metric];
  const series = curves.map((c): EvolutionMetric => ({
    archivo: c.archivo,
    cartera: c.cartera,
    metric,
    points: c.points.map(([day, fecha, a, b]) => ({ day, fecha, value: value(a, b) })),
  }));
  return { period, metric, series, omitted: curves.length > 0 ? curves[0].campaigns - series.length : 0 };
}

type CurveRow = { archivo: string; cartera: string; campaigns: number; points: [number, string, number, number][] };
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
  return sql`
    SELECT e.archivo, e.cartera, e.dia_gestion, e.fecha_foto::text AS fecha, c.campaigns, ${operand(m.a)} AS a, ${operand(m.b)} AS b
      FROM (${campaignsIn(sql, f, period, limit)}) c
     CROSS JOIN LATERAL (SELECT * FROM evolution_data e WHERE e.archivo = c.archivo AND e.fecha_foto <= ${period.hasta}::date OFFSET 0) e`;
}

/** The same points from the chosen servicios' snapshots, on evolution_data's business days. */
function pointsOfServicios(sql: postgres.Sql, f: DashboardFilters, period: Period, limit: number, m: Operands) {
  // evolution_data's cuentas_contactadas is dashboard_data's cd + ci.
  const operand = (column?: string) => sql.unsafe(!column ? '0::float8'
    : `sum(${column === 'cuentas_contactadas' ? 'd.cuentas_cd + d.cuentas_ci' : `d.${column}`})::float8`);
  return sql`
    SELECT e.archivo, e.cartera, e.dia_gestion, e.fecha_foto::text AS fecha, c.campaigns, ${operand(m.a)} AS a, ${operand(m.b)} AS b
      FROM (${campaignsIn(sql, f, period, limit)}) c
     CROSS JOIN LATERAL (SELECT * FROM evolution_data e WHERE e.archivo = c.archivo AND e.fecha_foto <= ${period.hasta}::date OFFSET 0) e
      JOIN dashboard_data d ON d.archivo = e.archivo AND d.fecha_foto = e.fecha_foto AND d.servicio = ANY(${f.servicio}::text[])
     GROUP BY e.archivo, e.cartera, e.dia_gestion, e.fecha_foto, c.campaigns`;
}
