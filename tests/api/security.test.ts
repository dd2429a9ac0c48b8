// Bad input and hostile requests get a clear 4xx JSON error and change
// nothing; an unexpected failure is a bare 500 whose detail stays in the server
// log; unknown paths answer the envelope; cookie sessions only mutate from the
// console's own origin; every response has the headers. (No error response of
// any API test carries a stack trace or a secret: tests/helpers/http.ts checks
// each one.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH_SECRET, createTestUser, PASSWORD, startConsole, type TestConsole } from '../helpers/console';
import { BrowserSession, call, tokenClient, type ApiResponse } from '../helpers/http';
import { checkedResponses, leakIn } from '../helpers/leaks';
import { waitFor } from '../helpers/wait';

let app: TestConsole;
let admin: ReturnType<typeof tokenClient>;
let adminSecret: string;

const expectError = (response: ApiResponse, status: number, code?: string) => {
  expect(response.status, response.text).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  expect(response.body).toMatchObject({ success: false, error: { code: code ?? expect.any(String), message: expect.any(String) } });
};

beforeAll(async () => {
  app = await startConsole();
  adminSecret = await app.token('admin');
  admin = tokenClient(app.url, adminSecret);
  await createTestUser(app.database, 'admin', 'boss@pulso.test');
}, 600_000);
afterAll(() => app?.stop());

describe('bad input', () => {
  it('is refused with a 4xx JSON error that says what is wrong, and changes nothing', async () => {
    const before = await app.database.sql`SELECT (SELECT count(*) FROM etl_execution_log) AS runs, (SELECT count(*) FROM etl_watermarks) AS marks`;
    expectError(await admin('POST', '/etl/refresh/dashboard', '{"force": tru'), 400, 'malformed_json');
    expectError(await admin('POST', '/etl/refresh/table/users'), 404, 'not_found');
    expectError(await admin('POST', `/etl/refresh/table/${encodeURIComponent("dashboard_data'; DROP TABLE users; --")}`), 404, 'not_found');
    expectError(await admin('GET', `/etl/status/table/${encodeURIComponent('dashboard_data" OR 1=1')}`), 404);
    expectError(await admin('POST', '/etl/refresh/dashboard', { tables: ['dashboard_data', 'pg_user'] }), 400, 'validation_error');
    expectError(await admin('POST', '/etl/refresh/dashboard', { max_concurrent: 50 }), 400, 'validation_error');
    expectError(await admin('POST', '/etl/refresh/dashboard', { turbo: true }), 400, 'validation_error');
    expectError(await admin('POST', '/etl/refresh/table/dashboard_data?mode=turbo'), 400, 'validation_error');
    expectError(await admin('PUT', '/etl/watermarks/dashboard_data', { watermark: '2026-02-30' }), 400, 'validation_error');
    expectError(await admin('PUT', '/etl/watermarks/dashboard_data', { watermark: '2999-01-01' }), 400, 'validation_error');
    expectError(await admin('PUT', '/etl/watermarks/dashboard_data', {}), 400, 'validation_error');
    expectError(await admin('GET', '/etl/runs?from=yesterday'), 400, 'validation_error');
    expectError(await admin('GET', '/etl/runs?cursor=bm9wZQ'), 400, 'validation_error');
    expectError(await admin('GET', '/etl/runs/not-a-uuid'), 404);
    expectError(await admin('GET', '/etl/runs/00000000-0000-4000-8000-000000000000'), 404);
    expectError(await admin('GET', '/etl/validate/dashboard_data?days=9999'), 400, 'validation_error');
    expectError(await admin('POST', '/admin/users', { email: 'nobody', role: 'root', password: 'short' }), 400, 'validation_error');
    expectError(await admin('POST', '/admin/users', { email: 'boss@pulso.test', role: 'viewer', password: 'another long password' }), 409);
    expectError(await admin('POST', '/etl/cleanup', { stale_minutes: 'soon' }), 400, 'validation_error');
    const after = await app.database.sql`SELECT (SELECT count(*) FROM etl_execution_log) AS runs, (SELECT count(*) FROM etl_watermarks) AS marks`;
    expect(after).toEqual(before);
    expect(await app.database.sql`SELECT 1 FROM users`).not.toHaveLength(0);
  });

  it('says the schema is behind (503, with the fix) when a migration was rolled back, instead of a bare 500', async () => {
    await app.database.sql`DROP TABLE rollup_productivity_agents, rollup_productivity_running CASCADE`;
    const response = await admin('GET', '/filters');
    expectError(response, 503, 'schema_incomplete');
    expect(response.body.error.details.fix).toMatch(/db:migrate/);
  });

  it('lists each problem of an invalid body', async () => {
    const response = await admin('POST', '/admin/users', { email: 'nobody', role: 'root', password: 'short' });
    expect(response.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(['body.email', 'body.role', 'body.password']);
    expect(response.body.error.message).toMatch(/"nobody" is not an e-mail address/);
  });

  it('refuses a body over 64 KiB with 413, declared or streamed', async () => {
    const huge = JSON.stringify({ force: true, padding: 'x'.repeat(70 * 1024) });
    expectError(await admin('POST', '/etl/refresh/dashboard', huge), 413, 'payload_too_large');
    const streamed = await call(`${app.url}/api/v1/etl/refresh/dashboard`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminSecret}`, 'content-type': 'application/json' },
      body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(huge)); c.close(); } }),
      duplex: 'half',
    } as RequestInit);
    expectError(streamed, 413, 'payload_too_large');
  });

});

describe('error responses', () => {
  it('are all checked for stack traces and secrets, by a check that catches them', () => {
    expect(checkedResponses()).toBeGreaterThan(15);
    expect(leakIn('{"error":{"message":"boom\\n    at handler (/srv/app/route.js:3:9)"}}')).toBe('a stack frame');
    expect(leakIn('Cannot find module node_modules/postgres/cjs/src/index.js')).toBe('a server path');
    expect(leakIn(`token ${adminSecret} refused`)).toBe('a token secret');
    expect(leakIn('connect to postgres://etl:hunter2@db:5432/pulso failed')).toBe('a database URL with a password');
    expect(leakIn(`secret ${AUTH_SECRET}`)).toBe('the session secret');
    expect(leakIn(`wrong: ${PASSWORD}`)).toBe('the test users’ password');
    expect(leakIn('{"success":false,"error":{"code":"not_found","message":"No such run"}}')).toBeNull();
  });

  it('hide an unexpected failure behind a bare 500, and log its detail with the request id', async () => {
    // A column the code reads is gone: no error it knows, so nothing about it may reach the caller.
    await app.database.sql`ALTER TABLE etl_watermarks RENAME COLUMN error_message TO error_message_gone`;
    try {
      const response = await admin('GET', '/etl/watermarks');
      expectError(response, 500, 'internal_error');
      expect(response.body.error).toEqual({ code: 'internal_error', message: 'Internal error: the server log has the details' });
      expect(Object.keys(response.body).sort()).toEqual(['error', 'success', 'timestamp']);
      const requestId = response.headers.get('x-request-id')!;
      const logged = await waitFor(async () => app.output().split('\n▸').find((entry) => entry.includes(requestId)), 'the failure in the server log', 5_000, 100);
      expect(logged).toMatch(/GET \/etl\/watermarks/);
      expect(logged).toMatch(/error_message.*does not exist/);
    } finally {
      await app.database.sql`ALTER TABLE etl_watermarks RENAME COLUMN error_message_gone TO error_message`;
    }
    expect((await admin('GET', '/etl/watermarks')).status).toBe(200);
  });
});

describe('unknown paths under /api/v1', () => {
  it('answer the JSON envelope, 404 for every method, once the caller is known', async () => {
    const viewer = tokenClient(app.url, await app.token('viewer'));
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await viewer(method, '/etl/nope/deeper', method === 'GET' ? undefined : {});
      expectError(response, 404, 'not_found');
      expect(response.body.error.message).toBe(`No such endpoint: ${method} /api/v1/etl/nope/deeper`);
    }
    // A real endpoint's prefix, and /api/v1 itself.
    expectError(await viewer('GET', '/etl/refresh/table'), 404, 'not_found');
    expect((await call(`${app.url}/api/v1`, { headers: { authorization: `Bearer ${adminSecret}` } })).body.error.message).toBe('No such endpoint: GET /api/v1');
    const browser = new BrowserSession(app.url);
    await browser.signIn('boss@pulso.test', PASSWORD);
    expectError(await browser.request('GET', '/api/v1/dashbord'), 404, 'not_found');
  });

  it('answer 401 to a caller without valid credentials, as real endpoints do, so paths cannot be told apart', async () => {
    const anonymous = tokenClient(app.url, null);
    const [unknown, real] = [await anonymous('GET', '/no/such/thing'), await anonymous('GET', '/etl/status')];
    expectError(unknown, 401, 'unauthenticated');
    expect(unknown.body.error).toEqual(real.body.error);
    expectError(await anonymous('DELETE', '/no/such/thing'), 401, 'unauthenticated');
    expectError(await tokenClient(app.url, 'pulso_guessed')('GET', '/no/such/thing'), 401, 'invalid_token');
  });

  it('never shadow a real route, whatever its parameters', async () => {
    expect((await admin('GET', '/etl/status')).status).toBe(200);
    expect((await admin('GET', '/etl/status/table/dashboard_data')).status).toBe(200);
    expect((await call(`${app.url}/api/v1/openapi.json`)).status).toBe(200);
    const badId = await admin('GET', '/etl/runs/not-a-uuid');
    expectError(badId, 404, 'not_found');
    expect(badId.body.error.message).not.toMatch(/No such endpoint/);
  });
});

describe('a run in flight', () => {
  it('refuses a refresh and a watermark reset with the same 409 code, naming the run', async () => {
    const [{ id }] = await app.database.sql`
      INSERT INTO etl_execution_log (table_name, mode, trigger, status) VALUES ('operation_data', 'incremental', 'cli', 'running') RETURNING id`;
    try {
      for (const response of [
        await admin('POST', '/etl/refresh/table/operation_data?force=true'),
        await admin('PUT', '/etl/watermarks/operation_data', { watermark: '2026-01-15' }),
      ]) {
        expectError(response, 409, 'already_running');
        expect(response.body.error.details).toEqual({ runId: id });
      }
    } finally {
      await app.database.sql`DELETE FROM etl_execution_log WHERE id = ${id}`;
    }
  });
});

describe('the session cookie', () => {
  it('mutates only from the console’s own origin', async () => {
    const browser = new BrowserSession(app.url);
    expect((await browser.signIn('boss@pulso.test', PASSWORD)).ok).toBe(true);
    expectError(await browser.request('POST', '/api/v1/etl/cancel', { origin: 'https://evil.example' }), 403, 'cross_origin');
    expectError(await browser.request('POST', '/api/v1/etl/cancel', { origin: null }), 403, 'cross_origin');
    expectError(await browser.request('POST', '/api/v1/etl/cancel', { headers: { 'sec-fetch-site': 'cross-site' } }), 403, 'cross_origin');
    const [{ audited }] = await app.database.sql`SELECT count(*)::int AS audited FROM audit_log WHERE action = 'etl.cancel' AND result = 'denied'`;
    expect(audited).toBe(3);
    expect((await browser.request('POST', '/api/v1/etl/cancel')).status).toBe(200);
    // Reads need no Origin (a link, a bookmark).
    expect((await browser.request('GET', '/api/v1/etl/status', { origin: null })).status).toBe(200);
  });
});

describe('headers', () => {
  it('forbid framing and sniffing on pages and API, and give pages a per-request nonce CSP', async () => {
    const page = await call(`${app.url}/login`);
    const api = await call(`${app.url}/api/v1/etl/status`);
    for (const response of [page, api]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    }
    const csp = page.headers.get('content-security-policy')!;
    const nonce = csp.match(/'nonce-([^']+)'/)![1];
    expect(page.text).toContain(`nonce="${nonce}"`);
    expect((await call(`${app.url}/login`)).headers.get('content-security-policy')).not.toContain(nonce);
    expect(api.headers.get('content-security-policy')).toBe(`default-src 'none'; frame-ancestors 'none'`);
  });

  it('send signed-out visitors of console pages to sign-in, and keep /api/health open', async () => {
    const page = await call(`${app.url}/db`);
    expect(page.status).toBe(307);
    expect(page.headers.get('location')).toMatch(/\/login\?callbackUrl=%2Fdb$/);
    expect((await call(`${app.url}/api/health`)).status).toBe(200);
    expect(JSON.parse((await call(`${app.url}/api/v1/openapi.json`)).text).openapi).toBe('3.1.0');
  });
});
