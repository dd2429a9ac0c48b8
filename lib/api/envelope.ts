// The API's one response shape (SPEC §8): {success, timestamp, data} or
// {success: false, timestamp, error: {code, message, details?}}.
import type { ApiError } from './errors';

/** A handler's answer with a status other than 200 (a plain return value means 200). */
export class Reply<T = unknown> {
  constructor(
    readonly status: number,
    readonly data: T,
    readonly headers?: Record<string, string>,
  ) {}
}

export const reply = <T>(status: number, data: T, headers?: Record<string, string>) => new Reply(status, data, headers);

export function successResponse(result: Reply, requestId: string): Response {
  return Response.json(
    { success: true, timestamp: new Date().toISOString(), data: result.data },
    { status: result.status, headers: { 'x-request-id': requestId, 'cache-control': 'no-store', ...result.headers } },
  );
}

export function errorResponse(error: ApiError, requestId: string, headers: Record<string, string> = {}): Response {
  const body = { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) };
  return Response.json(
    { success: false, timestamp: new Date().toISOString(), error: body },
    { status: error.status, headers: { 'x-request-id': requestId, 'cache-control': 'no-store', ...headers } },
  );
}
