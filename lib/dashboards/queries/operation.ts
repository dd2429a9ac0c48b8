// GET /operation: actions per canal and per hour of the day over the period.
// operation_data rows are per hour and not cumulative, so the period's rows
// are simply summed, and the rates recomputed from the sums.
import type postgres from 'postgres';
import { CANALES } from '../../db/schema';
import type { DashboardFilters } from '../filters';
import { channelCounts, OPERATION_COUNTS, sums } from '../metrics';
import { resolvePeriod } from '../period';
import type { OperationData } from '../types';
import { and, archivoIs, canalIs, inPeriod } from './conditions';
import { usesRollups, type ReadOptions } from './read-options';

export async function getOperation(sql: postgres.Sql, filters: DashboardFilters, options: ReadOptions = {}): Promise<OperationData> {
  const period = await resolvePeriod(sql, filters.dates, 'operation_data');
  if (!period) return { period, canales: [], total: channelCounts({}), hourly: [] };
  // The daily rollup has no archivo: one campaign is read from its own rows (at most a month of them).
  const source = usesRollups(options) && filters.archivo === null ? sql`rollup_operation_daily` : sql`operation_data`;
  const rows = await sql<({ hora: number | null; canal: string | null } & postgres.Row)[]>`
    SELECT hora, canal, ${sums(sql, OPERATION_COUNTS)}
      FROM ${source}
     WHERE ${inPeriod(sql, period)} ${and(sql, [canalIs(sql, filters), archivoIs(sql, filters)])}
     GROUP BY GROUPING SETS ((hora, canal), (canal), ())
     ORDER BY hora, canal`;
  const total = rows.find((r) => r.hora === null && r.canal === null);
  return {
    period,
    canales: CANALES.flatMap((c) => rows.filter((r) => r.hora === null && r.canal === c).map((r) => ({ canal: c, ...channelCounts(r) }))),
    total: channelCounts(total ?? {}),
    hourly: rows.filter((r) => r.hora !== null).map((r) => ({ hora: r.hora!, canal: r.canal!, ...channelCounts(r) })),
  };
}
