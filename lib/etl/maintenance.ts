// Keeping the ETL healthy: cleanup of abandoned runs and orphan staging
// tables, and the emergency recovery of failed tables (SPEC §5).
import type postgres from 'postgres';
import { MART_TABLES, type MartTable } from './config';
import { findDeadJobs } from './jobs';
import { dropOrphanStaging, findOrphanStaging } from './staging';

export interface CleanupReport {
  abandonedRuns: { id: string; table: string; heartbeatAt: Date | null }[];
  droppedStagingTables: string[];
  expiredJobs: number;
}

export const STALE_AFTER_MINUTES = 5;

/** A running run whose heartbeat stopped: the process running it died. */
const staleRunning = (sql: postgres.Sql, minutes: number) =>
  sql`status = 'running' AND coalesce(heartbeat_at, started_at) < now() - make_interval(mins => ${minutes})`;

/** Whether pg-boss has made its schema here (a database no worker ever opened has none). */
async function hasJobQueue(sql: postgres.Sql): Promise<boolean> {
  const [{ queue }] = await sql<{ queue: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS queue`;
  return queue;
}

/**
 * A queued run (alias `l`) that no queue job will ever start: the requesting
 * process died before handing it over, or its job was lost (or is among
 * `deadJobs`, about to be failed). It would block its table.
 */
function orphanQueued(sql: postgres.Sql, minutes: number, queue: boolean, deadJobs: string[] = []) {
  const liveJob = queue
    ? sql`AND NOT EXISTS (
        SELECT 1 FROM pgboss.job j WHERE j.state IN ('created', 'retry', 'active') AND j.id::text <> ALL(${deadJobs}::text[])
          AND (j.data->>'runId' = l.id::text OR j.data->'runs' @> jsonb_build_array(jsonb_build_object('runId', l.id::text))))`
    : sql``;
  return sql`l.status = 'queued' AND l.started_at < now() - make_interval(mins => ${minutes}) ${liveJob}`;
}

/**
 * Runs whose heartbeat stopped longer ago than `staleAfterMinutes` belong to a
 * process that died: they are failed as abandoned, and their staging dropped.
 */
export async function cleanup(
  sql: postgres.Sql,
  options: { staleAfterMinutes?: number; expireJobs?: (staleAfterMinutes: number) => Promise<number> } = {},
): Promise<CleanupReport> {
  const minutes = options.staleAfterMinutes ?? STALE_AFTER_MINUTES;
  const abandoned = await sql<{ id: string; table: string; heartbeatAt: Date | null }[]>`
    UPDATE etl_execution_log SET status = 'failed', completed_at = now(),
      duration_seconds = extract(epoch FROM now() - started_at),
      error_message = 'Abandoned: no heartbeat for ' || ${minutes}::text || ' minutes (the process running it stopped)'
    WHERE ${staleRunning(sql, minutes)}
    RETURNING id, table_name AS table, heartbeat_at AS "heartbeatAt"`;
  // Jobs of dead runs and dead batches go first: then their queued runs count as orphans below.
  const expiredJobs = (await options.expireJobs?.(minutes)) ?? 0;
  abandoned.push(...(await sql<{ id: string; table: string; heartbeatAt: Date | null }[]>`
    UPDATE etl_execution_log l SET status = 'failed', completed_at = now(),
      duration_seconds = extract(epoch FROM now() - started_at),
      error_message = 'Abandoned: queued, but no worker job will start it'
    WHERE ${orphanQueued(sql, minutes, await hasJobQueue(sql))}
    RETURNING id, table_name AS table, heartbeat_at AS "heartbeatAt"`));
  for (const run of abandoned) {
    await sql`
      UPDATE etl_watermarks SET last_extraction_status = 'failed', error_message = 'Abandoned run', updated_at = now()
      WHERE table_name = ${run.table} AND last_run_id = ${run.id} AND last_extraction_status = 'running'`;
  }
  return {
    abandonedRuns: abandoned.map((r) => ({ ...r })),
    droppedStagingTables: await dropOrphanStaging(sql),
    expiredJobs,
  };
}

/**
 * Cleanup's dry run: what it would do now, changing nothing — the same
 * conditions, read instead of applied (the jobs it would fail counted out
 * first, as cleanup does, so their queued runs show as orphans too).
 */
export async function planCleanup(sql: postgres.Sql, options: { staleAfterMinutes?: number } = {}): Promise<CleanupReport> {
  const minutes = options.staleAfterMinutes ?? STALE_AFTER_MINUTES;
  const queue = await hasJobQueue(sql);
  const deadJobs = queue ? await findDeadJobs(sql, minutes) : [];
  const abandonedRuns = await sql<{ id: string; table: string; heartbeatAt: Date | null }[]>`
    SELECT id, table_name AS table, heartbeat_at AS "heartbeatAt" FROM etl_execution_log l
     WHERE (${staleRunning(sql, minutes)}) OR (${orphanQueued(sql, minutes, queue, deadJobs.map((j) => j.id))})
     ORDER BY started_at`;
  return {
    abandonedRuns: abandonedRuns.map((r) => ({ ...r })),
    droppedStagingTables: await findOrphanStaging(sql, abandonedRuns.map((r) => r.id)),
    expiredJobs: deadJobs.length,
  };
}

/**
 * Tables whose last run failed or was cancelled, plus those whose running run
 * cleanup would declare abandoned: what emergency recovery re-runs.
 */
export async function failingTables(sql: postgres.Sql, staleAfterMinutes = STALE_AFTER_MINUTES): Promise<MartTable[]> {
  const rows = await sql<{ table: MartTable }[]>`
    SELECT table_name AS table FROM etl_watermarks WHERE last_extraction_status IN ('failed', 'cancelled')
    UNION
    SELECT table_name FROM etl_execution_log WHERE ${staleRunning(sql, staleAfterMinutes)}
    ORDER BY 1`;
  return rows.map((r) => r.table).filter((t) => (MART_TABLES as readonly string[]).includes(t));
}
