// The audit log: who did what, to what, with which parameters, how it ended,
// when and from where — for every mutation and every sign-in attempt. Written
// after the fact and never updated; secrets in parameters are redacted first.
import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { ACTOR_KINDS, AUDIT_RESULTS, auditLog, type AuditEntry } from '../db/schema/auth';

export interface AuditRecord {
  actorKind: (typeof ACTOR_KINDS)[number];
  actor?: string | null;
  actorId?: string | null;
  action: string;
  target?: string | null;
  params?: Record<string, unknown>;
  result: (typeof AUDIT_RESULTS)[number];
  httpStatus?: number | null;
  error?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

const SECRET_KEY = /pass(word)?|secret|authorization|cookie|token_hash/i;

/** Parameters as recorded: secrets replaced, long strings cut, so the log never becomes a leak. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 4) return '[…]';
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redact(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : redact(v, depth + 1)]),
    );
  }
  return typeof value === 'string' && value.length > 500 ? `${value.slice(0, 500)}…` : value;
}

export async function writeAudit(db: Db, record: AuditRecord): Promise<void> {
  await db.insert(auditLog).values({
    ...record,
    params: (redact(record.params ?? {}) as Record<string, unknown>),
    userAgent: record.userAgent?.slice(0, 300) ?? null,
    error: record.error?.slice(0, 1000) ?? null,
  });
}

export const auditQuerySchema = z.object({
  actor: z.string().max(254).optional(),
  action: z.string().max(80).optional(),
  result: z.enum(AUDIT_RESULTS).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  /** The id of the last entry of the previous page. */
  cursor: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** Newest first, in pages; `nextCursor` is null on the last page. */
export async function listAudit(db: Db, query: AuditQuery): Promise<{ entries: AuditEntry[]; nextCursor: number | null }> {
  const where: SQL[] = [];
  if (query.actor) where.push(eq(auditLog.actor, query.actor));
  if (query.action) where.push(eq(auditLog.action, query.action));
  if (query.result) where.push(eq(auditLog.result, query.result));
  if (query.from) where.push(gte(auditLog.at, new Date(query.from)));
  if (query.to) where.push(lte(auditLog.at, new Date(query.to)));
  if (query.cursor) where.push(lt(auditLog.id, query.cursor));
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1);
  const entries = rows.slice(0, query.limit);
  return { entries, nextCursor: rows.length > query.limit ? entries.at(-1)!.id : null };
}
