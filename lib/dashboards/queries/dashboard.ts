// GET /dashboard: the resumen. dashboard_data rows are cumulative snapshots
// (from each campaign's opening up to fecha_foto), so a period reads each
// campaign at its latest snapshot inside the period — never a sum of one
// campaign's days — while the integral chart sums, day by day, the campaigns
// photographed that day.
import type postgres from 'postgres';
import { CARTERAS, SERVICIOS } from '../../db/schema';
import type { DashboardFilters } from '../filters';
import { dataMetrics, dataRow, DASHBOARD_AMOUNTS, DASHBOARD_COUNTS, sums } from '../metrics';
import { resolvePeriod, seriesPeriod } from '../period';
import type { DashboardData, DataRow, Period } from '../types';
import { and, archivoIs, carteraIs, inPeriod, servicioIs } from './conditions';
import { usesRollups, type ReadOptions } from './read-options';

const SNAPSHOT = [...DASHBOARD_COUNTS, ...DASHBOARD_AMOUNTS];

export async function getDashboard(sql: postgres.Sql, filters: DashboardFilters, options: ReadOptions = {}): Promise<DashboardData> {
  const period = await resolvePeriod(sql, filters.dates, 'dashboard_data');
  if (!period) return { period, segmentoData: [], negocioData: [], integralChartData: [], total: dataRow('TOTAL', {}) };
  const [groups, integralChartData] = await Promise.all([
    latestSnapshotGroups(sql, filters, period, options),
    integralSeries(sql, filters, seriesPeriod(period), options),
  ]);
  const byLabel = (key: 'cartera' | 'servicio', order: readonly string[]): DataRow[] =>
    order.flatMap((label) => groups.filter((r) => r.level === key && r[key] === label).map((r) => dataRow(label, r)));
  return {
    period,
    segmentoData: byLabel('cartera', CARTERAS),
    negocioData: byLabel('servicio', SERVICIOS),
    integralChartData,
    total: dataRow('TOTAL', groups.find((r) => r.level === 'total') ?? {}),
  };
}

type GroupRow = { level: 'cartera' | 'servicio' | 'total'; cartera: string | null; servicio: string | null } & postgres.Row;

/** Each campaign (archivo × servicio) at its latest snapshot in the period, summed by cartera, by servicio and in total. */
function latestSnapshotGroups(sql: postgres.Sql, f: DashboardFilters, period: Period, options: ReadOptions) {
  const latest = usesRollups(options) ? latestFromRollup(sql, f, period) : latestFromMart(sql, f, period);
  return sql<GroupRow[]>`
    WITH latest AS (${latest})
    SELECT CASE grouping(cartera, servicio) WHEN 1 THEN 'cartera' WHEN 2 THEN 'servicio' ELSE 'total' END AS level,
           cartera, servicio, count(DISTINCT archivo)::int AS archivos, ${sums(sql, DASHBOARD_COUNTS, DASHBOARD_AMOUNTS)}
      FROM latest
     GROUP BY GROUPING SETS ((cartera), (servicio), ())`;
}

/** The plain query: every snapshot of the period, the latest of each campaign kept. */
function latestFromMart(sql: postgres.Sql, f: DashboardFilters, period: Period) {
  return sql`
    SELECT DISTINCT ON (archivo, cartera, servicio) archivo, cartera, servicio, ${sql(SNAPSHOT)}
      FROM dashboard_data
     WHERE ${inPeriod(sql, period)} ${and(sql, [carteraIs(sql, f), servicioIs(sql, f), archivoIs(sql, f)])}
     ORDER BY archivo, cartera, servicio, fecha_foto DESC`;
}

/**
 * The same rows from rollup_dashboard_campaigns: a campaign whose last
 * snapshot falls in the period is read from the rollup as it is; one still
 * photographed after the period is looked up at its latest day in the period
 * (one index probe each — only the campaigns running at the period's end).
 */
function latestFromRollup(sql: postgres.Sql, f: DashboardFilters, period: Period) {
  const campaign = (alias?: string) => and(sql, [carteraIs(sql, f, alias), servicioIs(sql, f, alias), archivoIs(sql, f, alias)]);
  return sql`
    SELECT archivo, cartera, servicio, ${sql(SNAPSHOT)}
      FROM rollup_dashboard_campaigns
     WHERE ultima_fecha BETWEEN ${period.desde}::date AND ${period.hasta}::date ${campaign()}
    UNION ALL
    SELECT c.archivo, c.cartera, c.servicio, ${sql(SNAPSHOT.map((column) => `d.${column}`))}
      FROM rollup_dashboard_campaigns c
     CROSS JOIN LATERAL (
           SELECT * FROM dashboard_data d
            WHERE d.archivo = c.archivo AND d.cartera = c.cartera AND d.servicio = c.servicio AND ${inPeriod(sql, period, 'd')}
            ORDER BY d.fecha_foto DESC LIMIT 1) d
     WHERE c.ultima_fecha > ${period.hasta}::date AND c.primera_fecha <= ${period.hasta}::date ${campaign('c')}`;
}

/** One point per day: the sum of that day's snapshots (different campaigns, the same day). */
async function integralSeries(sql: postgres.Sql, f: DashboardFilters, period: Period, options: ReadOptions) {
  // The daily rollup has no archivo: a campaign's own series comes from its (few) mart rows.
  const source = usesRollups(options) && f.archivo === null ? sql`rollup_dashboard_daily` : sql`dashboard_data`;
  const rows = await sql`
    SELECT fecha_foto::text AS fecha, ${sums(sql, DASHBOARD_COUNTS, DASHBOARD_AMOUNTS)}
      FROM ${source}
     WHERE ${inPeriod(sql, period)} ${and(sql, [carteraIs(sql, f), servicioIs(sql, f), archivoIs(sql, f)])}
     GROUP BY fecha_foto
     ORDER BY fecha_foto`;
  return rows.map((row) => ({ fecha: row.fecha as string, ...dataMetrics(row) }));
}
