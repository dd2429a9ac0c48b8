// GET /filters: what the filter controls offer — the dates with snapshots,
// the assignment months, every equipo, and the campaigns, carteras and
// servicios present in the selected period (by default the latest date).
import type postgres from 'postgres';
import { CANALES, CARTERAS, SERVICIOS } from '../../db/schema';
import type { DashboardFilters } from '../filters';
import { resolvePeriod } from '../period';
import type { FilterOptions, Period } from '../types';
import { inPeriod } from './conditions';
import { usesRollups, type ReadOptions } from './read-options';

export async function getFilterOptions(sql: postgres.Sql, filters: DashboardFilters, options: ReadOptions = {}): Promise<FilterOptions> {
  const rollups = usesRollups(options);
  const period = await resolvePeriod(sql, filters.dates, 'dashboard_data');
  const [fechas, periodos, campaigns, teams] = await Promise.all([
    sql<{ fecha: string }[]>`SELECT DISTINCT fecha_foto::text AS fecha FROM ${sql(rollups ? 'rollup_dashboard_daily' : 'dashboard_data')} ORDER BY 1`,
    sql<{ periodo: string }[]>`SELECT DISTINCT periodo FROM assignment_data ORDER BY 1`,
    period ? campaignsIn(sql, period, rollups) : [],
    equiposOf(sql, rollups),
  ]);
  const archivos = new Map(campaigns.map((c) => [c.archivo, { archivo: c.archivo, cartera: c.cartera }]));
  return {
    fechas: fechas.map((r) => r.fecha),
    periodos: periodos.map((r) => r.periodo),
    carteras: CARTERAS.filter((c) => campaigns.some((r) => r.cartera === c)),
    servicios: SERVICIOS.filter((s) => campaigns.some((r) => r.servicio === s)),
    canales: [...CANALES],
    archivos: [...archivos.values()],
    equipos: teams.map((r) => r.equipo),
    period,
  };
}

/** Campaigns with a snapshot in the period (in the rollup: whose snapshots span a day of it). */
function campaignsIn(sql: postgres.Sql, period: Period, rollups: boolean) {
  return sql<{ archivo: string; cartera: string; servicio: string }[]>`${rollups
    ? sql`SELECT archivo, cartera, servicio FROM rollup_dashboard_campaigns
           WHERE primera_fecha <= ${period.hasta}::date AND ultima_fecha >= ${period.desde}::date`
    : sql`SELECT DISTINCT archivo, cartera, servicio FROM dashboard_data WHERE ${inPeriod(sql, period)}`}
    ORDER BY archivo`;
}

/** Every team in the productivity data: a team stays selectable whatever dates are picked. */
function equiposOf(sql: postgres.Sql, rollups: boolean) {
  return sql<{ equipo: string }[]>`SELECT DISTINCT equipo FROM ${sql(rollups ? 'rollup_productivity_agents' : 'productivity_data')} ORDER BY 1`;
}
