// GET /productivity: the agents' ranking over the period by
// score_productividad (SPEC §4) with their quartile, one page of it, and a
// daily heatmap of the page's best agents. An agent is ranked per equipo (an
// agent who changed team appears once per team); rates are recomputed from sums.
import type postgres from 'postgres';
import type { DashboardFilters } from '../filters';
import { agentRates } from '../metrics';
import { lastDays, resolvePeriod, seriesPeriod } from '../period';
import type { AgentRankingRow, HeatmapCell, ProductivityData } from '../types';
import { heatFromMart, heatFromRollup, rankingFromMart, rankingFromRollup, runningBounds } from './productivity-sql';
import { HEATMAP_AGENTS, HEATMAP_DAYS } from '../view-options';
import { usesRollups, type ReadOptions } from './read-options';

export { HEATMAP_AGENTS, HEATMAP_DAYS };

export interface ProductivityOptions extends ReadOptions {
  /** One page of the ranking (default the first 100 agents). */
  limit?: number;
  offset?: number;
}

export async function getProductivity(sql: postgres.Sql, filters: DashboardFilters, options: ProductivityOptions = {}): Promise<ProductivityData> {
  const period = await resolvePeriod(sql, filters.dates, 'productivity_data');
  if (!period) return { period, totalAgentes: 0, ranking: [], heatmap: { desde: '', hasta: '', cells: [] } };
  const heatmapDays = lastDays(seriesPeriod(period), HEATMAP_DAYS);
  const empty = { period, totalAgentes: 0, ranking: [], heatmap: { ...heatmapDays, cells: [] } };
  // The rollups have no archivo: one campaign's agents are read from its own rows.
  const rollups = usesRollups(options) && filters.archivo === null;
  const [bounds, heatmapBounds] = rollups ? await runningBounds(sql, [period, heatmapDays]) : [null, null];
  if (rollups && !bounds) return empty;
  const limit = options.limit ?? 100;
  const offset = options.offset ?? 0;
  const ranking = bounds ? rankingFromRollup(sql, filters, bounds, offset, limit) : rankingFromMart(sql, filters, period);
  const heat = rollups ? heatFromRollup(sql, heatmapBounds) : heatFromMart(sql, filters, heatmapDays);
  // One statement: only the page is sorted (top-N), a rank is 1 + the agents with a better
  // score (one count of those above the page gives every rank on it, see rankPage), and the
  // page and the heatmap come back as two JSON arrays in a single row.
  const [result] = await sql<[{ agents: number; better: number; page: PageTuple[]; heat: HeatTuple[] }]>`
    WITH ${ranking},
    page AS (SELECT * FROM candidates ORDER BY score100 DESC, correo_agente, equipo LIMIT ${limit} OFFSET ${offset}),
    heat_agents AS (SELECT * FROM page ORDER BY score100 DESC, correo_agente, equipo LIMIT ${HEATMAP_AGENTS}),
    heat AS (${heat})
    SELECT count(*)::int AS agents,
           count(*) FILTER (WHERE score100 > (SELECT max(score100) FROM page))::int AS better,
           (SELECT coalesce(json_agg(json_build_array(correo_agente, equipo, nombre_agente, dni_agente, dias, total_gestiones,
                     contactos_efectivos, total_pdp, monto_compromiso::numeric(16,2)::text, peso_total::numeric(16,2)::text, score100)
                     ORDER BY score100 DESC, correo_agente, equipo), '[]') FROM page) AS page,
           (SELECT coalesce(json_agg(json_build_array(correo_agente, equipo, fecha, total_gestiones, score100)
                     ORDER BY correo_agente, equipo, fecha), '[]') FROM heat) AS heat
      FROM scored`;
  return {
    period,
    totalAgentes: result.agents,
    ranking: rankPage(result.page.map(pageRow), offset, result.better).map((r) => rankingRow(r, result.agents)),
    heatmap: {
      ...heatmapDays,
      cells: result.heat.map(([correoAgente, equipo, fecha, totalGestiones, score100]): HeatmapCell => ({
        correoAgente, equipo, fecha, totalGestiones, score: score100 / 100,
      })),
    },
  };
}

type PageTuple = [string, string, string, string, number, number, number, number, string, string, number];
type HeatTuple = [string, string, string, number, number];

function pageRow([correo, equipo, nombre, dni, dias, gestiones, efectivos, pdp, monto, peso, score100]: PageTuple) {
  return { correo, equipo, nombre, dni, dias, gestiones, efectivos, pdp, monto: Number(monto), peso: Number(peso), score100 };
}

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

function rankingRow(r: ReturnType<typeof pageRow> & { rank: number }, agents: number): AgentRankingRow {
  return {
    rank: r.rank,
    quartile: quartileOf(r.rank, agents),
    correoAgente: r.correo,
    nombreAgente: r.nombre,
    dniAgente: r.dni,
    equipo: r.equipo,
    diasTrabajados: r.dias,
    totalGestiones: r.gestiones,
    contactosEfectivos: r.efectivos,
    totalPdp: r.pdp,
    montoCompromiso: r.monto,
    pesoTotal: r.peso,
    ...agentRates(r.gestiones, r.efectivos, r.pdp),
    score: r.score100 / 100,
  };
}
