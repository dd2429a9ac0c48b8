// Reading the run log: filtered, newest first, in pages. The cursor is the
// (started_at, id) of the page's last run, so pages stay stable while new runs
// arrive at the top.
import { z } from 'zod';
import { RUN_STATUSES, RUN_TRIGGERS, type ExecutionLogRow } from '../db/schema';
import { modeSchema, tableSchema } from './requests';
import { RUN_COLUMNS, type Sql } from './runs';

const instant = z.iso.datetime({ offset: true }).or(z.iso.date());

export const runFiltersSchema = z.object({
  table: tableSchema.optional(),
  status: z.enum(RUN_STATUSES).optional(),
  mode: modeSchema.optional(),
  trigger: z.enum(RUN_TRIGGERS).optional(),
  /** Runs started at or after (a date means its midnight, UTC). */
  from: instant.optional(),
  /** Runs started before. */
  to: instant.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type RunFilters = z.infer<typeof runFiltersSchema>;

export class BadCursorError extends Error {}

export async function listRuns(sql: Sql, filters: RunFilters): Promise<{ runs: ExecutionLogRow[]; nextCursor: string | null }> {
  const after = filters.cursor ? decodeCursor(filters.cursor) : null;
  // The cursor keeps started_at's full microseconds: a JavaScript Date would round them away.
  const runs = await sql.unsafe<(ExecutionLogRow & { _cursor: string })[]>(
    `SELECT ${RUN_COLUMNS}, started_at::text || '|' || id AS _cursor FROM etl_execution_log
     WHERE ($1::text IS NULL OR table_name = $1) AND ($2::text IS NULL OR status = $2)
       AND ($3::text IS NULL OR mode = $3) AND ($4::text IS NULL OR trigger = $4)
       AND ($5::timestamptz IS NULL OR started_at >= $5) AND ($6::timestamptz IS NULL OR started_at < $6)
       AND ($7::timestamptz IS NULL OR (started_at, id) < ($7, $8::uuid))
     ORDER BY started_at DESC, id DESC LIMIT $9`,
    [
      filters.table ?? null, filters.status ?? null, filters.mode ?? null, filters.trigger ?? null,
      filters.from ?? null, filters.to ?? null, after?.startedAt ?? null, after?.id ?? null, filters.limit + 1,
    ],
  );
  const page = runs.slice(0, filters.limit);
  const last = page.at(-1);
  return {
    runs: page.map(({ _cursor, ...run }) => run),
    nextCursor: runs.length > filters.limit && last ? Buffer.from(last._cursor).toString('base64url') : null,
  };
}

function decodeCursor(cursor: string): { startedAt: string; id: string } {
  const [startedAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!startedAt || Number.isNaN(Date.parse(startedAt)) || !z.uuid().safeParse(id).success) {
    throw new BadCursorError('The cursor is not one this API returned');
  }
  return { startedAt, id };
}
