// API tokens for machines: a random secret shown once at creation, stored only
// as its SHA-256 (the secret has 256 random bits, so a fast hash is enough),
// named, role-scoped, with an optional expiry, revocable, last use recorded.
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { apiTokens, type ApiToken } from '../db/schema/auth';
import { roleSchema } from './users';
import type { Role } from './roles';

const PREFIX = 'pulso_';
/** How precisely last_used_at follows the token's use. */
const LAST_USED_PRECISION_MS = 60_000;

export const newTokenSchema = z.object({
  name: z.string({ error: 'A token needs a name' }).trim().min(1, 'A token needs a name').max(80),
  role: roleSchema,
  expires_at: z.iso
    .datetime({ offset: true, error: 'expires_at must be an ISO date-time, e.g. 2027-01-31T00:00:00Z' })
    .or(z.iso.date({ error: 'expires_at must be a date (YYYY-MM-DD) or an ISO date-time' }))
    .optional()
    .refine((value) => value === undefined || new Date(value).getTime() > Date.now(), 'expires_at must be in the future'),
});

/** What lists show of a token: never the hash. */
export type TokenView = Omit<ApiToken, 'tokenHash'>;

const toView = ({ tokenHash: _, ...view }: ApiToken): TokenView => view;

export const hashToken = (secret: string) => createHash('sha256').update(secret).digest('hex');

export async function createToken(
  db: Db,
  input: z.input<typeof newTokenSchema>,
  createdBy: string | null,
): Promise<{ token: TokenView; secret: string }> {
  const parsed = newTokenSchema.parse(input);
  const secret = PREFIX + randomBytes(32).toString('base64url');
  const [row] = await db
    .insert(apiTokens)
    .values({
      name: parsed.name,
      role: parsed.role,
      tokenHash: hashToken(secret),
      prefix: secret.slice(0, PREFIX.length + 6),
      createdBy,
      expiresAt: parsed.expires_at ? new Date(parsed.expires_at) : null,
    })
    .returning();
  return { token: toView(row), secret };
}

export interface TokenActor {
  id: string;
  name: string;
  role: Role;
}

/** The live token behind a secret, or null when unknown, revoked or expired. */
export async function verifyToken(db: Db, secret: string): Promise<TokenActor | null> {
  if (!secret.startsWith(PREFIX) || secret.length > 100) return null;
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, hashToken(secret)));
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null;
  // The last use is kept to the minute: a busy machine must not turn every read into a write,
  // and within a minute of the recorded use a request skips even the round trip that would
  // find nothing to write. The guard in SQL keeps concurrent requests to one write.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: new Date() })
      .where(and(eq(apiTokens.id, row.id), sql`(${apiTokens.lastUsedAt} IS NULL OR ${apiTokens.lastUsedAt} < now() - interval '1 minute')`));
  }
  return { id: row.id, name: row.name, role: row.role as Role };
}

export async function listTokens(db: Db): Promise<TokenView[]> {
  return (await db.select().from(apiTokens).orderBy(desc(apiTokens.createdAt))).map(toView);
}

/** Revokes a token; undefined when no live token has that id. */
export async function revokeToken(db: Db, id: string): Promise<TokenView | undefined> {
  if (!z.uuid().safeParse(id).success) return undefined;
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning();
  return row && toView(row);
}
