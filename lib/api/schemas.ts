// zod schemas shared by several contracts: path parameters and the shapes of
// runs, watermarks and table statuses as the API returns them (JSON: dates as
// ISO strings).
import { z } from 'zod';
import { RUN_MODES, RUN_PHASES, RUN_STATUSES, RUN_TRIGGERS, WATERMARK_STATUSES } from '../db/schema';
import { ROLES } from '../auth/roles';
import { tableSchema } from '../etl/requests';

export const tableParams = z.object({ table: tableSchema });
export const idParams = z.object({ id: z.uuid({ error: (issue) => `No such id: "${String(issue.input)}"` }) });

const instant = z.iso.datetime({ offset: true });
const nullableInstant = instant.nullable();

export const runSchema = z.object({
  id: z.uuid(),
  tableName: tableSchema,
  mode: z.enum(RUN_MODES),
  trigger: z.enum(RUN_TRIGGERS),
  triggeredBy: z.string().nullable(),
  status: z.enum(RUN_STATUSES),
  windowStart: nullableInstant,
  windowEnd: nullableInstant,
  phase: z.enum(RUN_PHASES).nullable(),
  rowsExtracted: z.number().int(),
  rowsInserted: z.number().int(),
  rowsUpdated: z.number().int(),
  rowsUnchanged: z.number().int(),
  rowsDeleted: z.number().int(),
  rowsRejected: z.number().int(),
  rowsTotalEstimate: z.number().int().nullable(),
  startedAt: instant,
  heartbeatAt: nullableInstant,
  completedAt: nullableInstant,
  durationSeconds: z.number().nullable(),
  errorMessage: z.string().nullable(),
  errorDetail: z.string().nullable(),
  sourceQuery: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()),
});

export const watermarkSchema = z.object({
  tableName: tableSchema,
  watermark: z.iso.date().nullable().describe('The highest incremental-column value loaded and committed'),
  lastRunId: z.uuid().nullable(),
  lastExtractionStatus: z.enum(WATERMARK_STATUSES).nullable(),
  recordsExtracted: z.number().int(),
  extractionDurationSeconds: z.number().nullable(),
  errorMessage: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()),
  updatedAt: instant,
});

export const healthSchema = z.enum(['healthy', 'degraded', 'unhealthy', 'initializing']);

export const tableStatusSchema = z.object({
  table: tableSchema,
  refreshEveryHours: z.number(),
  watermark: watermarkSchema,
  lastSuccessAt: nullableInstant,
  ageHours: z.number().nullable(),
  freshness: z.enum(['fresh', 'due', 'stale', 'never']),
  activeRun: runSchema.nullable(),
});

export const refreshOutcomeSchema = z.object({
  table: tableSchema,
  status: z.enum(['queued', 'already_running', 'skipped']),
  runId: z.uuid().nullable(),
  reason: z.string().nullable(),
});

export const userSchema = z.object({
  id: z.uuid(),
  email: z.email(),
  name: z.string(),
  role: z.enum(ROLES),
  disabledAt: nullableInstant,
  lastSignInAt: nullableInstant,
  createdAt: instant,
  updatedAt: instant,
});

export const tokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().describe('The first characters of the secret, to recognise it'),
  role: z.enum(ROLES),
  createdBy: z.uuid().nullable(),
  expiresAt: nullableInstant,
  revokedAt: nullableInstant,
  lastUsedAt: nullableInstant,
  createdAt: instant,
  updatedAt: instant,
});

export const errorResponses = {
  401: { description: 'Not signed in, or the API token is unknown, revoked or expired' },
  403: { description: 'The caller’s role may not do this (or a cross-origin request carried the session cookie)' },
} as const;
