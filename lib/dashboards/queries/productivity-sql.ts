// The two ways to sum the agents' work over a period: from productivity_data
// itself (every row of the period), or from rollup_productivity_running
// (two rows per agent: the running totals at the period's end minus those of
// the day before it starts). Both produce the same `agents` CTE and heatmap rows.
import type postgres from 'postgres';
import type { DashboardFilters } from '../filters';
import { scoreSql } from '../metrics';
import type { Period } from '../types';
import { and, archivoIs, equipoIs, inPeriod } from './conditions';

export interface AgentKey {
  correo: string;
  equipo: string;
}

export function agentsFromMart(sql: postgres.Sql, f: DashboardFilters, period: Period) {
  return sql`
    SELECT correo_agente, equipo, max(nombre_agente) AS nombre_agente, max(dni_agente) AS dni_agente,
           count(DISTINCT fecha_foto)::int AS dias,
           sum(total_gestiones)::float8 AS total_gestiones, sum(contactos_efectivos)::float8 AS contactos_efectivos,
           sum(total_pdp)::float8 AS total_pdp, sum(monto_compromiso) AS monto_compromiso, sum(peso_total) AS peso_total
      FROM productivity_data
     WHERE ${inPeriod(sql, period)} ${and(sql, [equipoIs(sql, f), archivoIs(sql, f)])}
     GROUP BY correo_agente, equipo`;
}

/**
 * The period's start is clamped to the mart's oldest day: retention may have
 * dropped older rows, which the running totals still contain.
 */
export function bounds(sql: postgres.Sql, period: Period) {
  return {
    before: sql`(SELECT greatest(${period.desde}::date, min(fecha_foto)) - 1 FROM productivity_data)`,
    last: sql`(SELECT least(${period.hasta}::date, max(fecha_foto)) FROM rollup_productivity_running)`,
  };
}

const SUMMED = ['dias', 'total_gestiones', 'contactos_efectivos', 'total_pdp', 'monto_compromiso', 'peso_total'] as const;

/**
 * One scan of the two days' rows, no join: each agent's row at the period's
 * end counts plus, the one the day before it starts minus. Names are looked
 * up afterwards, for the page of the ranking only (see withNames).
 */
export function agentsFromRollup(sql: postgres.Sql, f: DashboardFilters, period: Period) {
  const { before, last } = bounds(sql, period);
  const step = (c: string) => `sum(CASE WHEN fecha_foto = b.before THEN -${c} ELSE ${c} END)`;
  const totals = sql.unsafe(SUMMED.map((c) => `${step(c)}${c === 'monto_compromiso' || c === 'peso_total' ? '' : '::float8'} AS ${c}`).join(', '));
  return sql`
    SELECT correo_agente, equipo, NULL::text AS nombre_agente, NULL::text AS dni_agente, ${totals}
      FROM (SELECT ${before} AS before, ${last} AS last) b
      JOIN rollup_productivity_running r ON r.fecha_foto IN (b.before, b.last) AND b.before < b.last
     WHERE true ${and(sql, [equipoIs(sql, f, 'r')])}
     GROUP BY correo_agente, equipo
    HAVING ${sql.unsafe(step('dias'))} > 0`;
}

const DIFFERENCES = ['total_gestiones', 'contactos_efectivos', 'total_pdp'] as const;

export type HeatmapRow = { correo_agente: string; equipo: string; fecha: string; total_gestiones: number; score: string };

export function heatmapFromMart(sql: postgres.Sql, f: DashboardFilters, days: Period, agents: AgentKey[]) {
  return sql<HeatmapRow[]>`
    SELECT correo_agente, equipo, fecha_foto::text AS fecha, sum(total_gestiones)::float8 AS total_gestiones,
           ${scoreSql(sql, (c) => `sum(${c})`)}::numeric(16,2)::text AS score
      FROM productivity_data
     WHERE ${inPeriod(sql, days)} AND correo_agente = ANY(${agents.map((a) => a.correo)}::text[])
           ${and(sql, [equipoIs(sql, f), archivoIs(sql, f)])}
     GROUP BY correo_agente, equipo, fecha_foto
     ORDER BY correo_agente, equipo, fecha_foto`;
}

/** Each day's work is the running totals' step from the day before; days without work are left out, as in the mart. */
export function heatmapFromRollup(sql: postgres.Sql, days: Period, agents: AgentKey[]) {
  const { before } = bounds(sql, days);
  const step = sql.unsafe(
    ['dias', ...DIFFERENCES].map((c) => `${c} - coalesce(lag(${c}) OVER w, 0) AS ${c}`).join(', '),
  );
  return sql<HeatmapRow[]>`
    SELECT correo_agente, equipo, fecha_foto::text AS fecha, total_gestiones::float8 AS total_gestiones,
           ${scoreSql(sql)}::numeric(16,2)::text AS score
      FROM (SELECT correo_agente, equipo, fecha_foto, ${step}
              FROM rollup_productivity_running
             WHERE (correo_agente, equipo) IN (SELECT * FROM unnest(${agents.map((a) => a.correo)}::text[], ${agents.map((a) => a.equipo)}::text[]))
               AND fecha_foto BETWEEN ${before} AND ${days.hasta}::date
            WINDOW w AS (PARTITION BY correo_agente, equipo ORDER BY fecha_foto)) steps
     WHERE fecha_foto > ${before} AND dias > 0
     ORDER BY correo_agente, equipo, fecha_foto`;
}
