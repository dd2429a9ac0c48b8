// The first load of an empty window skips staging: one transaction COPYs the
// extraction straight into the target, advances the watermark and closes the
// run — as atomic as the merge (a crash rolls it all back), at COPY's speed.
import type postgres from 'postgres';
import { refreshRollups } from '../dashboards/rollups';
import { ident } from '../db/sql';
import { columnsOf } from './columns';
import type { MartTable } from './config';
import { extract, type ExtractCounters, type ExtractInput } from './extract';
import { closeSucceeded, keyHasWindowColumn, windowIsEmpty, type MergeCounts } from './merge';
import type { Rejection } from './rows';
import { lockKey } from './runs';
import { copyLines } from './staging';
import { advanceWatermark } from './watermarks';

const UNIQUE_VIOLATION = '23505';

export type FirstLoadOutcome =
  | { loaded: true; counts: MergeCounts }
  /** The window already holds rows, or the source repeated a key: use the staged path. */
  | { loaded: false; reason: 'not empty' | 'duplicate keys' };

export async function firstLoad(
  conn: postgres.ReservedSql,
  input: ExtractInput & { run: { id: string; startedAt: Date } },
  counters: ExtractCounters,
): Promise<FirstLoadOutcome> {
  const table = input.window.table;
  if (!keyHasWindowColumn(table)) return { loaded: false, reason: 'not empty' };
  // Checked once without the lock, so a window with data never waits on another merge.
  if (!(await windowIsEmpty(conn, table, input.window))) return { loaded: false, reason: 'not empty' };
  await conn.unsafe('BEGIN');
  try {
    await conn`SELECT pg_advisory_xact_lock(hashtext(${lockKey('merge', table)}))`;
    if (!(await windowIsEmpty(conn, table, input.window))) {
      await conn.unsafe('ROLLBACK');
      return { loaded: false, reason: 'not empty' };
    }
    const rejections = await extract(input, counters, (lines) => copyAttempt(conn, table, lines), { sequence: false });
    const counts = { inserted: counters.extracted - counters.rejected, updated: 0, unchanged: 0, deleted: 0 };
    const metadata = { rejectedSamples: rejections satisfies Rejection[], duplicates: 0, attempts: counters.attempts, firstLoad: true };
    await refreshRollups(conn, table, input.window);
    const seconds = await closeSucceeded(conn, { run: input.run, extracted: counters.extracted, rejected: counters.rejected, metadata }, counts);
    await advanceWatermark(conn, table, { loadedUpTo: counters.newest, runId: input.run.id, rows: counts.inserted, seconds });
    await conn.unsafe('COMMIT');
    return { loaded: true, counts };
  } catch (error) {
    await conn.unsafe('ROLLBACK').catch(() => {});
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) return { loaded: false, reason: 'duplicate keys' };
    throw error;
  }
}

/** One extraction attempt under a savepoint, so a retried attempt starts from an empty window again. */
async function copyAttempt(conn: postgres.ReservedSql, table: MartTable, lines: AsyncIterable<string[]>) {
  await conn.unsafe('SAVEPOINT extract_attempt');
  try {
    await copyLines(conn, `public.${ident(table)}`, columnsOf(table).map((c) => c.name), lines);
    await conn.unsafe('RELEASE SAVEPOINT extract_attempt');
  } catch (error) {
    await conn.unsafe('ROLLBACK TO SAVEPOINT extract_attempt');
    throw error;
  }
}
