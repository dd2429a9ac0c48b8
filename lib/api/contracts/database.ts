// The database endpoints (SPEC §8): setup status, migrations and their history.
import { z } from 'zod';
import { defineContract } from '../contract';
import { errorResponses } from '../schemas';

const tag = 'Database' as const;

const migrationStatus = z.object({
  applied: z.array(z.string()),
  pending: z.array(z.string()),
  drifted: z.array(z.string()).describe('Applied migrations whose file changed since they ran'),
  unknown: z.array(z.string()).describe('Applied here, but no file in this build'),
  history: z.array(z.object({ tag: z.string(), direction: z.enum(['up', 'down']), hash: z.string(), executedAt: z.iso.datetime({ offset: true }), durationMs: z.number() })),
});

export const dbStatus = defineContract({
  method: 'GET', path: '/db/status', tag, role: 'viewer',
  summary: 'Connection, TimescaleDB edition, overall setup status (optimal | partial | basic | incomplete | error) and migrations',
  responses: { 200: { description: 'The database page’s data', data: z.object({ connection: z.record(z.string(), z.unknown()), setup: z.record(z.string(), z.unknown()), migrations: migrationStatus }) }, ...errorResponses },
});

export const migrations = defineContract({
  method: 'GET', path: '/db/migrations', tag, role: 'viewer',
  summary: 'Applied, pending and drifted migrations, and the history',
  responses: { 200: { description: 'Migration status', data: migrationStatus }, ...errorResponses },
});

export const applyMigrations = defineContract({
  method: 'POST', path: '/db/migrations/apply', tag, role: 'admin',
  summary: 'Apply every pending migration, each in its own transaction',
  responses: { 200: { description: 'The migrations applied (none when up to date)', data: z.object({ applied: z.array(z.string()) }) }, ...errorResponses },
  audit: { action: 'db.migrations.apply' },
});

export const rollbackMigration = defineContract({
  method: 'POST', path: '/db/migrations/rollback', tag, role: 'admin',
  summary: 'Roll back the last applied migration with its down file (the seed’s downgrade -1)',
  responses: {
    200: { description: 'The migration rolled back', data: z.object({ rolledBack: z.string() }) },
    422: { description: 'Nothing to roll back, or the last migration has no down file' },
    ...errorResponses,
  },
  audit: { action: 'db.migrations.rollback' },
});
