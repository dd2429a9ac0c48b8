// The run log (etl_execution_log): requesting a run so that each table has at
// most one in flight, claiming it, reporting progress, and closing it.
import { hostname } from 'node:os';
import type postgres from 'postgres';
import { RUN_MODES, RUN_TRIGGERS, type ExecutionLogRow } from '../db/schema';
import { TABLES, type MartTable } from './config';
import { isFresh } from './window';

export type RunMode = (typeof RUN_MODES)[number];
export type RunTrigger = (typeof RUN_TRIGGERS)[number];
export type Sql = postgres.Sql | postgres.TransactionSql | postgres.ReservedSql;

export interface RunRequest {
  table: MartTable;
  mode: RunMode;
  trigger: RunTrigger;
  triggeredBy?: string | null;
  force?: boolean;
}

export type RequestOutcome =
  | { status: 'queued'; run: ExecutionLogRow }
  | { status: 'already_running'; run: ExecutionLogRow }
  | { status: 'skipped'; reason: string; lastSuccessAt: Date };

export const RUN_COLUMNS = `id, table_name AS "tableName", mode, trigger, triggered_by AS "triggeredBy", status,
  window_start AS "windowStart", window_end AS "windowEnd", phase,
  rows_extracted::int AS "rowsExtracted", rows_inserted::int AS "rowsInserted", rows_updated::int AS "rowsUpdated",
  rows_unchanged::int AS "rowsUnchanged", rows_deleted::int AS "rowsDeleted", rows_rejected::int AS "rowsRejected",
  rows_total_estimate::int AS "rowsTotalEstimate", started_at AS "startedAt", heartbeat_at AS "heartbeatAt",
  completed_at AS "completedAt", duration_seconds AS "durationSeconds", error_message AS "errorMessage",
  error_detail AS "errorDetail", source_query AS "sourceQuery", metadata`;

/** Advisory-lock keys: one namespace per purpose, one key per table. */
export const lockKey = (purpose: 'request' | 'run' | 'merge', table: string) => `pulso.${purpose}.${table}`;

/**
 * Queues a run unless one is already queued or running for the table (then
 * that run is returned) or the table is still fresh (then nothing is queued).
 * The advisory lock makes check-then-insert atomic across processes.
 */
export async function requestRun(sql: postgres.Sql, request: RunRequest, now = new Date()): Promise<RequestOutcome> {
  return sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(hashtext(${lockKey('request', request.table)}))`;
    const [active] = await tx.unsafe<ExecutionLogRow[]>(
      `SELECT ${RUN_COLUMNS} FROM etl_execution_log WHERE table_name = $1 AND status IN ('queued', 'running')
       ORDER BY started_at LIMIT 1`,
      [request.table],
    );
    if (active) return { status: 'already_running', run: active };
    if (!request.force) {
      const lastSuccessAt = await lastSuccess(tx, request.table);
      const hours = TABLES[request.table].refreshEveryHours;
      if (lastSuccessAt && isFresh(lastSuccessAt, hours, now)) {
        return { status: 'skipped', lastSuccessAt, reason: `${request.table} was refreshed less than ${hours} h ago` };
      }
    }
    const [run] = await tx.unsafe<ExecutionLogRow[]>(
      // Millisecond precision, so the JavaScript Date of started_at still finds the row (it is in the key).
      `INSERT INTO etl_execution_log (table_name, mode, trigger, triggered_by, status, metadata, started_at)
       VALUES ($1, $2, $3, $4, 'queued', $5, date_trunc('milliseconds', clock_timestamp())) RETURNING ${RUN_COLUMNS}`,
      [request.table, request.mode, request.trigger, request.triggeredBy ?? null, { force: Boolean(request.force) }] as never[],
    );
    return { status: 'queued', run };
  });
}

export async function lastSuccess(sql: Sql, table: MartTable): Promise<Date | null> {
  const [row] = await sql<{ at: Date | null }[]>`
    SELECT max(completed_at) AS at FROM etl_execution_log WHERE table_name = ${table} AND status = 'success'`;
  return row?.at ?? null;
}

export async function getRun(sql: Sql, id: string): Promise<ExecutionLogRow | undefined> {
  const [run] = await sql.unsafe<ExecutionLogRow[]>(`SELECT ${RUN_COLUMNS} FROM etl_execution_log WHERE id = $1`, [id]);
  return run;
}

export async function activeRuns(sql: Sql, table?: MartTable): Promise<ExecutionLogRow[]> {
  return sql.unsafe<ExecutionLogRow[]>(
    `SELECT ${RUN_COLUMNS} FROM etl_execution_log WHERE status IN ('queued', 'running')
     AND ($1::text IS NULL OR table_name = $1) ORDER BY started_at`,
    [table ?? null],
  );
}

/** Which process ran a run, shown on the run's detail. */
export const WORKER_ID = `${hostname()}:${process.pid}`;

/** Moves a queued run to running; false when it was cancelled or taken meanwhile. */
export async function claimRun(sql: Sql, run: Pick<ExecutionLogRow, 'id' | 'startedAt'>): Promise<boolean> {
  const claimed = await sql`
    UPDATE etl_execution_log SET status = 'running', phase = 'extract', heartbeat_at = now(),
      metadata = metadata || jsonb_build_object('claimedBy', ${WORKER_ID}::text, 'claimedAt', clock_timestamp())
    WHERE id = ${run.id} AND started_at = ${run.startedAt} AND status = 'queued' RETURNING id`;
  return claimed.length === 1;
}

export interface Progress {
  phase?: 'extract' | 'load' | 'merge';
  rowsExtracted?: number;
  rowsRejected?: number;
}

/** Heartbeat plus progress; returns whether someone asked to cancel the run. */
export async function reportProgress(
  sql: Sql,
  run: Pick<ExecutionLogRow, 'id' | 'startedAt'>,
  progress: Progress,
): Promise<{ cancelRequested: boolean }> {
  const [row] = await sql<{ cancel: boolean | null }[]>`
    UPDATE etl_execution_log SET heartbeat_at = now(),
      phase = coalesce(${progress.phase ?? null}, phase),
      rows_extracted = coalesce(${progress.rowsExtracted ?? null}::bigint, rows_extracted),
      rows_rejected = coalesce(${progress.rowsRejected ?? null}::bigint, rows_rejected)
    -- Only a live run: a heartbeat that waited on the closing transaction must not rewrite its phase.
    WHERE id = ${run.id} AND started_at = ${run.startedAt} AND status = 'running'
    RETURNING (metadata->>'cancelRequested')::boolean AS cancel`;
  return { cancelRequested: row?.cancel === true };
}

/** Closes a run that did not succeed; its counts so far and error stay on the row. */
export async function closeRun(
  sql: Sql,
  run: Pick<ExecutionLogRow, 'id' | 'startedAt'>,
  status: 'failed' | 'cancelled',
  error?: { message: string; detail?: string; metadata?: Record<string, unknown> },
) {
  await sql`
    UPDATE etl_execution_log SET status = ${status}, completed_at = now(), heartbeat_at = now(),
      duration_seconds = extract(epoch FROM now() - started_at),
      error_message = ${error?.message ?? null}, error_detail = ${error?.detail ?? null},
      metadata = metadata || ${sql.json((error?.metadata ?? {}) as postgres.JSONValue)}
    WHERE id = ${run.id} AND started_at = ${run.startedAt} AND status IN ('queued', 'running')`;
}

/**
 * Asks runs to stop: queued ones are cancelled at once, running ones stop
 * between batches (or before their merge). Returns the affected run ids.
 */
export async function cancelRuns(sql: postgres.Sql, table?: MartTable): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    UPDATE etl_execution_log SET
      metadata = metadata || '{"cancelRequested": true}',
      status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END,
      completed_at = CASE WHEN status = 'queued' THEN now() ELSE completed_at END,
      error_message = CASE WHEN status = 'queued' THEN 'Cancelled before it started' ELSE error_message END
    WHERE status IN ('queued', 'running') AND (${table ?? null}::text IS NULL OR table_name = ${table ?? null})
    RETURNING id`;
  return rows.map((r) => r.id);
}
