// Executes one queued run: extract → stage → merge, with heartbeat, progress,
// cancel, retries of transient source errors, and a failure recorded on the
// run with the phase it happened in. The steps hand results forward; only the
// merge touches the target.
import type postgres from 'postgres';
import type { ExecutionLogRow } from '../db/schema';
import { columnsOf } from './columns';
import { TABLES, type MartTable } from './config';
import { mergeStaging, RunCancelledError, type MergeCounts } from './merge';
import { rowEncoder, type Rejection } from './rows';
import { claimRun, closeRun, lockKey, reportProgress, type RunMode } from './runs';
import { ActionableError } from '../errors';
import { TransientSourceError, type Source } from './sources/source';
import { copyLines, createStaging, dropDuplicates, dropStaging } from './staging';
import { markWatermark, getWatermark } from './watermarks';
import { planWindow, type Window } from './window';

export interface RunnerOptions {
  sql: postgres.Sql;
  source: Source;
  now?: () => Date;
  /** Extraction attempts for transient source errors, and the first backoff. */
  retries?: { tries: number; baseDelayMs: number };
  progressEveryMs?: number;
  onProgress?: (progress: LiveProgress) => void;
}

export interface LiveProgress {
  runId: string;
  table: MartTable;
  phase: 'extract' | 'load' | 'merge' | 'done';
  rowsExtracted: number;
  rowsTotalEstimate: number | null;
}

export type RunOutcome =
  | { runId: string; table: MartTable; status: 'success'; window: Window; counts: MergeCounts; extracted: number; rejected: number }
  | { runId: string; table: MartTable; status: 'failed' | 'cancelled'; error: string }
  | { runId: string; table: MartTable; status: 'not_claimed' };

const MAX_REJECTED_SHARE = 0.01;
const REJECTED_SAMPLES = 20;

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
  const now = options.now?.() ?? new Date();
  const config = TABLES[table];
  const { watermark } = await getWatermark(conn, table);
  const window = planWindow({ mode: run.mode as RunMode, watermark, lookbackDays: config.lookbackDays, now });
  const extractWindow = { table, start: window.start, end: window.end };
  const live = { phase: 'extract' as LiveProgress['phase'], extracted: 0, rejected: 0, attempts: 0, estimate: null as number | null };
  const controller = new AbortController();
  const publish = () =>
    options.onProgress?.({ runId: run.id, table, phase: live.phase, rowsExtracted: live.extracted, rowsTotalEstimate: live.estimate });
  const beat = async () => {
    const { cancelRequested } = await reportProgress(sql, run, { phase: live.phase === 'done' ? undefined : live.phase, rowsExtracted: live.extracted, rowsRejected: live.rejected });
    if (cancelRequested && live.phase !== 'merge') controller.abort(new RunCancelledError());
    publish();
  };
  const timer = setInterval(() => void beat().catch(() => {}), options.progressEveryMs ?? 1000);
  let staging: string | undefined;
  try {
    const estimate = await source.estimate(extractWindow).catch(() => ({}) as { rows?: number });
    live.estimate = estimate.rows ?? null;
    await sql`
      UPDATE etl_execution_log SET mode = ${window.mode},
        window_start = ${window.start}::date::timestamp AT TIME ZONE 'UTC',
        window_end = ${window.end}::date::timestamp AT TIME ZONE 'UTC',
        source_query = ${source.describeQuery(extractWindow)}, rows_total_estimate = ${live.estimate}
      WHERE id = ${run.id} AND started_at = ${run.startedAt}`;
    staging = await createStaging(conn, table, run.id);
    const rejections = await extractWithRetries(run.id, options, conn, staging, extractWindow, live, controller.signal);
    const rejectedShare = live.extracted === 0 ? 0 : live.rejected / live.extracted;
    const metadata = { rejectedSamples: rejections.slice(0, REJECTED_SAMPLES), source: source.kind, attempts: live.attempts };
    if (rejectedShare > MAX_REJECTED_SHARE) {
      throw new RejectedRowsError(live.rejected, live.extracted, metadata);
    }
    live.phase = 'load';
    await beat();
    const duplicates = await dropDuplicates(conn, staging, table);
    await conn.unsafe(`ANALYZE ${staging}`);
    live.phase = 'merge';
    await beat();
    const counts = await mergeStaging(sql, {
      table, staging, window, run, extracted: live.extracted, rejected: live.rejected,
      metadata: { ...metadata, duplicates },
    });
    live.phase = 'done';
    publish();
    return { runId: run.id, table, status: 'success', window, counts, extracted: live.extracted, rejected: live.rejected };
  } catch (error) {
    const cancelled = error instanceof RunCancelledError || controller.signal.reason instanceof RunCancelledError;
    const message = cancelled ? 'Cancelled on request' : describeError(error, live.phase);
    const detail = error instanceof Error && !cancelled ? (error.cause instanceof Error ? error.cause.message : error.message) : undefined;
    const extra = { attempts: live.attempts, ...(error instanceof RejectedRowsError ? error.metadata : {}) };
    await reportProgress(sql, run, { rowsExtracted: live.extracted, rowsRejected: live.rejected });
    await closeRun(sql, run, cancelled ? 'cancelled' : 'failed', { message, detail, metadata: extra });
    await markWatermark(sql, table, { status: cancelled ? 'cancelled' : 'failed', runId: run.id, error: message });
    return { runId: run.id, table, status: cancelled ? 'cancelled' : 'failed', error: message };
  } finally {
    clearInterval(timer);
    if (staging) await dropStaging(conn, staging).catch(() => {});
  }
}

async function extractWithRetries(
  runId: string,
  options: RunnerOptions,
  conn: postgres.ReservedSql,
  staging: string,
  window: { table: MartTable; start: string | null; end: string },
  live: { extracted: number; rejected: number; attempts: number },
  signal: AbortSignal,
): Promise<Rejection[]> {
  const { tries, baseDelayMs } = options.retries ?? { tries: 3, baseDelayMs: 1000 };
  for (let attempt = 1; ; attempt++) {
    const rejections: Rejection[] = [];
    live.extracted = 0;
    live.rejected = 0;
    live.attempts = attempt;
    try {
      await conn.unsafe(`TRUNCATE ${staging}`);
      await copyLines(conn, staging, window.table, encodeBatches(runId, options.source, window, live, rejections, signal));
      return rejections;
    } catch (error) {
      if (!(error instanceof TransientSourceError) || attempt >= tries || signal.aborted) throw error;
      await sleep(baseDelayMs * 2 ** (attempt - 1), signal);
    }
  }
}

async function* encodeBatches(
  runId: string,
  source: Source,
  window: { table: MartTable; start: string | null; end: string },
  live: { extracted: number; rejected: number },
  rejections: Rejection[],
  signal: AbortSignal,
): AsyncIterable<string[]> {
  const config = TABLES[window.table];
  const encoder = rowEncoder(columnsOf(window.table), config.incrementalColumn, window);
  for await (const rows of source.extract(window, { batchSize: config.batchSize, signal, labels: { run_id: runId } })) {
    signal.throwIfAborted();
    const lines: string[] = [];
    for (const row of rows) {
      const encoded = encoder.encode(row, live.extracted++);
      if (typeof encoded === 'string') lines.push(encoded);
      else {
        live.rejected++;
        if (rejections.length < REJECTED_SAMPLES) rejections.push(encoded);
      }
    }
    yield lines;
  }
}

class RejectedRowsError extends Error {
  constructor(rejected: number, extracted: number, readonly metadata: Record<string, unknown>) {
    super(`${rejected} of ${extracted} rows were rejected (${((100 * rejected) / extracted).toFixed(1)} %, more than 1 %); see the samples in the run's metadata`);
  }
}

function describeError(error: unknown, phase: string): string {
  // A configuration problem carries its fix, which the console shows on the run.
  const message = error instanceof ActionableError ? `${error.message} ${error.fix}` : error instanceof Error ? error.message : String(error);
  return error instanceof RejectedRowsError ? message : `${phase} failed: ${message}`;
}

function sleep(ms: number, signal: AbortSignal) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  });
}
