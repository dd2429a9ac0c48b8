// Signing in, as a browser does it: the right password opens a session,
// failures are rate limited per e-mail and per address (and recover), a
// disabled account is shut out at once, and every attempt is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, PASSWORD, startConsole, type TestConsole } from '../helpers/console';
import { BrowserSession, tokenClient } from '../helpers/http';
import { waitFor } from '../helpers/wait';

const WINDOW_SECONDS = 4;
let app: TestConsole;

const LIMITS = { PULSO_SIGN_IN_MAX_FAILURES: '3', PULSO_SIGN_IN_WINDOW_SECONDS: String(WINDOW_SECONDS) };

beforeAll(async () => {
  // As behind a reverse proxy that appends each client's address: the address tests name theirs.
  app = await startConsole({ ...LIMITS, PULSO_TRUST_PROXY: 'on' });
  await createTestUser(app.database, 'operator', 'ana@pulso.test');
  await createTestUser(app.database, 'viewer', 'luis@pulso.test');
}, 600_000);
afterAll(() => app?.stop());

const attempts = (email: string) => app.database.sql`
  SELECT result, error, ip, actor_kind FROM audit_log WHERE action = 'auth.sign_in' AND target = ${email} ORDER BY id`;

describe('sign-in', () => {
  it('opens a session whose role the API sees, with any capitalisation of the e-mail', async () => {
    const browser = new BrowserSession(app.url);
    expect((await browser.signIn('Ana@Pulso.test', PASSWORD)).ok).toBe(true);
    expect((await browser.request('GET', '/api/v1/me')).body.data).toMatchObject({ kind: 'user', name: 'ana@pulso.test', role: 'operator' });
    expect((await attempts('ana@pulso.test')).at(-1)).toMatchObject({ result: 'success', actor_kind: 'user', ip: '127.0.0.1' });

    await browser.signOut();
    expect(browser.signedIn).toBe(false);
    expect((await browser.request('GET', '/api/v1/me')).status).toBe(401);
    const [out] = await app.database.sql`SELECT actor, action FROM audit_log WHERE action = 'auth.sign_out' ORDER BY id DESC LIMIT 1`;
    expect(out).toEqual({ actor: 'ana@pulso.test', action: 'auth.sign_out' });
  });

  it('blocks an e-mail after repeated failures — even with the right password — then lets it in again', async () => {
    const email = 'luis@pulso.test';
    for (let i = 0; i < 3; i++) expect((await new BrowserSession(app.url).signIn(email, 'wrong password')).ok).toBe(false);
    const blocked = await new BrowserSession(app.url).signIn(email, PASSWORD);
    expect(blocked.ok).toBe(false);
    expect(blocked.location).toMatch(/code=rate_limited%3A\d+/);
    expect((await attempts(email)).map((a) => a.result)).toEqual(['failure', 'failure', 'failure', 'denied']);

    // Recovery: once the failures age out of the window, the right password works.
    await waitFor(async () => (await new BrowserSession(app.url).signIn(email, PASSWORD)).ok, 'the block to lift', (WINDOW_SECONDS + 3) * 1000, 500);
    expect((await attempts(email)).at(-1)!.result).toBe('success');
  });

  it('blocks an address that tries many e-mails', async () => {
    // What the client claims comes first; the proxy's entry, last, is the one that counts.
    const from = { 'x-forwarded-for': '198.51.100.1, 203.0.113.9' };
    for (let i = 0; i < 12; i++) await new BrowserSession(app.url).signIn(`guess${i}@pulso.test`, 'password123', from);
    const blocked = await new BrowserSession(app.url).signIn('ana@pulso.test', PASSWORD, from);
    expect(blocked.ok).toBe(false);
    expect(blocked.location).toMatch(/rate_limited/);
    // Someone else, elsewhere, is not affected.
    expect((await new BrowserSession(app.url).signIn('ana@pulso.test', PASSWORD)).ok).toBe(true);
    expect((await attempts('guess0@pulso.test'))[0]).toMatchObject({ ip: '203.0.113.9' });
  });

  it('ignores the address a client claims when no proxy is trusted (the default)', async () => {
    const direct = await startConsole(LIMITS);
    try {
      await createTestUser(direct.database, 'viewer', 'eva@pulso.test');
      // A new made-up address each time changes nothing: every attempt counts against the real one.
      for (let i = 0; i < 12; i++) {
        await new BrowserSession(direct.url).signIn(`guess${i}@pulso.test`, 'password123', { 'x-forwarded-for': `203.0.113.${i}` });
      }
      const blocked = await new BrowserSession(direct.url).signIn('eva@pulso.test', PASSWORD, { 'x-forwarded-for': '192.0.2.77' });
      expect(blocked.location).toMatch(/rate_limited/);
      const ips = await direct.database.sql`SELECT DISTINCT ip FROM audit_log WHERE action = 'auth.sign_in'`;
      expect(ips.map((r) => r.ip)).toEqual(['127.0.0.1']);
    } finally {
      await direct.stop();
    }
  });

  it('shuts a disabled user out at once, even with a session already open', async () => {
    const browser = new BrowserSession(app.url);
    expect((await browser.signIn('ana@pulso.test', PASSWORD)).ok).toBe(true);
    const admin = tokenClient(app.url, await app.token('admin'));
    const [{ id }] = await app.database.sql`SELECT id FROM users WHERE email = 'ana@pulso.test'`;
    expect((await admin('PATCH', `/admin/users/${id}`, { disabled: true })).status).toBe(200);
    expect((await browser.request('GET', '/api/v1/me')).status).toBe(401);
    expect((await new BrowserSession(app.url).signIn('ana@pulso.test', PASSWORD)).ok).toBe(false);
    expect((await attempts('ana@pulso.test')).at(-1)).toMatchObject({ result: 'failure', error: 'account disabled' });
  });
});

describe('the audit log', () => {
  it('records every mutation with who, what, target, parameters, result, when and from where', async () => {
    const operator = tokenClient(app.url, await app.token('operator', 'nightly-job'));
    await operator('POST', '/etl/refresh/table/evolution_data?force=true&mode=sliding_window');
    await operator('POST', '/etl/refresh/table/evolution_data');
    await operator('POST', '/etl/cleanup', {});
    await operator('PUT', '/etl/watermarks/evolution_data', { watermark: 'nope' });
    const admin = tokenClient(app.url, await app.token('admin', 'root-token'));
    await admin('POST', '/admin/users', { email: 'new@pulso.test', role: 'viewer', password: 'a very secret password' });

    const { body } = await admin('GET', '/admin/audit?limit=5');
    const entries = body.data.entries.reverse();
    expect(entries.map((e: { action: string; result: string; httpStatus: number }) => [e.action, e.result, e.httpStatus])).toEqual([
      ['etl.refresh.table', 'success', 202],
      ['etl.refresh.table', 'failure', 409],
      ['etl.cleanup', 'denied', 403],
      ['etl.watermark.reset', 'denied', 403],
      ['admin.user.create', 'success', 201],
    ]);
    expect(entries[0]).toMatchObject({
      actorKind: 'token', actor: 'nightly-job', target: 'evolution_data', ip: '127.0.0.1',
      params: { query: { force: true, mode: 'sliding_window' } },
    });
    expect(entries[1].error).toMatch(/already has a run in flight/);
    expect(Date.now() - new Date(entries[0].at).getTime()).toBeLessThan(60_000);
    expect(entries[4]).toMatchObject({ target: 'new@pulso.test', actor: 'root-token' });
    expect(entries[4].params.body).toMatchObject({ email: 'new@pulso.test', password: '[redacted]' });
    expect(JSON.stringify(body)).not.toContain('a very secret password');
  });

  it('is for admins only', async () => {
    expect((await tokenClient(app.url, await app.token('operator'))('GET', '/admin/audit')).status).toBe(403);
  });
});
