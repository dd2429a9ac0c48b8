// The ETL's control tables (SPEC §3): one watermark row per table and one log
// row per run. The log is a hypertable on started_at, so started_at is in its key.
import { sql } from 'drizzle-orm';
import {
  bigint, doublePrecision, index, jsonb, pgTable, primaryKey, serial, text, timestamp, uuid,
} from 'drizzle-orm/pg-core';
import { oneOf, timestamps } from './columns';

export const WATERMARK_STATUSES = ['success', 'failed', 'running', 'cancelled', 'reset'] as const;
export const RUN_MODES = ['incremental', 'full_refresh', 'sliding_window'] as const;
export const RUN_TRIGGERS = ['manual', 'api', 'schedule', 'recovery', 'cli'] as const;
export const RUN_STATUSES = ['queued', 'running', 'success', 'failed', 'cancelled'] as const;
export const RUN_PHASES = ['extract', 'load', 'merge', 'done'] as const;

const tz = (name: string) => timestamp(name, { withTimezone: true });
const rows = (name: string) => bigint(name, { mode: 'number' }).notNull().default(0);

export const etlWatermarks = pgTable(
  'etl_watermarks',
  {
    id: serial('id').primaryKey(),
    tableName: text('table_name').notNull().unique(),
    lastExtractedAt: tz('last_extracted_at'),
    lastRunId: uuid('last_run_id'),
    lastExtractionStatus: text('last_extraction_status'),
    recordsExtracted: rows('records_extracted'),
    extractionDurationSeconds: doublePrecision('extraction_duration_seconds'),
    errorMessage: text('error_message'),
    metadata: jsonb('metadata').notNull().default({}),
    ...timestamps,
  },
  () => [oneOf('etl_watermarks', 'last_extraction_status', WATERMARK_STATUSES)],
);

export const etlExecutionLog = pgTable(
  'etl_execution_log',
  {
    id: uuid('id').notNull().defaultRandom(),
    tableName: text('table_name').notNull(),
    mode: text('mode').notNull(),
    trigger: text('trigger').notNull(),
    triggeredBy: text('triggered_by'),
    status: text('status').notNull().default('queued'),
    windowStart: tz('window_start'),
    windowEnd: tz('window_end'),
    phase: text('phase'),
    rowsExtracted: rows('rows_extracted'),
    rowsInserted: rows('rows_inserted'),
    rowsUpdated: rows('rows_updated'),
    rowsUnchanged: rows('rows_unchanged'),
    rowsDeleted: rows('rows_deleted'),
    rowsRejected: rows('rows_rejected'),
    rowsTotalEstimate: bigint('rows_total_estimate', { mode: 'number' }),
    startedAt: tz('started_at').notNull().defaultNow(),
    heartbeatAt: tz('heartbeat_at'),
    completedAt: tz('completed_at'),
    durationSeconds: doublePrecision('duration_seconds'),
    errorMessage: text('error_message'),
    errorDetail: text('error_detail'),
    sourceQuery: text('source_query'),
    metadata: jsonb('metadata').notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.startedAt] }),
    oneOf('etl_execution_log', 'mode', RUN_MODES),
    oneOf('etl_execution_log', 'trigger', RUN_TRIGGERS),
    oneOf('etl_execution_log', 'status', RUN_STATUSES),
    oneOf('etl_execution_log', 'phase', RUN_PHASES),
    index('etl_execution_log_table_idx').on(t.tableName, t.startedAt.desc()),
    // Small: only the runs still in flight, which cleanup and the overview scan.
    index('etl_execution_log_active_idx')
      .on(t.status)
      .where(sql`${t.status} IN ('queued', 'running')`),
  ],
);

export type Watermark = typeof etlWatermarks.$inferSelect;
export type ExecutionLogRow = typeof etlExecutionLog.$inferSelect;
