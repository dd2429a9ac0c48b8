// What the API and the console ask of the ETL, phrased for them: queue
// refreshes (and say what happened per table), read one table's detail, and
// reset a watermark only when it is safe to.
import type PgBoss from 'pg-boss';
import type postgres from 'postgres';
import { TABLES, type MartTable } from './config';
import { enqueueDashboardRefresh, enqueueRefresh, type EnqueueRequest } from './jobs';
import { InvalidRequestError } from './requests';
import { listRuns } from './run-log';
import { activeRuns, type RequestOutcome } from './runs';
import { etlStatus } from './status';
import { resetWatermark } from './watermarks';
import { limaDate } from './window';

export interface RefreshResult {
  table: MartTable;
  status: 'queued' | 'already_running' | 'skipped';
  runId: string | null;
  reason: string | null;
}

function toResult(table: MartTable, outcome: RequestOutcome): RefreshResult {
  if (outcome.status === 'skipped') return { table, status: 'skipped', runId: null, reason: outcome.reason };
  return { table, status: outcome.status, runId: outcome.run.id, reason: null };
}

export async function queueTableRefresh(boss: PgBoss, sql: postgres.Sql, table: MartTable, request: EnqueueRequest) {
  return toResult(table, await enqueueRefresh(boss, sql, table, request));
}

export async function queueDashboardRefresh(
  boss: PgBoss,
  sql: postgres.Sql,
  request: EnqueueRequest & { tables?: MartTable[]; maxConcurrent?: number },
): Promise<RefreshResult[]> {
  const outcomes = await enqueueDashboardRefresh(boss, sql, request);
  return Object.entries(outcomes).map(([table, outcome]) => toResult(table as MartTable, outcome));
}

export async function tableDetail(sql: postgres.Sql, table: MartTable) {
  const [{ tables }, { runs }] = await Promise.all([etlStatus(sql), listRuns(sql, { table, limit: 10 })]);
  return { ...tables.find((t) => t.table === table)!, config: { table, ...TABLES[table] }, recentRuns: runs };
}

/** A table already has a queued or running run: every 409 of that kind comes from here (code `already_running`). */
export class RunInFlightError extends Error {
  constructor(
    readonly table: string,
    readonly runId: string,
    message = `${table} already has a run in flight (${runId})`,
  ) {
    super(message);
    this.name = 'RunInFlightError';
  }
}

/**
 * A reset while a run is in flight would be undone by that run's merge (the
 * watermark only moves forward there), and a date after today would make
 * incremental windows skip real data: both are refused.
 */
export async function resetWatermarkSafely(sql: postgres.Sql, table: MartTable, date: string, by: string) {
  if (date > limaDate(new Date())) throw new InvalidRequestError(`${date} is after today (Lima): a watermark is a date already loaded`);
  const [active] = await activeRuns(sql, table);
  if (active) {
    throw new RunInFlightError(table, active.id, `${table} has a run ${active.status} (${active.id}): cancel it or wait for it, then reset`);
  }
  return resetWatermark(sql, table, date, by);
}
