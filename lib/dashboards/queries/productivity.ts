// GET /productivity: the agents' ranking over the period by
// score_productividad (SPEC §4) with their quartile, one page of it, and a
// daily heatmap of that page's agents. An agent is ranked per equipo (an agent
// who changed team appears once per team); rates are recomputed from sums.
import type postgres from 'postgres';
import type { DashboardFilters } from '../filters';
import { agentRates, scoreSql } from '../metrics';
import { lastDays, resolvePeriod, seriesPeriod } from '../period';
import type { AgentRankingRow, HeatmapCell, ProductivityData } from '../types';
import { agentsFromMart, agentsFromRollup, heatmapFromMart, heatmapFromRollup, runningBounds } from './productivity-sql';
import { usesRollups, type ReadOptions } from './read-options';

/** The heatmap shows the month up to the period's end, for the best agents of the page. */
export const HEATMAP_DAYS = 31;
export const HEATMAP_AGENTS = 25;

export interface ProductivityOptions extends ReadOptions {
  /** One page of the ranking (default the first 100 agents). */
  limit?: number;
  offset?: number;
}

export async function getProductivity(sql: postgres.Sql, filters: DashboardFilters, options: ProductivityOptions = {}): Promise<ProductivityData> {
  const period = await resolvePeriod(sql, filters.dates, 'productivity_data');
  if (!period) return { period, totalAgentes: 0, ranking: [], heatmap: { desde: '', hasta: '', cells: [] } };
  const heatmapDays = lastDays(seriesPeriod(period), HEATMAP_DAYS);
  // The rollups have no archivo: one campaign's agents are read from its own rows.
  const rollups = usesRollups(options) && filters.archivo === null;
  const bounds = rollups ? await runningBounds(sql, period) : null;
  if (rollups && !bounds) return { period, totalAgentes: 0, ranking: [], heatmap: { ...heatmapDays, cells: [] } };
  const agents = bounds ? agentsFromRollup(sql, filters, bounds) : agentsFromMart(sql, filters, period);
  // The rollup path ranks on counts alone and looks the names up for the page only.
  const named = rollups
    ? sql`SELECT p.*, a.nombre_agente AS nombre, a.dni_agente AS dni FROM page p
           LEFT JOIN rollup_productivity_agents a ON a.correo_agente = p.correo_agente AND a.equipo = p.equipo`
    : sql`SELECT p.*, p.nombre_agente AS nombre, p.dni_agente AS dni FROM page p`;
  const rows = await sql<RankedAgent[]>`
    WITH agents AS (${agents}),
    ranked AS (
      SELECT *, rank() OVER (ORDER BY score DESC)::int AS rank, count(*) OVER ()::int AS agents
        FROM (SELECT *, ${scoreSql(sql)} AS score FROM agents) scored),
    page AS (SELECT * FROM ranked ORDER BY score DESC, correo_agente, equipo LIMIT ${options.limit ?? 100} OFFSET ${options.offset ?? 0})
    SELECT correo_agente, equipo, nombre AS nombre_agente, dni AS dni_agente, dias, total_gestiones, contactos_efectivos, total_pdp,
           monto_compromiso::numeric(16,2)::text AS monto_compromiso, peso_total::numeric(16,2)::text AS peso_total,
           score::numeric(16,2)::text AS score_text, rank, agents
      FROM (${named}) named
     ORDER BY named.score DESC, correo_agente, equipo`;
  const ranking = rows.map(rankingRow);
  const keys = ranking.slice(0, HEATMAP_AGENTS).map((r) => ({ correo: r.correoAgente, equipo: r.equipo }));
  const heatmapBounds = bounds && (await runningBounds(sql, heatmapDays));
  const cells = keys.length === 0 ? []
    : rollups ? (heatmapBounds ? await heatmapFromRollup(sql, heatmapBounds, keys) : [])
    : await heatmapFromMart(sql, filters, heatmapDays, keys);
  const onPage = new Set(keys.map((k) => `${k.correo}|${k.equipo}`));
  return {
    period,
    totalAgentes: rows[0]?.agents ?? 0,
    ranking,
    heatmap: {
      ...heatmapDays,
      cells: cells.filter((c) => onPage.has(`${c.correo_agente}|${c.equipo}`)).map((c): HeatmapCell => ({
        correoAgente: c.correo_agente, equipo: c.equipo, fecha: c.fecha, totalGestiones: c.total_gestiones, score: Number(c.score),
      })),
    },
  };
}

type RankedAgent = {
  correo_agente: string; equipo: string; nombre_agente: string; dni_agente: string; dias: number;
  total_gestiones: number; contactos_efectivos: number; total_pdp: number; monto_compromiso: string; peso_total: string;
  score_text: string; rank: number; agents: number;
};

/** Quartile from the rank, so equal scores share a quartile and a better score is never in a lower one. */
export function quartileOf(rank: number, agents: number): AgentRankingRow['quartile'] {
  return (1 + Math.floor((4 * (rank - 1)) / agents)) as AgentRankingRow['quartile'];
}

function rankingRow(r: RankedAgent): AgentRankingRow {
  return {
    rank: r.rank,
    quartile: quartileOf(r.rank, r.agents),
    correoAgente: r.correo_agente,
    nombreAgente: r.nombre_agente,
    dniAgente: r.dni_agente,
    equipo: r.equipo,
    diasTrabajados: r.dias,
    totalGestiones: r.total_gestiones,
    contactosEfectivos: r.contactos_efectivos,
    totalPdp: r.total_pdp,
    montoCompromiso: Number(r.monto_compromiso),
    pesoTotal: Number(r.peso_total),
    ...agentRates(r.total_gestiones, r.contactos_efectivos, r.total_pdp),
    score: Number(r.score_text),
  };
}
