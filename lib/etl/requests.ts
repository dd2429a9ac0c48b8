// Validation of what users ask the ETL (CLI arguments now, API bodies later):
// table names only from the configured set, modes and dates checked, with
// messages that say what is allowed.
import { z } from 'zod';
import { RUN_MODES } from '../db/schema';
import { MART_TABLES } from './config';
import { isValidDate } from './rows';

export const tableSchema = z.enum(MART_TABLES, {
  error: (issue) => `Unknown table "${String(issue.input)}". Tables: ${MART_TABLES.join(', ')}`,
});

export const modeSchema = z.enum(RUN_MODES, {
  error: (issue) => `Unknown mode "${String(issue.input)}". Modes: ${RUN_MODES.join(', ')}`,
});

export const dateSchema = z
  .string({ error: 'A date (YYYY-MM-DD) is required' })
  .refine(isValidDate, { error: (issue) => `"${String(issue.input)}" is not a date (YYYY-MM-DD)` });

export const concurrencySchema = z.coerce
  .number({ error: 'max_concurrent must be a number' })
  .int()
  .min(1, 'max_concurrent must be at least 1')
  .max(5, 'max_concurrent is at most 5 (one per table)');

export const daysSchema = z.coerce
  .number({ error: '--days must be a whole number of days' })
  .int('--days must be a whole number of days')
  .min(1, 'days must be at least 1')
  .max(400, 'days is at most 400 (the demo and the marts keep about 13 months)');

export const staleMinutesSchema = z.coerce
  .number({ error: 'stale minutes must be a number' })
  .int('stale minutes must be a whole number')
  .min(1, 'stale minutes must be at least 1 (a live run beats every second)');

/** Parses with `schema`, throwing one readable message on failure. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidRequestError(result.error.issues.map((i) => i.message).join('; '));
  return result.data;
}

export class InvalidRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidRequestError';
  }
}
