// The sign-in rate limit, read from the audit log (every attempt is there, from
// every process): too many failures for one e-mail, or from one address, within
// the window block further attempts until the oldest of them ages out.
import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { auditLog } from '../db/schema/auth';
import { env } from '../env';

export const SIGN_IN_ACTION = 'auth.sign_in';

export interface SignInLimit {
  blocked: boolean;
  /** Seconds until an attempt is allowed again (when blocked). */
  retryAfterSeconds: number;
}

export async function signInLimit(db: Db, email: string, ip: string | null): Promise<SignInLimit> {
  const { PULSO_SIGN_IN_MAX_FAILURES: perEmail, PULSO_SIGN_IN_WINDOW_SECONDS: window } = env();
  const since = sql`now() - make_interval(secs => ${window})`;
  // A success resets the e-mail's count: the real owner is not locked out by their own typos of yesterday.
  const lastSuccess = sql`coalesce((SELECT max(at) FROM audit_log WHERE action = ${SIGN_IN_ACTION}
    AND target = ${email} AND result = 'success'), '-infinity')`;
  const failures = (by: ReturnType<typeof eq>, after = since) =>
    db
      .select({ n: count(), oldest: sql<string>`extract(epoch FROM min(${auditLog.at}) + make_interval(secs => ${window}) - now())` })
      .from(auditLog)
      .where(and(eq(auditLog.action, SIGN_IN_ACTION), eq(auditLog.result, 'failure'), by, gt(auditLog.at, since), gt(auditLog.at, after)));
  const [[byEmail], [byIp]] = await Promise.all([
    failures(eq(auditLog.target, email), lastSuccess),
    ip ? failures(eq(auditLog.ip, ip)) : Promise.resolve([{ n: 0, oldest: '0' }]),
  ]);
  // An address may try a few accounts; per e-mail the limit is strict.
  const blocked = byEmail.n >= perEmail ? byEmail : byIp.n >= perEmail * 4 ? byIp : null;
  return { blocked: blocked !== null, retryAfterSeconds: blocked ? Math.max(1, Math.ceil(Number(blocked.oldest))) : 0 };
}
