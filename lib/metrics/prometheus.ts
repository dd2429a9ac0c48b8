// The ETL in Prometheus's text format (GET /api/metrics): health, freshness,
// watermarks, runs by outcome and the last run's numbers, per table — what an
// alert on "dashboard data is stale" or "runs keep failing" needs.
import type postgres from 'postgres';
import { MART_TABLES } from '../etl/config';
import { etlStatus } from '../etl/status';

type Sample = [labels: Record<string, string>, value: number];

function family(name: string, help: string, type: 'gauge' | 'counter', samples: Sample[]): string {
  const lines = samples.map(([labels, value]) => {
    const text = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`).join(',');
    return `${name}${text ? `{${text}}` : ''} ${Number.isFinite(value) ? value : 'NaN'}`;
  });
  return [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...lines].join('\n');
}

const seconds = (date: Date | null) => (date ? date.getTime() / 1000 : NaN);

export async function prometheusMetrics(sql: postgres.Sql, now = new Date()): Promise<string> {
  const [{ health, tables }, counts, last] = await Promise.all([
    etlStatus(sql, now),
    sql<{ table: string; status: string; n: number }[]>`
      SELECT table_name AS table, status, count(*)::int AS n FROM etl_execution_log GROUP BY 1, 2`,
    sql<{ table: string; duration: number | null; extracted: number; rejected: number }[]>`
      SELECT DISTINCT ON (table_name) table_name AS table, duration_seconds AS duration,
             rows_extracted::float8 AS extracted, rows_rejected::float8 AS rejected
      FROM etl_execution_log WHERE status IN ('success', 'failed') ORDER BY table_name, started_at DESC`,
  ]);
  const byTable = (value: (t: (typeof tables)[number]) => number): Sample[] => tables.map((t) => [{ table: t.table }, value(t)]);
  const lastOf = new Map(last.map((l) => [l.table, l]));
  return [
    family('pulso_etl_health', 'ETL health: 1 for the current verdict', 'gauge',
      (['healthy', 'degraded', 'unhealthy', 'initializing'] as const).map((s) => [{ status: s }, s === health ? 1 : 0])),
    family('pulso_table_last_success_timestamp_seconds', 'When the table last loaded successfully', 'gauge', byTable((t) => seconds(t.lastSuccessAt))),
    family('pulso_table_age_seconds', 'Seconds since the last successful load', 'gauge', byTable((t) => (t.ageHours === null ? NaN : t.ageHours * 3600))),
    family('pulso_table_refresh_interval_seconds', 'The table’s configured refresh interval', 'gauge', byTable((t) => t.refreshEveryHours * 3600)),
    family('pulso_table_watermark_timestamp_seconds', 'The table’s watermark (midnight UTC of its date)', 'gauge',
      byTable((t) => (t.watermark.watermark ? Date.parse(`${t.watermark.watermark}T00:00:00Z`) / 1000 : NaN))),
    family('pulso_table_run_active', '1 while a run of the table is queued or running', 'gauge', byTable((t) => (t.activeRun ? 1 : 0))),
    family('pulso_runs', 'Runs in the run log (its retention applies) by outcome', 'gauge',
      counts.filter((c) => (MART_TABLES as readonly string[]).includes(c.table)).map((c) => [{ table: c.table, status: c.status }, c.n])),
    family('pulso_last_run_duration_seconds', 'Duration of the last finished run', 'gauge',
      MART_TABLES.map((t) => [{ table: t }, lastOf.get(t)?.duration ?? NaN])),
    family('pulso_last_run_rows_extracted', 'Rows the last finished run read from the source', 'gauge',
      MART_TABLES.map((t) => [{ table: t }, lastOf.get(t)?.extracted ?? NaN])),
    family('pulso_last_run_rows_rejected', 'Rows the last finished run rejected', 'gauge',
      MART_TABLES.map((t) => [{ table: t }, lastOf.get(t)?.rejected ?? NaN])),
  ].join('\n\n') + '\n';
}
