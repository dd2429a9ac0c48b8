// Every endpoint × every role, at the HTTP level against the built console:
// signed out → 401, a viewer may only read, an operator may also refresh and
// cancel, only an admin cleans up, recovers, resets, migrates and administers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACTS } from '../../lib/api/contracts';
import { applyPending } from '../../lib/db/migrations';
import { hasRole, type Role } from '../../lib/auth/roles';
import { createTestUser, startConsole, type TestConsole } from '../helpers/console';
import { tokenClient } from '../helpers/http';

/** Who may call what: the rule of SPEC §9, written down independently of the contracts. */
const NEEDS: Record<string, Role> = {
  'POST /etl/refresh/dashboard': 'operator',
  'POST /etl/refresh/table/{table}': 'operator',
  'POST /etl/cancel': 'operator',
  'POST /etl/cancel/table/{table}': 'operator',
  'POST /etl/cleanup': 'admin',
  'POST /etl/recover': 'admin',
  'PUT /etl/watermarks/{table}': 'admin',
  'POST /db/migrations/apply': 'admin',
  'POST /db/migrations/rollback': 'admin',
  'GET /admin/users': 'admin',
  'POST /admin/users': 'admin',
  'PATCH /admin/users/{id}': 'admin',
  'GET /admin/tokens': 'admin',
  'POST /admin/tokens': 'admin',
  'DELETE /admin/tokens/{id}': 'admin',
  'GET /admin/audit': 'admin',
};
const needs = (key: string): Role => NEEDS[key] ?? (key.startsWith('GET ') ? 'viewer' : 'admin');

let app: TestConsole;
let runId: string;
let userId: string;
const spareTokens: string[] = [];

/** A request each endpoint accepts when authorized (fresh values where a second call would conflict). */
const SAMPLES: Record<string, () => { path: string; body?: unknown }> = {
  'POST /etl/refresh/dashboard': () => ({ path: '/etl/refresh/dashboard', body: { force: true, tables: ['assignment_data'] } }),
  'POST /etl/refresh/table/{table}': () => ({ path: '/etl/refresh/table/evolution_data?force=true' }),
  'GET /etl/status': () => ({ path: '/etl/status' }),
  'GET /etl/status/table/{table}': () => ({ path: '/etl/status/table/dashboard_data' }),
  'GET /etl/health': () => ({ path: '/etl/health' }),
  'GET /etl/config/tables': () => ({ path: '/etl/config/tables' }),
  'GET /etl/config/extraction-modes': () => ({ path: '/etl/config/extraction-modes' }),
  'POST /etl/cleanup': () => ({ path: '/etl/cleanup', body: {} }),
  'POST /etl/recover': () => ({ path: '/etl/recover', body: { dry_run: true } }),
  'POST /etl/cancel': () => ({ path: '/etl/cancel' }),
  'POST /etl/cancel/table/{table}': () => ({ path: '/etl/cancel/table/productivity_data' }),
  'GET /etl/watermarks': () => ({ path: '/etl/watermarks' }),
  'PUT /etl/watermarks/{table}': () => ({ path: '/etl/watermarks/operation_data', body: { watermark: '2026-01-15' } }),
  'GET /etl/runs': () => ({ path: '/etl/runs?limit=5' }),
  'GET /etl/runs/{id}': () => ({ path: `/etl/runs/${runId}` }),
  'GET /etl/validate/{table}': () => ({ path: '/etl/validate/assignment_data?days=2' }),
  'GET /db/status': () => ({ path: '/db/status' }),
  'GET /db/migrations': () => ({ path: '/db/migrations' }),
  'POST /db/migrations/apply': () => ({ path: '/db/migrations/apply' }),
  'POST /db/migrations/rollback': () => ({ path: '/db/migrations/rollback' }),
  'GET /db/settings': () => ({ path: '/db/settings' }),
  'GET /timescale/hypertables': () => ({ path: '/timescale/hypertables' }),
  'GET /timescale/chunks': () => ({ path: '/timescale/chunks?hypertable=dashboard_data&limit=5' }),
  'GET /timescale/policies': () => ({ path: '/timescale/policies' }),
  'GET /timescale/compression': () => ({ path: '/timescale/compression' }),
  'GET /timescale/jobs': () => ({ path: '/timescale/jobs' }),
  'GET /timescale/continuous-aggregates': () => ({ path: '/timescale/continuous-aggregates' }),
  'GET /dashboard': () => ({ path: '/dashboard' }),
  'GET /evolution': () => ({ path: '/evolution' }),
  'GET /assignment': () => ({ path: '/assignment' }),
  'GET /operation': () => ({ path: '/operation' }),
  'GET /productivity': () => ({ path: '/productivity' }),
  'GET /filters': () => ({ path: '/filters' }),
  'GET /me': () => ({ path: '/me' }),
  'GET /admin/users': () => ({ path: '/admin/users' }),
  'POST /admin/users': () => ({ path: '/admin/users', body: { email: `new-${Math.random().toString(36).slice(2)}@pulso.test`, role: 'viewer', password: 'a long enough password' } }),
  'PATCH /admin/users/{id}': () => ({ path: `/admin/users/${userId}`, body: { name: 'Renamed' } }),
  'GET /admin/tokens': () => ({ path: '/admin/tokens' }),
  'POST /admin/tokens': () => ({ path: '/admin/tokens', body: { name: 'made in the matrix', role: 'viewer' } }),
  'DELETE /admin/tokens/{id}': () => ({ path: `/admin/tokens/${spareTokens.pop()}` }),
  'GET /admin/audit': () => ({ path: '/admin/audit?limit=5' }),
};

beforeAll(async () => {
  app = await startConsole();
  userId = (await createTestUser(app.database, 'viewer', 'someone@pulso.test')).id;
  [{ id: runId }] = await app.database.sql`
    INSERT INTO etl_execution_log (table_name, mode, trigger, status, completed_at)
    VALUES ('dashboard_data', 'incremental', 'cli', 'success', now()) RETURNING id`;
  for (let i = 0; i < 4; i++) {
    await app.token('viewer', `spare-${i}`);
  }
  spareTokens.push(...(await app.database.sql`SELECT id FROM api_tokens WHERE name LIKE 'spare-%'`).map((t) => t.id));
}, 600_000);
afterAll(() => app?.stop());

describe('the role matrix', () => {
  it('covers every endpoint the API has', () => {
    const keys = CONTRACTS.map((c) => `${c.method} ${c.path}`);
    expect(keys.filter((k) => !SAMPLES[k])).toEqual([]);
    expect(CONTRACTS.filter((c) => c.method !== 'GET' && !c.audit).map((c) => c.path)).toEqual([]);
    // And each contract declares the role the rule above gives it.
    expect(CONTRACTS.filter((c) => c.role !== needs(`${c.method} ${c.path}`)).map((c) => c.path)).toEqual([]);
  });

  for (const caller of ['anonymous', 'viewer', 'operator', 'admin'] as const) {
    it(`answers ${caller === 'anonymous' ? 'a signed-out caller' : `an ${caller} token`.replace('an viewer', 'a viewer')} as the rule says, on every endpoint`, async () => {
      const client = tokenClient(app.url, caller === 'anonymous' ? null : await app.token(caller));
      const wrong: string[] = [];
      for (const contract of CONTRACTS) {
        const key = `${contract.method} ${contract.path}`;
        const { path, body } = SAMPLES[key]();
        const [{ before }] = await app.database.sql`SELECT coalesce(max(id), 0)::int AS before FROM audit_log`;
        const response = await client(contract.method, path, body);
        if (key === 'POST /db/migrations/rollback' && response.status === 200) await applyPending(app.database.runner); // the rest need the schema whole
        if (contract.method !== 'GET') {
          // Every mutation, allowed or not, leaves exactly one audit row naming it.
          const rows = await app.database.sql`SELECT action, result, actor FROM audit_log WHERE id > ${before}`;
          const expected = { action: contract.audit?.action, result: response.status < 400 ? 'success' : [401, 403].includes(response.status) ? 'denied' : 'failure' };
          if (rows.length !== 1 || rows[0].action !== expected.action || rows[0].result !== expected.result) {
            wrong.push(`${key}: audit ${JSON.stringify(rows)} instead of ${JSON.stringify(expected)}`);
          }
        }
        const allowed = caller !== 'anonymous' && hasRole(caller, needs(key));
        const expected = caller === 'anonymous' ? [401] : allowed ? null : [403];
        const ok = expected
          ? expected.includes(response.status) && response.body.success === false
          : ![401, 403].includes(response.status) && response.status < 500 && typeof response.body.success === 'boolean';
        if (!ok) wrong.push(`${key} → ${response.status} ${response.text.slice(0, 200)}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('refuses an operator what the spec reserves for admins, and says which role is needed', async () => {
    const operator = tokenClient(app.url, await app.token('operator', 'ops'));
    for (const [method, path, body] of [
      ['POST', '/etl/cleanup', {}], ['POST', '/etl/recover', { dry_run: true }],
      ['PUT', '/etl/watermarks/dashboard_data', { watermark: '2026-01-01' }],
      ['POST', '/db/migrations/apply', undefined], ['POST', '/db/migrations/rollback', undefined],
    ] as const) {
      const response = await operator(method, path, body);
      expect(response.status, path).toBe(403);
      expect(response.body.error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/needs the admin role; ops is operator/) });
    }
    const refresh = await operator('POST', '/etl/refresh/table/operation_data?force=true');
    expect(refresh.status).toBe(202);
    const cancel = await operator('POST', '/etl/cancel/table/operation_data');
    expect(cancel.body.data.cancelled).toEqual([refresh.body.data.runId]);
  });
});
