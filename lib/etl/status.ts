// The ETL at a glance, per table: watermark, last run, freshness against the
// refresh interval, and the run in flight — plus an overall health verdict.
import type postgres from 'postgres';
import type { ExecutionLogRow } from '../db/schema';
import { MART_TABLES, TABLES, type MartTable } from './config';
import { activeRuns } from './runs';
import { listWatermarks, type WatermarkView } from './watermarks';

export interface TableStatus {
  table: MartTable;
  refreshEveryHours: number;
  watermark: WatermarkView;
  lastSuccessAt: Date | null;
  /** Hours since the last success; null when never loaded. */
  ageHours: number | null;
  freshness: 'fresh' | 'due' | 'stale' | 'never';
  activeRun: ExecutionLogRow | null;
}

export type Health = 'healthy' | 'degraded' | 'unhealthy' | 'initializing';

export async function etlStatus(sql: postgres.Sql, now = new Date()): Promise<{ health: Health; tables: TableStatus[] }> {
  const [watermarks, active, successes] = await Promise.all([
    listWatermarks(sql),
    activeRuns(sql),
    sql<{ table: MartTable; at: Date }[]>`
      SELECT table_name AS table, max(completed_at) AS at FROM etl_execution_log
      WHERE status = 'success' GROUP BY table_name`,
  ]);
  const lastSuccess = new Map(successes.map((s) => [s.table, s.at]));
  const tables = MART_TABLES.map((table): TableStatus => {
    const at = lastSuccess.get(table) ?? null;
    const hours = TABLES[table].refreshEveryHours;
    const ageHours = at ? (now.getTime() - at.getTime()) / 3_600_000 : null;
    return {
      table,
      refreshEveryHours: hours,
      watermark: watermarks.find((w) => w.tableName === table)!,
      lastSuccessAt: at,
      ageHours,
      freshness: ageHours === null ? 'never' : ageHours < hours ? 'fresh' : ageHours < 2 * hours ? 'due' : 'stale',
      activeRun: active.find((r) => r.tableName === table) ?? null,
    };
  });
  return { health: healthOf(tables), tables };
}

/**
 * healthy: every table loaded, none failing, none stale. initializing: nothing
 * loaded yet. unhealthy: every table failing or stale. degraded: in between.
 */
export function healthOf(tables: TableStatus[]): Health {
  if (tables.every((t) => t.freshness === 'never')) return 'initializing';
  const bad = (t: TableStatus) => t.freshness === 'stale' || t.freshness === 'never' || t.watermark.lastExtractionStatus === 'failed';
  if (tables.every(bad)) return 'unhealthy';
  return tables.some(bad) ? 'degraded' : 'healthy';
}
