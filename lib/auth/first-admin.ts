// The first admin (SPEC §9): PULSO_ADMIN_EMAIL/PASSWORD when set; otherwise, on
// the embedded default, a generated one whose password is printed once.
import type { Db } from '../db/client';
import { writeAudit } from './audit';
import { randomPassword } from './password';
import { countUsers, createUser, findUserByEmail } from './users';

export const DEFAULT_ADMIN_EMAIL = 'admin@pulso.local';

export type FirstAdmin =
  | { status: 'created'; email: string; generatedPassword: string | null }
  | { status: 'exists' }
  | { status: 'none'; hint: string };

export async function ensureFirstAdmin(db: Db, options: { email?: string; password?: string; embedded: boolean }): Promise<FirstAdmin> {
  if (options.email && options.password) {
    if (await findUserByEmail(db, options.email)) return { status: 'exists' };
    const user = await createUser(db, { email: options.email, password: options.password, role: 'admin', name: 'Admin' });
    await audited(db, user.email, 'PULSO_ADMIN_EMAIL');
    return { status: 'created', email: user.email, generatedPassword: null };
  }
  if ((await countUsers(db)) > 0) return { status: 'exists' };
  if (!options.embedded) {
    return { status: 'none', hint: 'No user can sign in yet: run `npm run user -- create --email you@example.com --role admin`, or set PULSO_ADMIN_EMAIL and PULSO_ADMIN_PASSWORD.' };
  }
  const password = randomPassword();
  const user = await createUser(db, { email: DEFAULT_ADMIN_EMAIL, password, role: 'admin', name: 'Admin' });
  await audited(db, user.email, 'first start');
  return { status: 'created', email: user.email, generatedPassword: password };
}

const audited = (db: Db, email: string, source: string) =>
  writeAudit(db, { actorKind: 'system', actor: 'pulso', action: 'admin.user.create', target: email, params: { role: 'admin', source }, result: 'success' });
