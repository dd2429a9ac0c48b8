// Watermarks (etl_watermarks): per table, the highest incremental-column value
// loaded and committed. It only moves forward, in the merge transaction that
// loads the data it describes; only an admin reset moves it back.
import type postgres from 'postgres';
import type { Watermark } from '../db/schema';
import { MART_TABLES, type MartTable } from './config';
import { dateSchema, parseOrThrow, tableSchema } from './requests';
import type { Sql } from './runs';

export interface WatermarkView extends Omit<Watermark, 'lastExtractedAt'> {
  /** The watermark as a date (YYYY-MM-DD), the unit of every incremental column. */
  watermark: string | null;
}

const SELECT = `SELECT id, table_name AS "tableName",
  to_char(last_extracted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS watermark,
  last_run_id AS "lastRunId", last_extraction_status AS "lastExtractionStatus",
  records_extracted::int AS "recordsExtracted", extraction_duration_seconds AS "extractionDurationSeconds",
  error_message AS "errorMessage", metadata, created_at AS "createdAt", updated_at AS "updatedAt"
  FROM etl_watermarks`;

/** Every mart table's watermark, with an empty one for tables never loaded. */
export async function listWatermarks(sql: Sql): Promise<WatermarkView[]> {
  const rows = await sql.unsafe<WatermarkView[]>(`${SELECT} ORDER BY table_name`);
  const byTable = new Map(rows.map((r) => [r.tableName, r]));
  return MART_TABLES.map((table) => byTable.get(table) ?? emptyWatermark(table));
}

export async function getWatermark(sql: Sql, table: MartTable): Promise<WatermarkView> {
  const [row] = await sql.unsafe<WatermarkView[]>(`${SELECT} WHERE table_name = $1`, [table]);
  return row ?? emptyWatermark(table);
}

function emptyWatermark(table: string): WatermarkView {
  return {
    id: 0, tableName: table, watermark: null, lastRunId: null, lastExtractionStatus: null,
    recordsExtracted: 0, extractionDurationSeconds: null, errorMessage: null, metadata: {},
    createdAt: new Date(0), updatedAt: new Date(0),
  };
}

/** Inside the merge transaction: advance to the highest value loaded, never backwards. */
export async function advanceWatermark(
  tx: postgres.TransactionSql | postgres.ReservedSql,
  table: MartTable,
  update: { loadedUpTo: string | null; runId: string; rows: number; seconds: number },
) {
  await tx`
    INSERT INTO etl_watermarks AS w (table_name, last_extracted_at, last_run_id, last_extraction_status,
      records_extracted, extraction_duration_seconds, error_message)
    VALUES (${table}, ${update.loadedUpTo}::date::timestamp AT TIME ZONE 'UTC', ${update.runId}, 'success',
      ${update.rows}, ${update.seconds}, NULL)
    ON CONFLICT (table_name) DO UPDATE SET
      last_extracted_at = GREATEST(w.last_extracted_at, EXCLUDED.last_extracted_at),
      last_run_id = EXCLUDED.last_run_id, last_extraction_status = 'success',
      records_extracted = EXCLUDED.records_extracted,
      extraction_duration_seconds = EXCLUDED.extraction_duration_seconds,
      error_message = NULL, updated_at = now()`;
}

/** A run ended without loading: record it, leaving the watermark value alone. */
export async function markWatermark(
  sql: Sql,
  table: MartTable,
  update: { status: 'running' | 'failed' | 'cancelled'; runId: string; error?: string | null },
) {
  await sql`
    INSERT INTO etl_watermarks AS w (table_name, last_run_id, last_extraction_status, error_message)
    VALUES (${table}, ${update.runId}, ${update.status}, ${update.error ?? null})
    ON CONFLICT (table_name) DO UPDATE SET last_run_id = EXCLUDED.last_run_id,
      last_extraction_status = EXCLUDED.last_extraction_status,
      error_message = EXCLUDED.error_message, updated_at = now()`;
}

/**
 * The admin's reset: sets the watermark to `date` (backwards allowed), so the
 * next incremental run re-reads from there minus the lookback.
 */
export async function resetWatermark(sql: postgres.Sql, tableName: string, dateText: string, by?: string | null) {
  const table = parseOrThrow(tableSchema, tableName);
  const date = parseOrThrow(dateSchema, dateText);
  const [row] = await sql<{ previous: string | null }[]>`
    WITH old AS (SELECT to_char(last_extracted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS previous
                 FROM etl_watermarks WHERE table_name = ${table})
    INSERT INTO etl_watermarks AS w (table_name, last_extracted_at, last_extraction_status, metadata)
    VALUES (${table}, ${date}::date::timestamp AT TIME ZONE 'UTC', 'reset',
            jsonb_build_object('resetBy', ${by ?? null}::text, 'resetAt', now()))
    ON CONFLICT (table_name) DO UPDATE SET last_extracted_at = EXCLUDED.last_extracted_at,
      last_extraction_status = 'reset', error_message = NULL,
      metadata = w.metadata || EXCLUDED.metadata, updated_at = now()
    RETURNING (SELECT previous FROM old)`;
  return { table, previous: row?.previous ?? null, watermark: date };
}
