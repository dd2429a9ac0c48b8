// The two ways to sum the agents' work over a period: from productivity_data
// itself (every row of the period), or from rollup_productivity_running
// (two rows per agent: the running totals at the period's end minus those of
// the day before it starts). Both produce the same `agents` CTE and heatmap rows.
import type postgres from 'postgres';
import type { DashboardFilters } from '../filters';
import { scoreHundredthsSql } from '../metrics';
import type { Period } from '../types';
import { and, archivoIs, equipoIs, inPeriod } from './conditions';

export interface AgentKey {
  correo: string;
  equipo: string;
  /** The rollup's id of the agent (absent on the mart path). */
  id?: number | null;
}

export function agentsFromMart(sql: postgres.Sql, f: DashboardFilters, period: Period) {
  return sql`
    SELECT NULL::int AS agente_id, correo_agente, equipo, max(nombre_agente) AS nombre_agente, max(dni_agente) AS dni_agente,
           count(DISTINCT fecha_foto)::int AS dias,
           sum(total_gestiones)::float8 AS total_gestiones, sum(contactos_efectivos)::float8 AS contactos_efectivos,
           sum(total_pdp)::float8 AS total_pdp, sum(monto_compromiso) AS monto_compromiso, sum(peso_total) AS peso_total
      FROM productivity_data
     WHERE ${inPeriod(sql, period)} ${and(sql, [equipoIs(sql, f), archivoIs(sql, f)])}
     GROUP BY correo_agente, equipo`;
}

export interface RunningBounds {
  /** The day whose running totals are subtracted: the day before the period (or before the mart's oldest day). */
  before: string;
  /** The period's last day the rollup holds. */
  last: string;
}

/**
 * The two days of rollup_productivity_running a period reads, or null when it
 * holds none of the period. The start is clamped to the mart's oldest day:
 * retention may have dropped older rows, which the running totals still contain.
 */
export async function runningBounds(sql: postgres.Sql, period: Period): Promise<RunningBounds | null> {
  const [row] = await sql<{ before: string | null; last: string | null }[]>`
    SELECT (greatest(${period.desde}::date, (SELECT min(fecha_foto) FROM productivity_data)) - 1)::text AS before,
           least(${period.hasta}::date, (SELECT max(fecha_foto) FROM rollup_productivity_running))::text AS last`;
  return row.before !== null && row.last !== null && row.before < row.last ? { before: row.before, last: row.last } : null;
}

const SUMMED = ['dias', 'total_gestiones', 'contactos_efectivos', 'total_pdp', 'monto_compromiso', 'peso_total'] as const;

/**
 * Each agent's row at the period's end minus its row the day before it starts
 * (none: the agent started within the period): two integer-keyed index
 * ranges, hash-joined, then the agents' names for the tie-break and the page.
 */
export function agentsFromRollup(sql: postgres.Sql, f: DashboardFilters, bounds: RunningBounds) {
  const totals = sql.unsafe(SUMMED.map((c) => {
    const cast = c === 'monto_compromiso' || c === 'peso_total' ? '' : '::float8';
    return `(h.${c} - coalesce(l.${c}, 0))${cast} AS ${c}`;
  }).join(', '));
  return sql`
    SELECT a.agente_id, a.correo_agente, a.equipo, a.nombre_agente, a.dni_agente, ${totals}
      FROM rollup_productivity_running h
      LEFT JOIN rollup_productivity_running l ON l.fecha_foto = ${bounds.before}::date AND l.agente_id = h.agente_id
      JOIN rollup_productivity_agents a ON a.agente_id = h.agente_id ${and(sql, [equipoIs(sql, f, 'a')])}
     WHERE h.fecha_foto = ${bounds.last}::date AND h.dias > coalesce(l.dias, 0)`;
}

const DIFFERENCES = ['total_gestiones', 'contactos_efectivos', 'total_pdp'] as const;

export type HeatmapRow = { correo_agente: string; equipo: string; fecha: string; total_gestiones: number; score100: number };

export function heatmapFromMart(sql: postgres.Sql, f: DashboardFilters, days: Period, agents: AgentKey[]) {
  return sql<HeatmapRow[]>`
    SELECT correo_agente, equipo, fecha_foto::text AS fecha, sum(total_gestiones)::float8 AS total_gestiones,
           ${scoreHundredthsSql(sql, (c) => `sum(${c})`)}::float8 AS score100
      FROM productivity_data
     WHERE ${inPeriod(sql, days)} AND correo_agente = ANY(${agents.map((a) => a.correo)}::text[])
           ${and(sql, [equipoIs(sql, f), archivoIs(sql, f)])}
     GROUP BY correo_agente, equipo, fecha_foto
     ORDER BY correo_agente, equipo, fecha_foto`;
}

/** Each day's work is the running totals' step from the day before; days without work are left out, as in the mart. */
export function heatmapFromRollup(sql: postgres.Sql, bounds: RunningBounds, agents: AgentKey[]) {
  const step = sql.unsafe(
    ['dias', ...DIFFERENCES].map((c) => `${c} - coalesce(lag(${c}) OVER w, 0) AS ${c}`).join(', '),
  );
  return sql<HeatmapRow[]>`
    SELECT a.correo_agente, a.equipo, s.fecha_foto::text AS fecha, s.total_gestiones::float8 AS total_gestiones,
           ${scoreHundredthsSql(sql, (c) => `s.${c}`)}::float8 AS score100
      FROM (SELECT agente_id, fecha_foto, ${step}
              FROM rollup_productivity_running
             WHERE agente_id = ANY(${agents.map((a) => a.id ?? 0)}::int[])
               AND fecha_foto BETWEEN ${bounds.before}::date AND ${bounds.last}::date
            WINDOW w AS (PARTITION BY agente_id ORDER BY fecha_foto)) s
      JOIN rollup_productivity_agents a USING (agente_id)
     WHERE s.fecha_foto > ${bounds.before}::date AND s.dias > 0
     ORDER BY a.correo_agente, a.equipo, s.fecha_foto`;
}
