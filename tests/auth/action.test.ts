// The server actions' role check (lib/auth/action.ts): a signed-out or
// lower-role caller and bad input are refused before the action runs, a
// failure reaches the page without its detail, and every call is audited.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { action, type ActionContext } from '../../lib/auth/action';
import { writeAudit } from '../../lib/auth/audit';
import type { ConsoleUser } from '../../lib/auth/session';
import type { TestDatabase } from '../helpers/database';
import { createEtlDatabase } from '../helpers/etl-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createEtlDatabase();
});
afterAll(() => database?.drop());

const user = (role: ConsoleUser['role']): ConsoleUser => ({ id: crypto.randomUUID(), email: `${role}@pulso.test`, name: role, role });
const as = (caller: ConsoleUser | null): ActionContext => ({
  currentUser: async () => caller,
  audit: (record) => writeAudit(database.db, record),
});
const lastAudit = async () =>
  (await database.sql`SELECT action, actor_kind, actor, params, result, error FROM audit_log ORDER BY id DESC LIMIT 1`)[0];

const renameSchema = z.object({ table: z.enum(['dashboard_data', 'assignment_data']), label: z.string().min(3), password: z.string().optional() });

function renameAction(caller: ConsoleUser | null, run = vi.fn(async (input: z.infer<typeof renameSchema>) => `renamed ${input.table}`)) {
  return { run, call: action({ name: 'etl.table.rename', role: 'operator', input: renameSchema }, run, as(caller)) };
}

describe('action()', () => {
  it('refuses a signed-out caller without running, and audits the refusal', async () => {
    const { run, call } = renameAction(null);
    expect(await call({ table: 'dashboard_data', label: 'Resumen' })).toEqual({ ok: false, error: { code: 'unauthenticated', message: 'Sign in first' } });
    expect(run).not.toHaveBeenCalled();
    expect(await lastAudit()).toMatchObject({ action: 'etl.table.rename', actor_kind: 'anonymous', actor: null, result: 'denied' });
  });

  it('refuses a caller whose role is below the one needed, and says which', async () => {
    const { run, call } = renameAction(user('viewer'));
    const result = await call({ table: 'dashboard_data', label: 'Resumen' });
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'This needs the operator role; viewer@pulso.test is viewer' } });
    expect(run).not.toHaveBeenCalled();
    expect(await lastAudit()).toMatchObject({ actor_kind: 'user', actor: 'viewer@pulso.test', result: 'denied' });
  });

  it('lists each problem of invalid input, and runs nothing', async () => {
    const { run, call } = renameAction(user('admin'));
    const result = await call({ table: 'pg_user', label: 'x' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code: 'validation_error', issues: [{ path: 'table' }, { path: 'label' }] });
    expect(run).not.toHaveBeenCalled();
    expect(await lastAudit()).toMatchObject({ result: 'failure', params: { input: { table: 'pg_user', label: 'x' } } });
  });

  it('runs for the role or above with the parsed input (a form’s too), auditing it with secrets redacted', async () => {
    const { run, call } = renameAction(user('operator'));
    const form = new FormData();
    form.set('table', 'assignment_data');
    form.set('label', 'Asignación');
    form.set('password', 'never in the log');
    expect(await call(form)).toEqual({ ok: true, data: 'renamed assignment_data' });
    expect(run).toHaveBeenCalledWith({ table: 'assignment_data', label: 'Asignación', password: 'never in the log' }, expect.objectContaining({ role: 'operator' }));
    expect(await lastAudit()).toMatchObject({
      actor: 'operator@pulso.test', result: 'success', error: null,
      params: { input: { table: 'assignment_data', label: 'Asignación', password: '[redacted]' } },
    });
  });

  it('answers an unexpected failure with a bare internal_error, keeping the detail in the server log', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { call } = renameAction(user('admin'), vi.fn(async () => {
      throw new Error('relation "secret_table" does not exist');
    }));
    const result = await call({ table: 'dashboard_data', label: 'Resumen' });
    expect(result).toEqual({ ok: false, error: { code: 'internal_error', message: 'Internal error: the server log has the details' } });
    expect(String(logged.mock.calls[0]?.[1])).toContain('secret_table');
    logged.mockRestore();
    expect(await lastAudit()).toMatchObject({ result: 'failure', error: 'Internal error: the server log has the details' });
  });
});
