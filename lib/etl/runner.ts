// Executes one queued run: plan the window → extract into staging → merge.
// Each step hands its result to the next; only the merge touches the target.
// A failure is recorded on the run with the phase it happened in.
import type postgres from 'postgres';
import type { ExecutionLogRow } from '../db/schema';
import { ActionableError } from '../errors';
import { TABLES, type MartTable } from './config';
import { extractToStaging, RejectedRowsError, REJECTED_SAMPLES } from './extract';
import { firstLoad } from './first-load';
import { mergeStaging, RunCancelledError, type MergeCounts } from './merge';
import { claimRun, closeRun, lockKey, type RunMode } from './runs';
import type { Source } from './sources/source';
import { createStaging, dropDuplicates, dropStaging } from './staging';
import { RunTracker, type LiveProgress } from './tracker';
import { getWatermark, markWatermark } from './watermarks';
import { planWindow, type Window } from './window';

export type { LiveProgress } from './tracker';

export interface RunnerOptions {
  sql: postgres.Sql;
  source: Source;
  now?: () => Date;
  /** Extraction attempts for transient source errors, and the first backoff. */
  retries?: { tries: number; baseDelayMs: number };
  progressEveryMs?: number;
  onProgress?: (progress: LiveProgress) => void;
}

export type RunOutcome =
  | { runId: string; table: MartTable; status: 'success'; window: Window; counts: MergeCounts; extracted: number; rejected: number }
  | { runId: string; table: MartTable; status: 'failed' | 'cancelled'; error: string }
  | { runId: string; table: MartTable; status: 'not_claimed' };

type Run = Pick<ExecutionLogRow, 'id' | 'startedAt' | 'tableName' | 'mode'>;

export async function executeRun(options: RunnerOptions, run: Run): Promise<RunOutcome> {
  const table = run.tableName as MartTable;
  const conn = await options.sql.reserve();
  try {
    // Held for the whole run on this connection: a crashed process releases it with its connection.
    const [{ locked }] = await conn<{ locked: boolean }[]>`SELECT pg_try_advisory_lock(hashtext(${lockKey('run', table)})) AS locked`;
    if (!locked) {
      const error = `Another process is already running ${table}`;
      await closeRun(options.sql, run, 'failed', { message: error });
      return { runId: run.id, table, status: 'failed', error };
    }
    try {
      if (!(await claimRun(conn, run))) return { runId: run.id, table, status: 'not_claimed' };
      await markWatermark(conn, table, { status: 'running', runId: run.id });
      return await stagedRun(options, conn, run, table);
    } finally {
      await conn`SELECT pg_advisory_unlock(hashtext(${lockKey('run', table)}))`;
    }
  } finally {
    conn.release();
  }
}

async function stagedRun(options: RunnerOptions, conn: postgres.ReservedSql, run: Run, table: MartTable): Promise<RunOutcome> {
  const { sql, source } = options;
  const { watermark } = await getWatermark(conn, table);
  const now = options.now?.() ?? new Date();
  const window = planWindow({ mode: run.mode as RunMode, watermark, lookbackDays: TABLES[table].lookbackDays, now });
  const extractWindow = { table, start: window.start, end: window.end };
  const tracker = new RunTracker(sql, { id: run.id, startedAt: run.startedAt, table }, options.onProgress, options.progressEveryMs);
  const { counters } = tracker;
  let staging: string | undefined;
  try {
    const estimate = await source.estimate(extractWindow).catch(() => ({}) as { rows?: number; bytes?: number });
    tracker.estimate = estimate.rows ?? null;
    await sql`
      UPDATE etl_execution_log SET mode = ${window.mode},
        window_start = ${window.start}::date::timestamp AT TIME ZONE 'UTC',
        window_end = ${window.end}::date::timestamp AT TIME ZONE 'UTC',
        source_query = ${source.describeQuery(extractWindow)}, rows_total_estimate = ${tracker.estimate},
        metadata = metadata || ${sql.json({ source: source.kind, estimatedBytes: estimate.bytes ?? null })}
      WHERE id = ${run.id} AND started_at = ${run.startedAt}`;

    const retries = options.retries ?? { tries: 3, baseDelayMs: 1000 };
    const input = { runId: run.id, source, window: extractWindow, retries, signal: tracker.abort.signal };
    const first = await firstLoad(conn, { ...input, run }, counters);
    if (first.loaded) {
      tracker.done();
      return { runId: run.id, table, status: 'success', window, counts: first.counts, extracted: counters.extracted, rejected: counters.rejected };
    }

    staging = await createStaging(conn, table, run.id);
    const rejections = await extractToStaging(input, counters, conn, staging);
    await tracker.enter('load');
    const duplicates = await dropDuplicates(conn, staging, table);
    await conn.unsafe(`ANALYZE ${staging}`); // the merge plans its joins on real row counts
    await tracker.enter('merge');
    const counts = await mergeStaging(sql, {
      table, staging, window, run, extracted: counters.extracted, rejected: counters.rejected,
      metadata: { rejectedSamples: rejections, duplicates, attempts: counters.attempts },
    });
    tracker.done();
    return { runId: run.id, table, status: 'success', window, counts, extracted: counters.extracted, rejected: counters.rejected };
  } catch (error) {
    const cancelled = error instanceof RunCancelledError || tracker.cancelled;
    const status = cancelled ? 'cancelled' : 'failed';
    const message = cancelled ? 'Cancelled on request' : describeError(error, tracker.phase);
    const metadata = {
      attempts: counters.attempts,
      ...(error instanceof RejectedRowsError ? { rejectedSamples: error.samples.slice(0, REJECTED_SAMPLES) } : {}),
    };
    await tracker.flush().catch(() => {});
    await closeRun(sql, run, status, { message, detail: cancelled ? undefined : errorDetail(error), metadata });
    await markWatermark(sql, table, { status, runId: run.id, error: message });
    return { runId: run.id, table, status, error: message };
  } finally {
    tracker.stop();
    if (staging) await dropStaging(conn, staging).catch(() => {});
  }
}

function describeError(error: unknown, phase: string): string {
  if (error instanceof RejectedRowsError) return error.message;
  // A configuration problem carries its fix, which the console shows on the run.
  const message = error instanceof ActionableError ? `${error.message} ${error.fix}` : error instanceof Error ? error.message : String(error);
  return `${phase} failed: ${message}`;
}

/** The underlying cause, for the run's detail view (never a stack trace). */
function errorDetail(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  return error.cause instanceof Error ? error.cause.message : error.message;
}
