// The ETL endpoints (SPEC §8), at the seed's paths.
import { z } from 'zod';
import { RUN_MODES } from '../../db/schema';
import { runFiltersSchema } from '../../etl/run-log';
import { concurrencySchema, dateSchema, daysSchema, modeSchema, staleMinutesSchema, tableSchema } from '../../etl/requests';
import { defineContract } from '../contract';
import { errorResponses, healthSchema, idParams, refreshOutcomeSchema, runSchema, tableParams, tableStatusSchema, watermarkSchema } from '../schemas';

const tag = 'ETL' as const;

export const refreshDashboard = defineContract({
  method: 'POST', path: '/etl/refresh/dashboard', tag, role: 'operator',
  summary: 'Refresh every table (or the ones named), a few at a time',
  description: 'Queues one run per table; a worker runs them with at most max_concurrent at once. Fresh tables are skipped unless forced; a table already running returns that run.',
  body: z.object({
    force: z.boolean().default(false),
    tables: z.array(tableSchema).min(1).max(5).optional(),
    max_concurrent: concurrencySchema.default(2),
    mode: modeSchema.default('incremental'),
  }).strict(),
  responses: { 202: { description: 'Runs queued, skipped or already running, per table', data: z.object({ runs: z.array(refreshOutcomeSchema) }) }, ...errorResponses },
  audit: { action: 'etl.refresh.dashboard', target: ({ body }) => (body.tables ?? ['*']).join(',') },
});

export const refreshTable = defineContract({
  method: 'POST', path: '/etl/refresh/table/{table}', tag, role: 'operator',
  summary: 'Refresh one table',
  params: tableParams,
  query: z.object({ force: z.stringbool().default(false), mode: modeSchema.default('incremental') }).strict(),
  responses: {
    202: { description: 'The run was queued', data: refreshOutcomeSchema },
    200: { description: 'Skipped: the table is fresher than its refresh interval (use force=true)', data: refreshOutcomeSchema },
    409: { description: 'A run of this table is already queued or running: error.code already_running, details.runId names the run' },
    ...errorResponses,
  },
  audit: { action: 'etl.refresh.table', target: ({ params }) => params.table },
});

export const status = defineContract({
  method: 'GET', path: '/etl/status', tag, role: 'viewer',
  summary: 'Health, freshness and the run in flight of every table',
  responses: { 200: { description: 'The ETL at a glance', data: z.object({ health: healthSchema, tables: z.array(tableStatusSchema) }) }, ...errorResponses },
});

export const tableStatus = defineContract({
  method: 'GET', path: '/etl/status/table/{table}', tag, role: 'viewer',
  summary: 'One table: configuration, watermark, freshness and recent runs',
  params: tableParams,
  responses: { 200: { description: 'The table', data: tableStatusSchema.extend({ config: z.record(z.string(), z.unknown()), recentRuns: z.array(runSchema) }) }, ...errorResponses },
});

export const health = defineContract({
  method: 'GET', path: '/etl/health', tag, role: 'viewer',
  summary: 'healthy | degraded | unhealthy | initializing (503 when unhealthy)',
  responses: {
    200: { description: 'Healthy, degraded or initializing', data: z.object({ status: healthSchema, tables: z.array(z.object({ table: tableSchema, freshness: z.string(), lastStatus: z.string().nullable() })) }) },
    503: { description: 'Unhealthy: every table failing or stale' },
    ...errorResponses,
  },
});

export const configTables = defineContract({
  method: 'GET', path: '/etl/config/tables', tag, role: 'viewer',
  summary: 'Per-table configuration (lib/etl/config.ts)',
  responses: { 200: { description: 'Each table’s incremental column, lookback, batch, cadence and layout', data: z.array(z.record(z.string(), z.unknown())) }, ...errorResponses },
});

export const extractionModes = defineContract({
  method: 'GET', path: '/etl/config/extraction-modes', tag, role: 'viewer',
  summary: 'The three extraction modes and their windows',
  responses: { 200: { description: 'Modes', data: z.array(z.object({ mode: z.enum(RUN_MODES), description: z.string() })) }, ...errorResponses },
});

export const cleanup = defineContract({
  method: 'POST', path: '/etl/cleanup', tag, role: 'admin',
  summary: 'Fail abandoned runs, drop orphan staging tables, fail jobs of dead workers',
  description: 'With dry_run, says what it would do and changes nothing.',
  body: z.object({ stale_minutes: staleMinutesSchema.optional(), dry_run: z.boolean().default(false) }).strict(),
  responses: {
    200: {
      description: 'What cleanup did (or, in a dry run, would do)',
      data: z.object({
        dryRun: z.boolean(),
        abandonedRuns: z.array(z.object({ id: z.uuid(), table: z.string() })), droppedStagingTables: z.array(z.string()), expiredJobs: z.number(),
      }),
    },
    ...errorResponses,
  },
  audit: { action: 'etl.cleanup', target: ({ body }) => (body.dry_run ? 'dry run' : null) },
});

export const recover = defineContract({
  method: 'POST', path: '/etl/recover', tag, role: 'admin',
  summary: 'Emergency recovery: cleanup, re-run failing tables, then full refreshes of those still failing',
  body: z.object({ dry_run: z.boolean().default(false) }).strict(),
  responses: {
    200: { description: 'Dry run: what recovery would do, nothing changed', data: z.object({ dryRun: z.literal(true), plan: z.unknown() }) },
    202: { description: 'Recovery queued as a job', data: z.object({ dryRun: z.literal(false), plan: z.unknown(), jobId: z.string().nullable() }) },
    ...errorResponses,
  },
  audit: { action: 'etl.recover', target: ({ body }) => (body.dry_run ? 'dry run' : null) },
});

export const cancelAll = defineContract({
  method: 'POST', path: '/etl/cancel', tag, role: 'operator',
  summary: 'Cancel every queued or running run (running ones stop between batches)',
  responses: { 200: { description: 'The runs asked to stop', data: z.object({ cancelled: z.array(z.uuid()) }) }, ...errorResponses },
  audit: { action: 'etl.cancel' },
});

export const cancelTable = defineContract({
  method: 'POST', path: '/etl/cancel/table/{table}', tag, role: 'operator',
  summary: 'Cancel the run of one table',
  params: tableParams,
  responses: { 200: { description: 'The runs asked to stop', data: z.object({ cancelled: z.array(z.uuid()) }) }, ...errorResponses },
  audit: { action: 'etl.cancel.table', target: ({ params }) => params.table },
});

export const watermarks = defineContract({
  method: 'GET', path: '/etl/watermarks', tag, role: 'viewer',
  summary: 'Every table’s watermark',
  responses: { 200: { description: 'Watermarks', data: z.array(watermarkSchema) }, ...errorResponses },
});

export const resetWatermark = defineContract({
  method: 'PUT', path: '/etl/watermarks/{table}', tag, role: 'admin',
  summary: 'Set a table’s watermark to a date (backwards allowed): the next incremental run re-reads from there',
  params: tableParams,
  body: z.object({ watermark: dateSchema }).strict(),
  responses: {
    200: { description: 'The new watermark and the one it replaced', data: z.object({ table: tableSchema, previous: z.string().nullable(), watermark: z.string() }) },
    409: { description: 'A run of this table is queued or running: error.code already_running, details.runId names the run; cancel it or wait' },
    ...errorResponses,
  },
  audit: { action: 'etl.watermark.reset', target: ({ params }) => params.table },
});

export const runs = defineContract({
  method: 'GET', path: '/etl/runs', tag, role: 'viewer',
  summary: 'The run log, newest first, filtered and paged by cursor',
  query: runFiltersSchema.strict(),
  responses: { 200: { description: 'A page of runs', data: z.object({ runs: z.array(runSchema), nextCursor: z.string().nullable() }) }, ...errorResponses },
});

export const run = defineContract({
  method: 'GET', path: '/etl/runs/{id}', tag, role: 'viewer',
  summary: 'One run: window, counts, progress, source query, error detail',
  params: idParams,
  responses: { 200: { description: 'The run', data: runSchema }, 404: { description: 'No such run' }, ...errorResponses },
});

export const validate = defineContract({
  method: 'GET', path: '/etl/validate/{table}', tag, role: 'viewer',
  summary: 'Schema against the model, and source vs target per day over the last N days',
  params: tableParams,
  query: z.object({ days: daysSchema.default(7) }).strict(),
  responses: { 200: { description: 'Schema problems and the daily reconciliation', data: z.object({ table: tableSchema, schema: z.array(z.object({ column: z.string(), problem: z.string() })), days: z.array(z.unknown()), differingDays: z.number() }) }, ...errorResponses },
});
