// Checking an e-mail and password: rate limit first, then the password, every
// attempt audited. Used by next-auth's credentials provider; testable alone.
import { z } from 'zod';
import type { Db } from '../db/client';
import type { ClientInfo } from '../net/client';
import { writeAudit } from './audit';
import { verifyPassword } from './password';
import { SIGN_IN_ACTION, signInLimit } from './rate-limit';
import type { Role } from './roles';
import { emailSchema, findUserByEmail, recordSignIn } from './users';

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

const credentialsSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

export async function checkSignIn(db: Db, credentials: unknown, client: ClientInfo): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(credentials);
  const claimed = typeof (credentials as { email?: unknown })?.email === 'string' ? String((credentials as { email: string }).email).slice(0, 254) : null;
  const audit = (result: 'success' | 'failure' | 'denied', error: string | null, user?: { id: string; email: string }) =>
    writeAudit(db, {
      actorKind: user ? 'user' : 'anonymous', actor: user?.email ?? claimed, actorId: user?.id ?? null,
      action: SIGN_IN_ACTION, target: parsed.success ? parsed.data.email : claimed, result, error, ...client,
    });
  if (!parsed.success) {
    await audit('failure', 'malformed credentials');
    return { ok: false, reason: 'invalid' };
  }
  const { email, password } = parsed.data;
  const limit = await signInLimit(db, email, client.ip);
  if (limit.blocked) {
    await audit('denied', `rate limited for ${limit.retryAfterSeconds} s`);
    return { ok: false, reason: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds };
  }
  const user = await findUserByEmail(db, email);
  // The password is checked even for unknown e-mails, so timing does not tell which exist.
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || user.disabledAt) {
    await audit('failure', !user ? 'unknown e-mail' : !valid ? 'wrong password' : 'account disabled');
    return { ok: false, reason: 'invalid' };
  }
  await recordSignIn(db, user.id);
  await audit('success', null, user);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role as Role } };
}
