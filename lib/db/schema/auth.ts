// People, machines and what they did (SPEC §9): users sign in with a password,
// API tokens authenticate machines, and the audit log records every mutation
// and every sign-in attempt. Only hashes of passwords and tokens are stored.
import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../../auth/roles';
import { oneOf, timestamps } from './columns';

export const AUDIT_RESULTS = ['success', 'failure', 'denied'] as const;
export const ACTOR_KINDS = ['user', 'token', 'anonymous', 'cli', 'system'] as const;

const tz = (name: string) => timestamp(name, { withTimezone: true });

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased: one account per address, whatever the capitals typed. */
    email: text('email').notNull(),
    name: text('name').notNull().default(''),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull().default('viewer'),
    disabledAt: tz('disabled_at'),
    lastSignInAt: tz('last_sign_in_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_idx').on(t.email),
    oneOf('users', 'role', ROLES),
  ],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** SHA-256 of the secret: the secret itself is shown once and never stored. */
    tokenHash: text('token_hash').notNull(),
    /** The secret's first characters, so a token can be recognised in a list. */
    prefix: text('prefix').notNull(),
    role: text('role').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: tz('expires_at'),
    revokedAt: tz('revoked_at'),
    lastUsedAt: tz('last_used_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('api_tokens_hash_idx').on(t.tokenHash),
    oneOf('api_tokens', 'role', ROLES),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: tz('at').notNull().defaultNow(),
    actorKind: text('actor_kind').notNull(),
    /** The user's e-mail, the token's name, or what an anonymous caller claimed to be. */
    actor: text('actor'),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    target: text('target'),
    params: jsonb('params').notNull().default({}),
    result: text('result').notNull(),
    httpStatus: integer('http_status'),
    error: text('error'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    oneOf('audit_log', 'result', AUDIT_RESULTS),
    oneOf('audit_log', 'actor_kind', ACTOR_KINDS),
    index('audit_log_at_idx').on(t.at.desc()),
    // The sign-in rate limit counts recent failures per e-mail and per address.
    index('audit_log_sign_in_idx').on(t.action, t.target, t.at).where(sql`${t.action} = 'auth.sign_in'`),
    index('audit_log_sign_in_ip_idx').on(t.action, t.ip, t.at).where(sql`${t.action} = 'auth.sign_in'`),
  ],
);

export type User = typeof users.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
