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
  const campaigns = period ? campaignsIn(sql, period, rollups) : sql`SELECT NULL AS archivo, NULL AS cartera, NULL AS servicio WHERE false`;
  // Four small lists, one round trip: each comes back as a JSON array.
  const [lists] = await sql<[{ fechas: string[]; periodos: string[]; campaigns: [string, string, string][]; equipos: string[] }]>`
    SELECT (SELECT coalesce(json_agg(fecha_foto::text ORDER BY fecha_foto), '[]')
              FROM (SELECT DISTINCT fecha_foto FROM ${sql(rollups ? 'rollup_dashboard_daily' : 'dashboard_data')}) f) AS fechas,
           (SELECT coalesce(json_agg(periodo ORDER BY periodo), '[]') FROM (SELECT DISTINCT periodo FROM assignment_data) p) AS periodos,
           (SELECT coalesce(json_agg(json_build_array(archivo, cartera, servicio) ORDER BY archivo, cartera, servicio), '[]')
              FROM (${campaigns}) c) AS campaigns,
           -- Every team in the productivity data: a team stays selectable whatever dates are picked.
           (SELECT coalesce(json_agg(equipo ORDER BY equipo), '[]')
              FROM (SELECT DISTINCT equipo FROM ${sql(rollups ? 'rollup_productivity_agents' : 'productivity_data')}) e) AS equipos`;
  const archivos = new Map(lists.campaigns.map(([archivo, cartera]) => [archivo, { archivo, cartera }]));
  return {
    fechas: lists.fechas,
    periodos: lists.periodos,
    carteras: CARTERAS.filter((c) => lists.campaigns.some(([, cartera]) => cartera === c)),
    servicios: SERVICIOS.filter((s) => lists.campaigns.some(([, , servicio]) => servicio === s)),
    canales: [...CANALES],
    archivos: [...archivos.values()],
    equipos: lists.equipos,
    period,
  };
}

/** Campaigns with a snapshot in the period (in the rollup: whose snapshots span a day of it). */
function campaignsIn(sql: postgres.Sql, period: Period, rollups: boolean) {
  return rollups
    ? sql`SELECT archivo, cartera, servicio FROM rollup_dashboard_campaigns
           WHERE primera_fecha <= ${period.hasta}::date AND ultima_fecha >= ${period.desde}::date`
    : sql`SELECT DISTINCT archivo, cartera, servicio FROM dashboard_data WHERE ${inPeriod(sql, period)}`;
}
