// The one wrapper every /api/v1 route handler goes through: authenticate,
// authorize by role, check same-origin for cookie mutations, validate the input
// with the contract's zod schemas, run, wrap the result in the envelope, and
// audit every mutation — whatever its outcome.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { writeAudit } from '../auth/audit';
import { hasRole, type Role } from '../auth/roles';
import { getDatabase } from '../db/client';
import { clientInfo } from '../net/client';
import { assertSameOrigin, resolveActor, type Actor } from './actor';
import { readJsonBody } from './body';
import type { Contract } from './contract';
import { errorResponse, Reply, successResponse } from './envelope';
import { ApiError, toApiError, validationError } from './errors';

export interface EndpointInput<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  params: z.infer<P>;
  query: z.infer<Q>;
  body: z.infer<B>;
  actor: Actor;
  request: Request;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export function endpoint<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  contract: Contract<P, Q, B>,
  run: (input: EndpointInput<P, Q, B>) => Promise<Reply | unknown>,
) {
  const mutation = contract.method !== 'GET';
  return async (request: Request, context: RouteContext): Promise<Response> => {
    const requestId = randomUUID();
    let actor: Actor | null = null;
    let input: Partial<EndpointInput<P, Q, B>> = {};
    let outcome: { status: number; error?: ApiError };
    let response: Response;
    try {
      actor = await resolveActor(request);
      requireRole(actor, contract.role);
      if (mutation && actor.kind === 'user') assertSameOrigin(request);
      input = await parseInput(contract, request, context);
      const result = await run({ ...(input as EndpointInput<P, Q, B>), actor, request });
      const replied = result instanceof Reply ? result : new Reply(200, result);
      outcome = { status: replied.status };
      response = successResponse(replied, requestId);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.status >= 500) console.error(`▸ api ${contract.method} ${contract.path} [${requestId}]:`, error);
      outcome = { status: apiError.status, error: apiError };
      response = errorResponse(apiError, requestId);
    }
    if (mutation && contract.audit) await audit(contract, request, actor, input, outcome);
    return response;
  };
}

/** The role check: 401 for no caller, 403 for one whose role is below `role`. */
export function requireRole(actor: Actor | null, role: Role): asserts actor is Actor {
  if (!actor) throw new ApiError(401, 'unauthenticated', 'Sign in, or send an API token as "Authorization: Bearer <token>"');
  if (!hasRole(actor.role, role)) throw new ApiError(403, 'forbidden', `This needs the ${role} role; ${actor.name} is ${actor.role}`);
}

async function parseInput<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  contract: Contract<P, Q, B>,
  request: Request,
  context: RouteContext,
) {
  // Static routes get no params at all: {} keeps the audit's target (taken from the body) working.
  const rawParams = (await context?.params) ?? {};
  const params = contract.params ? contract.params.safeParse(rawParams) : { success: true as const, data: rawParams };
  // A path that names no table, run or user is a 404, whatever the reason it does not parse.
  if (!params.success) throw new ApiError(404, 'not_found', params.error.issues.map((i) => i.message).join('; '));
  const query = (contract.query ?? null)?.safeParse(queryObject(new URL(request.url).searchParams));
  if (query && !query.success) throw validationError(query.error, 'query');
  const rawBody = contract.method === 'GET' ? undefined : await readJsonBody(request);
  const body = contract.body?.safeParse(rawBody ?? {});
  if (body && !body.success) throw validationError(body.error, 'body');
  return { params: params.data, query: query?.data ?? {}, body: body?.data ?? {} } as Partial<EndpointInput<P, Q, B>>;
}

/** Repeated keys become arrays (?cartera=A&cartera=B), single ones stay strings. */
export function queryObject(search: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    result[key] = values.length > 1 ? values : values[0];
  }
  return result;
}

async function audit(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any contract: only its audit fields are read
  contract: Contract<any, any, any>,
  request: Request,
  actor: Actor | null,
  input: Partial<EndpointInput<z.ZodType, z.ZodType, z.ZodType>>,
  outcome: { status: number; error?: ApiError },
) {
  const target = (() => {
    try {
      return input.params ? (contract.audit?.target?.(input as never) ?? null) : null;
    } catch {
      return null;
    }
  })();
  const result = outcome.status < 400 ? 'success' : outcome.status === 401 || outcome.status === 403 ? 'denied' : 'failure';
  try {
    await writeAudit((await getDatabase()).db, {
      actorKind: actor?.kind ?? 'anonymous', actor: actor?.name ?? null, actorId: actor?.id ?? null,
      action: contract.audit!.action, target,
      params: { params: input.params, query: input.query, body: input.body },
      result, httpStatus: outcome.status, error: outcome.error?.message ?? null,
      ...clientInfo(request.headers),
    });
  } catch (error) {
    // The action already happened; a lost audit row is logged loudly rather than turned into a failed response.
    console.error(`▸ audit write failed for ${contract.audit!.action}:`, error instanceof Error ? error.message : error);
  }
}
