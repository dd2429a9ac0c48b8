// What /api/v1 answers for a path no route file serves: the envelope, never
// Next.js's HTML 404, so a client's one error handler covers typos too.
import { randomUUID } from 'node:crypto';
import { resolveActor } from './actor';
import { requireRole } from './endpoint';
import { errorResponse } from './envelope';
import { ApiError, toApiError } from './errors';

/**
 * Anonymous callers get 401 before 404, as on every real endpoint (which
 * authenticates before it parses its path): the missing credentials are the
 * fix they need first, and without them every path looks the same, so the
 * status does not tell which endpoints exist. Nothing changes here, so nothing
 * is audited.
 */
export async function unknownEndpoint(request: Request): Promise<Response> {
  const requestId = randomUUID();
  try {
    requireRole(await resolveActor(request), 'viewer');
    const path = new URL(request.url).pathname.slice(0, 300);
    throw new ApiError(404, 'not_found', `No such endpoint: ${request.method} ${path}`);
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.status >= 500) console.error(`▸ api ${request.method} (unknown path) [${requestId}]:`, error);
    return errorResponse(apiError, requestId);
  }
}
