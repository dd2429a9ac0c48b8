// The one role check of server actions, as lib/api/endpoint.ts is for route
// handlers: load the signed-in user, check the role, validate the input with
// zod, run, and audit the call whatever its outcome. A 'use server' file
// exports actions made with it (tests/auth/server-actions.test.ts insists):
//   export const renameUser = action({ name: 'admin.user.update', role: 'admin', input: renameSchema }, (input, user) => …);
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import type { AuditRecord } from './audit';
import { hasRole, type Role } from './roles';
import type { ConsoleUser } from './session';

export type ActionError = {
  code: 'unauthenticated' | 'forbidden' | 'validation_error' | 'internal_error';
  message: string;
  issues?: { path: string; message: string }[];
};

/** What the page gets back: server actions return their failures, a thrown error reaches the browser without its message. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

export interface ActionSpec<S extends z.ZodType> {
  /** The audit action, named like the API's (area.object.verb). */
  name: string;
  role: Role;
  input: S;
}

/** Who is calling and where audit rows go: Next.js's request in the console, a stand-in in tests. */
export interface ActionContext {
  currentUser(): Promise<ConsoleUser | null>;
  audit(record: AuditRecord): Promise<void>;
}

// Imported when an action runs: this module loads without a request or a database.
const nextContext: ActionContext = {
  currentUser: async () => (await import('./session')).getCurrentUser(),
  audit: async (record) => {
    const [{ writeAudit }, { getDatabase }, { headers }, { clientInfo }] = await Promise.all([
      import('./audit'), import('../db/client'), import('next/headers'), import('../net/client'),
    ]);
    await writeAudit((await getDatabase()).db, { ...record, ...clientInfo(await headers()) });
  },
};

/** The action a page calls with one argument (an object, or a form's FormData); the context is fixed here, never the caller's. */
export function action<S extends z.ZodType, T>(
  spec: ActionSpec<S>,
  run: (input: z.infer<S>, user: ConsoleUser) => Promise<T>,
  context: ActionContext = nextContext,
): (raw: unknown) => Promise<ActionResult<T>> {
  return async (raw) => {
    const given = raw instanceof FormData ? Object.fromEntries(raw) : raw;
    const user = await context.currentUser();
    let input: unknown = given;
    let result: ActionResult<T>;
    try {
      if (!user) throw refusal('unauthenticated', 'Sign in first');
      if (!hasRole(user.role, spec.role)) throw refusal('forbidden', `This needs the ${spec.role} role; ${user.email} is ${user.role}`);
      const parsed = spec.input.safeParse(given);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
        throw refusal('validation_error', issues.map((i) => `${i.path || 'input'}: ${i.message}`).join('; '), issues);
      }
      input = parsed.data;
      result = { ok: true, data: await run(parsed.data, user) };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() inside an action are not failures
      if (!(error instanceof Refusal)) console.error(`▸ action ${spec.name}:`, error);
      result = { ok: false, error: error instanceof Refusal ? error.detail : { code: 'internal_error', message: 'Internal error: the server log has the details' } };
    }
    await audit(context, spec, user, input, result);
    return result;
  };
}

class Refusal extends Error {
  constructor(readonly detail: ActionError) {
    super(detail.message);
  }
}

const refusal = (code: ActionError['code'], message: string, issues?: ActionError['issues']) =>
  new Refusal({ code, message, ...(issues && { issues }) });

async function audit(context: ActionContext, spec: ActionSpec<z.ZodType>, user: ConsoleUser | null, input: unknown, result: ActionResult<unknown>) {
  const refused = !result.ok && ['unauthenticated', 'forbidden'].includes(result.error.code);
  try {
    await context.audit({
      actorKind: user ? 'user' : 'anonymous', actor: user?.email ?? null, actorId: user?.id ?? null,
      action: spec.name, params: { input }, result: result.ok ? 'success' : refused ? 'denied' : 'failure',
      error: result.ok ? null : result.error.message,
    });
  } catch (error) {
    // The action already happened; a lost audit row is logged loudly rather than turned into a failure.
    console.error(`▸ audit write failed for ${spec.name}:`, error instanceof Error ? error.message : error);
  }
}
