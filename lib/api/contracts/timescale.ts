// The TimescaleDB admin views (SPEC §7, §8). On plain PostgreSQL or the apache
// edition a view the database cannot provide answers 200 with
// {available: false, reason, fix}: a fact about the database, not an error.
import { z } from 'zod';
import { MART_TABLES } from '../../etl/config';
import { defineContract } from '../contract';
import { errorResponses } from '../schemas';

const tag = 'TimescaleDB' as const;
const view = z.looseObject({ available: z.boolean(), edition: z.string() })
  .describe('{available: true, rows, limitations} or {available: false, feature, reason, fix}');

const read = (path: string, summary: string) =>
  defineContract({ method: 'GET', path, tag, role: 'viewer', summary, responses: { 200: { description: summary, data: view }, ...errorResponses } });

export const hypertables = read('/timescale/hypertables', 'Hypertables with their chunk interval, chunk counts and sizes');
export const policies = read('/timescale/policies', 'Retention and compression policies — TimescaleDB’s, or the retention Pulso enforces itself');
export const compression = read('/timescale/compression', 'Compression per hypertable: chunks, bytes before and after, ratio');
export const jobs = read('/timescale/jobs', 'Background jobs with their stats and recent errors');
export const continuousAggregates = read('/timescale/continuous-aggregates', 'Continuous aggregates and their refresh state');

export const chunks = defineContract({
  method: 'GET', path: '/timescale/chunks', tag, role: 'viewer',
  summary: 'Chunks, newest first: range, size, compressed or not',
  query: z.object({
    hypertable: z.enum([...MART_TABLES, 'etl_execution_log'], { error: (issue) => `Unknown hypertable "${String(issue.input)}"` }).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  }).strict(),
  responses: { 200: { description: 'Chunks', data: view }, ...errorResponses },
});

export const settings = defineContract({
  method: 'GET', path: '/db/settings', tag: 'Database', role: 'viewer',
  summary: 'Current server settings next to the seed’s production recommendations',
  responses: { 200: { description: 'One row per setting', data: z.array(z.looseObject({ name: z.string(), current: z.string().nullable(), recommended: z.string(), matches: z.boolean() })) }, ...errorResponses },
});
