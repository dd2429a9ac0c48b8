// The merge: one transaction that makes the window of the target equal to the
// staged extraction, advances the watermark and closes the run row — so the
// new data, the watermark and the run's success become visible together.
import type postgres from 'postgres';
import { refreshRollups } from '../dashboards/rollups';
import { ident } from '../db/sql';
import { columnsOf } from './columns';
import { TABLES, type MartTable } from './config';
import { lockKey } from './runs';
import { advanceWatermark } from './watermarks';

export interface MergeCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export interface MergeInput {
  table: MartTable;
  staging: string;
  window: { start: string | null; end: string };
  run: { id: string; startedAt: Date };
  extracted: number;
  rejected: number;
  metadata: Record<string, unknown>;
}

export class RunCancelledError extends Error {
  constructor() {
    super('Cancelled on request');
    this.name = 'RunCancelledError';
  }
}

/** Rows of the target inside the window, as a predicate on alias `t`. */
function windowPredicate(table: MartTable, window: MergeInput['window']) {
  const column = `t.${ident(TABLES[table].incrementalColumn)}`;
  const params: string[] = [window.end];
  let sql = `${column} <= $1::date`;
  if (window.start !== null) {
    params.push(window.start);
    sql += ` AND ${column} >= $2::date`;
  }
  return { sql, params };
}

/** Whether the target holds no row inside the window (the first load's condition). */
export async function windowIsEmpty(sql: postgres.Sql | postgres.TransactionSql | postgres.ReservedSql, table: MartTable, window: MergeInput['window']) {
  const predicate = windowPredicate(table, window);
  const [{ empty }] = await sql.unsafe<{ empty: boolean }[]>(
    `SELECT NOT EXISTS (SELECT 1 FROM public.${ident(table)} t WHERE ${predicate.sql}) AS empty`,
    predicate.params,
  );
  return empty;
}

/** Only then can no loaded key collide with a row outside the window, so an empty window needs no upsert. */
export function keyHasWindowColumn(table: MartTable) {
  return TABLES[table].primaryKey.includes(TABLES[table].incrementalColumn);
}

function upsertSql(table: MartTable, staging: string) {
  const columns = columnsOf(table);
  const key = TABLES[table].primaryKey.map(ident);
  const all = columns.map((c) => ident(c.name));
  const rest = columns.filter((c) => !c.key).map((c) => ident(c.name));
  const set = [...rest.map((c) => `${c} = EXCLUDED.${c}`), 'updated_at = now()'].join(', ');
  // The WHERE leaves identical rows untouched: no new row version, no dead tuple.
  const changed = `(${rest.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${rest.map((c) => `EXCLUDED.${c}`).join(', ')})`;
  return `WITH m AS (
      INSERT INTO public.${ident(table)} AS t (${all.join(', ')}) SELECT ${all.join(', ')} FROM ${staging}
      ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${set} WHERE ${changed}
      RETURNING (t.xmax = 0) AS inserted)
    SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM m`;
}

/** First load of a window: nothing to compare or delete, so a plain INSERT … SELECT. */
function insertSql(table: MartTable, staging: string) {
  const all = columnsOf(table).map((c) => ident(c.name)).join(', ');
  return `INSERT INTO public.${ident(table)} (${all}) SELECT ${all} FROM ${staging}`;
}

function deleteVanishedSql(table: MartTable, staging: string, predicate: string) {
  const key = TABLES[table].primaryKey.map(ident);
  const match = key.map((k) => `s.${k} = t.${k}`).join(' AND ');
  return `DELETE FROM public.${ident(table)} t WHERE ${predicate}
    AND NOT EXISTS (SELECT 1 FROM ${staging} s WHERE ${match})`;
}

export async function mergeStaging(sql: postgres.Sql, input: MergeInput): Promise<MergeCounts> {
  const { table, staging, run } = input;
  const predicate = windowPredicate(table, input.window);
  return (await sql.begin(async (tx) => {
    // The last line of defence: whatever the queue did, one merge per table at a time.
    await tx`SELECT pg_advisory_xact_lock(hashtext(${lockKey('merge', table)}))`;
    // No row lock yet: the run's heartbeat keeps writing while the merge works.
    // closeSucceeded re-checks under the lock, so a late cancel still rolls back.
    const [state] = await tx<{ status: string; cancel: boolean | null }[]>`
      SELECT status, (metadata->>'cancelRequested')::boolean AS cancel FROM etl_execution_log
      WHERE id = ${run.id} AND started_at = ${run.startedAt}`;
    if (!state || state.status !== 'running' || state.cancel) throw new RunCancelledError();

    const [{ staged, loadedUpTo }] = await tx.unsafe<{ staged: number; loadedUpTo: string | null }[]>(
      `SELECT count(*)::int AS staged, to_char(max(${ident(TABLES[table].incrementalColumn)}), 'YYYY-MM-DD') AS "loadedUpTo" FROM ${staging}`,
    );
    let counts: MergeCounts;
    if (keyHasWindowColumn(table) && (await windowIsEmpty(tx, table, input.window))) {
      const result = await tx.unsafe(insertSql(table, staging));
      counts = { inserted: result.count, updated: 0, unchanged: 0, deleted: 0 };
    } else {
      const [upserted] = await tx.unsafe<{ inserted: number; updated: number }[]>(upsertSql(table, staging));
      const deleted = await tx.unsafe(deleteVanishedSql(table, staging, predicate.sql), predicate.params);
      counts = {
        ...upserted,
        unchanged: staged - upserted.inserted - upserted.updated,
        deleted: deleted.count,
      };
    }

    // The dashboards' rollups of this window change in the same transaction as the rows they sum.
    await refreshRollups(tx, table, input.window);
    const seconds = await closeSucceeded(tx, input, counts);
    await advanceWatermark(tx, table, { loadedUpTo, runId: run.id, rows: staged, seconds });
    return counts;
  })) as MergeCounts;
}

/** In the loading transaction: the run becomes a success with its counts — unless cancelled meanwhile. */
export async function closeSucceeded(
  tx: postgres.TransactionSql | postgres.ReservedSql,
  input: Omit<MergeInput, 'staging' | 'window' | 'table'>,
  counts: MergeCounts,
) {
  const [row] = await tx<{ seconds: number }[]>`
    UPDATE etl_execution_log SET status = 'success', phase = 'done', completed_at = now(), heartbeat_at = now(),
      duration_seconds = extract(epoch FROM now() - started_at),
      rows_extracted = ${input.extracted}, rows_rejected = ${input.rejected},
      rows_inserted = ${counts.inserted}, rows_updated = ${counts.updated},
      rows_unchanged = ${counts.unchanged}, rows_deleted = ${counts.deleted},
      metadata = metadata || ${tx.json(input.metadata as postgres.JSONValue)}
    WHERE id = ${input.run.id} AND started_at = ${input.run.startedAt}
      AND status = 'running' AND (metadata->>'cancelRequested') IS DISTINCT FROM 'true'
    RETURNING duration_seconds AS seconds`;
  if (!row) throw new RunCancelledError(); // cancelled (or failed by cleanup) while merging: roll it all back
  return row.seconds;
}
