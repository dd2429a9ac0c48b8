// The two ways to sum the agents' work over a period: from productivity_data
// itself (every row of the period), or from rollup_productivity_running
// (two rows per agent: the running totals at the period's end minus those of
// the day before it starts). Both produce the same `scored` and `candidates`
// CTEs and the same heatmap rows.
import type postgres from 'postgres';
import type { DashboardFilters } from '../filters';
import { scoreHundredthsSql } from '../metrics';
import type { Period } from '../types';
import { and, archivoIs, equipoIs, inPeriod } from './conditions';

/** The `scored` and `candidates` CTEs from the mart: every row of the period, grouped per agent. */
export function rankingFromMart(sql: postgres.Sql, f: DashboardFilters, period: Period) {
  return sql`
    scored AS MATERIALIZED (
      SELECT *, ${scoreHundredthsSql(sql)}::float8 AS score100 FROM (
        SELECT correo_agente, equipo, max(nombre_agente) AS nombre_agente, max(dni_agente) AS dni_agente,
               count(DISTINCT fecha_foto)::int AS dias,
               sum(total_gestiones)::float8 AS total_gestiones, sum(contactos_efectivos)::float8 AS contactos_efectivos,
               sum(total_pdp)::float8 AS total_pdp, sum(monto_compromiso) AS monto_compromiso, sum(peso_total) AS peso_total
          FROM productivity_data
         WHERE ${inPeriod(sql, period)} ${and(sql, [equipoIs(sql, f), archivoIs(sql, f)])}
         GROUP BY correo_agente, equipo) agents),
    candidates AS (SELECT * FROM scored)`;
}

export interface RunningBounds {
  /** The day whose running totals are subtracted: the day before the period (or before the mart's oldest day). */
  before: string;
  /** The period's last day the rollup holds. */
  last: string;
}

/**
 * The two days of rollup_productivity_running a period reads — for the
 * ranking's period and for the heatmap's days at once — or null where it
 * holds none of them. Starts are clamped to the mart's oldest day: retention
 * may have dropped older rows, which the running totals still contain.
 */
export async function runningBounds(sql: postgres.Sql, periods: Period[]): Promise<(RunningBounds | null)[]> {
  const rows = await sql<{ before: string | null; last: string | null }[]>`
    WITH edges AS (SELECT (SELECT min(fecha_foto) FROM productivity_data) AS oldest,
                          (SELECT max(fecha_foto) FROM rollup_productivity_running) AS newest)
    SELECT (greatest(p.desde, e.oldest) - 1)::text AS before, least(p.hasta, e.newest)::text AS last
      FROM unnest(${periods.map((p) => p.desde)}::date[], ${periods.map((p) => p.hasta)}::date[]) WITH ORDINALITY AS p(desde, hasta, n), edges e
     ORDER BY p.n`;
  return rows.map((r) => (r.before !== null && r.last !== null && r.before < r.last ? { before: r.before, last: r.last } : null));
}

const SUMMED = ['dias', 'total_gestiones', 'contactos_efectivos', 'total_pdp', 'monto_compromiso', 'peso_total'] as const;

/**
 * The same CTEs from the running totals. `scored`: each agent's row at the
 * period's end minus its row the day before it starts (none: the agent started
 * within the period) — two integer-keyed index ranges, hash-joined, keeping
 * only the id, the days and the score, so the passes over all agents stay
 * narrow. `candidates`: the agents that can be on the page once sorted by
 * (score, correo, equipo) — those scoring at least the page's lowest score,
 * ties included — with their name and totals, one key probe each.
 */
export function rankingFromRollup(sql: postgres.Sql, f: DashboardFilters, bounds: RunningBounds, offset: number, limit: number) {
  const diff = (c: string) => `(h.${c} - coalesce(l.${c}, 0))`;
  const totals = sql.unsafe(SUMMED.filter((c) => c !== 'dias').map((c) => {
    const cast = c === 'monto_compromiso' || c === 'peso_total' ? '' : '::float8';
    return `${diff(c)}${cast} AS ${c}`;
  }).join(', '));
  const team = f.equipo !== null && sql`h.agente_id IN (SELECT agente_id FROM rollup_productivity_agents WHERE equipo = ${f.equipo})`;
  const twoDays = sql`
      FROM rollup_productivity_running h
      LEFT JOIN rollup_productivity_running l ON l.fecha_foto = ${bounds.before}::date AND l.agente_id = h.agente_id
     WHERE h.fecha_foto = ${bounds.last}::date`;
  return sql`
    scored AS MATERIALIZED (
      SELECT h.agente_id, ${sql.unsafe(diff('dias'))} AS dias, ${scoreHundredthsSql(sql, diff)}::float8 AS score100
      ${twoDays} AND h.dias > coalesce(l.dias, 0) ${and(sql, [team])}),
    lowest AS (SELECT score100 FROM scored ORDER BY score100 DESC LIMIT 1 OFFSET ${offset + limit - 1}),
    candidates AS (
      SELECT s.*, a.correo_agente, a.equipo, a.nombre_agente, a.dni_agente, v.*
        FROM scored s
       -- OFFSET 0 keeps each lookup a probe by key, not a hash of every agent.
       CROSS JOIN LATERAL (SELECT * FROM rollup_productivity_agents a WHERE a.agente_id = s.agente_id OFFSET 0) a
       CROSS JOIN LATERAL (SELECT ${totals} ${twoDays} AND h.agente_id = s.agente_id OFFSET 0) v
       WHERE s.score100 >= coalesce((SELECT score100 FROM lowest), '-infinity'::float8))`;
}

const DIFFERENCES = ['total_gestiones', 'contactos_efectivos', 'total_pdp'] as const;

/** The heatmap's cells for the agents of the `heat_agents` CTE, from the mart's rows of those days. */
export function heatFromMart(sql: postgres.Sql, f: DashboardFilters, days: Period) {
  return sql`
    SELECT d.correo_agente, d.equipo, d.fecha_foto::text AS fecha, sum(d.total_gestiones)::float8 AS total_gestiones,
           ${scoreHundredthsSql(sql, (c) => `sum(d.${c})`)}::float8 AS score100
      FROM productivity_data d JOIN heat_agents h USING (correo_agente, equipo)
     WHERE ${inPeriod(sql, days, 'd')} ${and(sql, [archivoIs(sql, f, 'd')])}
     GROUP BY d.correo_agente, d.equipo, d.fecha_foto`;
}

/** The same cells as the running totals' daily steps; days without work are left out, as in the mart. */
export function heatFromRollup(sql: postgres.Sql, bounds: RunningBounds | null) {
  if (!bounds) return sql`SELECT NULL::text AS correo_agente, NULL::text AS equipo, NULL::text AS fecha, 0::float8 AS total_gestiones, 0::float8 AS score100 WHERE false`;
  const step = sql.unsafe(['dias', ...DIFFERENCES].map((c) => `${c} - coalesce(lag(${c}) OVER w, 0) AS ${c}`).join(', '));
  return sql`
    SELECT h.correo_agente, h.equipo, s.fecha_foto::text AS fecha, s.total_gestiones::float8 AS total_gestiones,
           ${scoreHundredthsSql(sql, (c) => `s.${c}`)}::float8 AS score100
      FROM (SELECT agente_id, fecha_foto, ${step}
              FROM rollup_productivity_running
             WHERE agente_id IN (SELECT agente_id FROM heat_agents)
               AND fecha_foto BETWEEN ${bounds.before}::date AND ${bounds.last}::date
            WINDOW w AS (PARTITION BY agente_id ORDER BY fecha_foto)) s
      JOIN heat_agents h USING (agente_id)
     WHERE s.fecha_foto > ${bounds.before}::date AND s.dias > 0`;
}
