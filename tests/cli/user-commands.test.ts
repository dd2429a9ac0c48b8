// `npm run user` as an admin types it: accounts created with a password shown
// once (and stored only as an argon2id hash), roles changed, passwords reset,
// users disabled — every change audited — and clear refusals of bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirstAdmin, DEFAULT_ADMIN_EMAIL } from '../../lib/auth/first-admin';
import { checkSignIn } from '../../lib/auth/sign-in';
import type { TestDatabase } from '../helpers/database';
import { createEtlDatabase } from '../helpers/etl-database';
import { runCli } from '../helpers/processes';

let db: TestDatabase;
const user = (...args: string[]) => runCli('cli/user.ts', args, { DATABASE_URL: db.url });
const client = { ip: '127.0.0.1', userAgent: 'vitest' };
const passwordIn = (stdout: string) => stdout.match(/password: (\S+)/)![1];

beforeAll(async () => {
  db = await createEtlDatabase();
});
afterAll(() => db.drop());

describe('npm run user', () => {
  it('creates a user whose printed password signs in, and stores only its hash', async () => {
    const created = await user('create', '--email', 'Marta@Pulso.test', '--role', 'operator', '--name', 'Marta');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('✓ created marta@pulso.test (operator)');
    const password = passwordIn(created.stdout);
    const [row] = await db.sql`SELECT password_hash FROM users WHERE email = 'marta@pulso.test'`;
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(password);
    expect(await checkSignIn(db.db, { email: 'marta@pulso.test', password }, client)).toMatchObject({ ok: true, user: { role: 'operator' } });
  });

  it('changes a role, resets a password, disables and enables, auditing each', async () => {
    expect((await user('role', 'marta@pulso.test', 'viewer')).stdout).toContain('is now viewer');
    const reset = await user('password', 'marta@pulso.test');
    const password = passwordIn(reset.stdout);
    expect(await checkSignIn(db.db, { email: 'marta@pulso.test', password }, client)).toMatchObject({ ok: true, user: { role: 'viewer' } });
    await user('disable', 'marta@pulso.test');
    expect(await checkSignIn(db.db, { email: 'marta@pulso.test', password }, client)).toEqual({ ok: false, reason: 'invalid' });
    await user('enable', 'marta@pulso.test');
    expect((await checkSignIn(db.db, { email: 'marta@pulso.test', password }, client)).ok).toBe(true);
    expect((await user('list')).stdout).toMatch(/marta@pulso\.test\s+viewer\s+active/);
    const audited = await db.sql`SELECT action, actor_kind, params FROM audit_log WHERE target = 'marta@pulso.test' AND action LIKE 'admin.%' ORDER BY id`;
    expect(audited.map((a) => a.action)).toEqual(['admin.user.create', 'admin.user.update', 'admin.user.update', 'admin.user.update', 'admin.user.update']);
    expect(audited.every((a) => a.actor_kind === 'cli')).toBe(true);
    expect(JSON.stringify(audited)).not.toContain(password);
  });

  it('refuses bad input with one clear line, changing nothing', async () => {
    const cases: [string[], RegExp][] = [
      [['create', '--email', 'not-an-email', '--role', 'admin'], /"not-an-email" is not an e-mail address/],
      [['create', '--email', 'x@pulso.test', '--role', 'root'], /The role must be one of viewer, operator, admin/],
      [['create', '--email', 'marta@pulso.test', '--role', 'admin'], /already exists/],
      [['role', 'ghost@pulso.test', 'admin'], /No user has the e-mail ghost@pulso\.test/],
      [['explode'], /Unknown command "explode"/],
    ];
    for (const [args, message] of cases) {
      const result = await user(...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(await db.sql`SELECT email FROM users ORDER BY email`).toEqual([{ email: 'marta@pulso.test' }]);
  });
});

describe('the first admin', () => {
  it('is generated once on the embedded default, never when users exist, and never over an existing e-mail', async () => {
    const fresh = await createEtlDatabase();
    try {
      const first = await ensureFirstAdmin(fresh.db, { embedded: true });
      expect(first).toMatchObject({ status: 'created', email: DEFAULT_ADMIN_EMAIL });
      const password = first.status === 'created' ? first.generatedPassword! : '';
      expect(await checkSignIn(fresh.db, { email: DEFAULT_ADMIN_EMAIL, password }, client)).toMatchObject({ ok: true, user: { role: 'admin' } });
      expect(await ensureFirstAdmin(fresh.db, { embedded: true })).toEqual({ status: 'exists' });
      expect(await ensureFirstAdmin(fresh.db, { embedded: true, email: DEFAULT_ADMIN_EMAIL, password: 'a different password' })).toEqual({ status: 'exists' });
      expect((await checkSignIn(fresh.db, { email: DEFAULT_ADMIN_EMAIL, password }, client)).ok).toBe(true);
    } finally {
      await fresh.drop();
    }
  });

  it('comes from PULSO_ADMIN_EMAIL/PASSWORD on a configured server, and is only suggested otherwise', async () => {
    const fresh = await createEtlDatabase();
    try {
      expect(await ensureFirstAdmin(fresh.db, { embedded: false })).toMatchObject({ status: 'none', hint: expect.stringContaining('npm run user -- create') });
      expect(await ensureFirstAdmin(fresh.db, { embedded: false, email: 'ops@pulso.test', password: 'from the environment' }))
        .toEqual({ status: 'created', email: 'ops@pulso.test', generatedPassword: null });
    } finally {
      await fresh.drop();
    }
  });

  it('cannot be demoted or disabled while it is the last active admin', async () => {
    const fresh = await createEtlDatabase();
    try {
      await ensureFirstAdmin(fresh.db, { embedded: true });
      const env = { DATABASE_URL: fresh.url };
      const demote = await runCli('cli/user.ts', ['role', DEFAULT_ADMIN_EMAIL, 'viewer'], env);
      expect(demote.code).toBe(1);
      expect(demote.stderr).toMatch(/last active admin/);
      expect((await runCli('cli/user.ts', ['disable', DEFAULT_ADMIN_EMAIL], env)).stderr).toMatch(/last active admin/);
    } finally {
      await fresh.drop();
    }
  });
});
