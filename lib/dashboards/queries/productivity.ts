// GET /productivity: the agents' ranking over the period by
// score_productividad (SPEC §4) with their quartile, one page of it, and a
// daily heatmap of that page's agents. An agent is ranked per equipo (an agent
// who changed team appears once per team); rates are recomputed from sums.
import type postgres from 'postgres';
import type { DashboardFilters } from '../filters';
import { agentRates, scoreHundredthsSql } from '../metrics';
import { lastDays, resolvePeriod, seriesPeriod } from '../period';
import type { AgentRankingRow, HeatmapCell, ProductivityData } from '../types';
import { agentsFromMart, agentsFromRollup, heatmapFromMart, heatmapFromRollup, namedCandidates, runningBounds, type HeatmapRow } from './productivity-sql';
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
  const [bounds, heatmapBounds] = rollups ? await runningBounds(sql, [period, heatmapDays]) : [null, null];
  if (rollups && !bounds) return { period, totalAgentes: 0, ranking: [], heatmap: { ...heatmapDays, cells: [] } };
  const agents = bounds ? agentsFromRollup(sql, filters, bounds) : agentsFromMart(sql, filters, period);
  const limit = options.limit ?? 100;
  const offset = options.offset ?? 0;
  // Only the page is sorted (top-N); a rank is 1 + the agents with a better score, so one count
  // of those above the page's best score gives every rank on it (see rankPage).
  const candidates = bounds ? namedCandidates(sql, offset, limit) : sql`candidates AS (SELECT * FROM scored)`;
  const rows = await sql<PageRow[]>`
    WITH scored AS MATERIALIZED (SELECT *, ${scoreHundredthsSql(sql)} AS score100 FROM (${agents}) agents),
    ${candidates},
    page AS (SELECT * FROM candidates ORDER BY score100 DESC, correo_agente, equipo LIMIT ${limit} OFFSET ${offset}),
    counts AS (SELECT count(*)::int AS agents, count(*) FILTER (WHERE score100 > (SELECT max(score100) FROM page))::int AS better FROM scored)
    SELECT p.agente_id, p.correo_agente, p.equipo, p.nombre_agente, p.dni_agente, p.dias, p.total_gestiones,
           p.contactos_efectivos, p.total_pdp, p.monto_compromiso::numeric(16,2)::text AS monto_compromiso,
           p.peso_total::numeric(16,2)::text AS peso_total, p.score100::float8 AS score100, c.agents, c.better
      FROM counts c LEFT JOIN page p ON true
     ORDER BY p.score100 DESC, p.correo_agente, p.equipo`;
  const total = rows[0]?.agents ?? 0;
  const page = rows.filter((r) => r.correo_agente !== null);
  const ranking = rankPage(page, offset, rows[0]?.better ?? 0).map((r) => rankingRow(r, total));
  const keys = page.slice(0, HEATMAP_AGENTS).map((r) => ({ correo: r.correo_agente, equipo: r.equipo, id: r.agente_id }));
  const cells = keys.length === 0 ? []
    : rollups ? (heatmapBounds ? await heatmapFromRollup(sql, heatmapBounds, keys) : [])
    : await heatmapFromMart(sql, filters, heatmapDays, keys);
  // Cells name their agent by rollup id, or by correo and equipo on the mart path (which may return other teams' days).
  const byId = new Map(keys.map((k) => [k.id, k]));
  const byKey = new Map(keys.map((k) => [`${k.correo}|${k.equipo}`, k]));
  const agentOf = (c: HeatmapRow) => (c.agente_id !== undefined ? byId.get(c.agente_id) : byKey.get(`${c.correo_agente}|${c.equipo}`));
  return {
    period,
    totalAgentes: total,
    ranking,
    heatmap: {
      ...heatmapDays,
      cells: cells.flatMap((c): HeatmapCell[] => {
        const agent = agentOf(c);
        return agent ? [{ correoAgente: agent.correo, equipo: agent.equipo, fecha: c.fecha, totalGestiones: c.total_gestiones, score: c.score100 / 100 }] : [];
      }).sort(byAgentAndDay),
    },
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byAgentAndDay = (x: HeatmapCell, y: HeatmapCell) =>
  compare(x.correoAgente, y.correoAgente) || compare(x.equipo, y.equipo) || compare(x.fecha, y.fecha);

type PageRow = {
  agente_id: number | null; correo_agente: string; equipo: string; nombre_agente: string; dni_agente: string; dias: number;
  total_gestiones: number; contactos_efectivos: number; total_pdp: number; monto_compromiso: string; peso_total: string;
  score100: number; agents: number; better: number;
};

/**
 * Ranks a page sorted by score: an agent's rank is 1 + the agents with a
 * better score, so equal scores share a rank. Inside the page that is the
 * row's position unless it ties with the row before; the page's first row
 * needs `better`, the agents above its score (its ties may start on an earlier page).
 */
export function rankPage<T extends { score100: number }>(page: T[], offset: number, better: number): (T & { rank: number })[] {
  const ranked: (T & { rank: number })[] = [];
  page.forEach((row, i) => {
    const tie = i > 0 && row.score100 === page[i - 1].score100;
    ranked.push({ ...row, rank: i === 0 ? better + 1 : tie ? ranked[i - 1].rank : offset + i + 1 });
  });
  return ranked;
}

/** Quartile from the rank, so equal scores share a quartile and a better score is never in a lower one. */
export function quartileOf(rank: number, agents: number): AgentRankingRow['quartile'] {
  return (1 + Math.floor((4 * (rank - 1)) / agents)) as AgentRankingRow['quartile'];
}

function rankingRow(r: PageRow & { rank: number }, agents: number): AgentRankingRow {
  return {
    rank: r.rank,
    quartile: quartileOf(r.rank, agents),
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
    score: r.score100 / 100,
  };
}
