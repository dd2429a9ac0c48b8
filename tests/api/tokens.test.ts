// API tokens as an admin and a machine use them: the secret is shown once and
// only its hash is stored; revoked and expired tokens stop working at once;
// the last use is recorded.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole, type TestConsole } from '../helpers/console';
import { tokenClient, type ApiResponse } from '../helpers/http';

let app: TestConsole;
let admin: ReturnType<typeof tokenClient>;
const seen: ApiResponse[] = [];

beforeAll(async () => {
  app = await startConsole();
  const client = tokenClient(app.url, await app.token('admin'));
  admin = async (...args) => {
    const response = await client(...args);
    seen.push(response);
    return response;
  };
}, 600_000);
afterAll(() => app?.stop());

describe('API tokens', () => {
  it('show their secret once, store only its hash, and work as Bearer tokens with their role', async () => {
    const created = await admin('POST', '/admin/tokens', { name: 'reporting', role: 'viewer' });
    expect(created.status).toBe(201);
    const { secret, token } = created.body.data;
    expect(secret).toMatch(/^pulso_[\w-]{43}$/);
    expect(token).not.toHaveProperty('tokenHash');

    const [row] = await app.database.sql`SELECT * FROM api_tokens WHERE id = ${token.id}`;
    expect(row.token_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    const everything = JSON.stringify(await app.database.sql`SELECT * FROM api_tokens`);
    expect(everything).not.toContain(secret);

    const machine = tokenClient(app.url, secret);
    expect((await machine('GET', '/me')).body.data).toMatchObject({ kind: 'token', name: 'reporting', role: 'viewer' });
    expect((await machine('POST', '/etl/cancel')).status).toBe(403);
    const [{ last_used_at }] = await app.database.sql`SELECT last_used_at FROM api_tokens WHERE id = ${token.id}`;
    expect(last_used_at).toBeInstanceOf(Date);

    // Never again: not in the list, not in the audit log, not in any response since.
    await admin('GET', '/admin/tokens');
    await admin('GET', '/admin/audit?limit=200');
    expect(seen.slice(1).some((r) => r.text.includes(secret))).toBe(false);
    expect(seen.slice(1).some((r) => r.text.includes(row.token_hash))).toBe(false);
  });

  it('record their last use to the minute, without a write on every request', async () => {
    const { body } = await admin('POST', '/admin/tokens', { name: 'busy', role: 'viewer' });
    const machine = tokenClient(app.url, body.data.secret);
    const lastUsed = async () => {
      const [row] = await app.database.sql`SELECT last_used_at FROM api_tokens WHERE id = ${body.data.token.id}`;
      return row.last_used_at as Date | null;
    };
    expect(await lastUsed()).toBeNull();
    await machine('GET', '/me');
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    await machine('GET', '/me');
    expect(await lastUsed()).toEqual(first);

    await app.database.sql`UPDATE api_tokens SET last_used_at = now() - interval '2 minutes' WHERE id = ${body.data.token.id}`;
    await machine('GET', '/me');
    expect(Date.now() - (await lastUsed())!.getTime()).toBeLessThan(30_000);
  });

  it('stop working the moment they are revoked', async () => {
    const { body } = await admin('POST', '/admin/tokens', { name: 'leaked', role: 'operator' });
    const machine = tokenClient(app.url, body.data.secret);
    expect((await machine('GET', '/etl/status')).status).toBe(200);
    expect((await admin('DELETE', `/admin/tokens/${body.data.token.id}`)).body.data.revokedAt).toBeTruthy();
    const refused = await machine('GET', '/etl/status');
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('invalid_token');
    expect((await admin('DELETE', `/admin/tokens/${body.data.token.id}`)).status).toBe(404); // already revoked
  });

  it('stop working when they expire, and refuse an expiry in the past', async () => {
    const { body } = await admin('POST', '/admin/tokens', { name: 'short-lived', role: 'viewer', expires_at: new Date(Date.now() + 60_000).toISOString() });
    const machine = tokenClient(app.url, body.data.secret);
    expect((await machine('GET', '/me')).status).toBe(200);
    await app.database.sql`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = ${body.data.token.id}`;
    expect((await machine('GET', '/me')).status).toBe(401);

    const past = await admin('POST', '/admin/tokens', { name: 'born dead', role: 'viewer', expires_at: '2020-01-01' });
    expect(past.status).toBe(400);
    expect(past.body.error.message).toMatch(/expires_at must be in the future/);
  });

  it('refuse unknown, malformed and non-Bearer credentials without falling back to anything', async () => {
    for (const authorization of ['Bearer pulso_not-a-real-token', 'Bearer', 'Basic YWRtaW46YWRtaW4=', 'pulso_abc']) {
      const response = await tokenClient(app.url, null)('GET', '/me', undefined, { authorization });
      expect(response.status, authorization).toBe(401);
      expect(response.body.error.code).toBe('invalid_token');
    }
  });
});
