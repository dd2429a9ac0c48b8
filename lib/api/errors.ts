// Errors a route handler means to return: a status, a stable code clients can
// switch on, a sentence for people, and details when they help (never a stack).
import { ZodError } from 'zod';
import { LastAdminError, UserExistsError } from '../auth/users';
import { DatabaseUnavailableError } from '../db/connection-error';
import { ActionableError } from '../errors';
import { RunInFlightError } from '../etl/operations';
import { InvalidRequestError } from '../etl/requests';
import { BadCursorError } from '../etl/run-log';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);

export function validationError(error: ZodError, where: string): ApiError {
  const issues = error.issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message }));
  return new ApiError(400, 'validation_error', issues.map((i) => `${i.path}: ${i.message}`).join('; '), { issues });
}

/** Any error → the ApiError the client sees; unknown errors become a bare 500. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) return validationError(error, 'input');
  if (error instanceof InvalidRequestError) return new ApiError(400, 'validation_error', error.message);
  if (error instanceof BadCursorError) return new ApiError(400, 'validation_error', error.message);
  if (error instanceof RunInFlightError) return new ApiError(409, 'run_in_flight', error.message, { runId: error.run.id });
  if (error instanceof UserExistsError) return new ApiError(409, 'conflict', error.message);
  if (error instanceof LastAdminError) return new ApiError(422, 'last_admin', error.message);
  if (error instanceof DatabaseUnavailableError) {
    return new ApiError(503, 'database_unavailable', error.message, { fix: error.fix });
  }
  if (error instanceof ActionableError) return new ApiError(422, 'cannot_proceed', error.message, { fix: error.fix });
  return new ApiError(500, 'internal_error', 'Internal error: the server log has the details');
}
