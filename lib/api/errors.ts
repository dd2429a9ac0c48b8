// Errors a route handler means to return: a status, a stable code clients can
// switch on, a sentence for people, and details when they help (never a stack).
import { ZodError } from 'zod';
import { LastAdminError, UserExistsError } from '../auth/users';
import { DashboardFilterError } from '../dashboards/filters';
import { DatabaseUnavailableError } from '../db/connection-error';
import { ActionableError } from '../errors';
import { RunInFlightError } from '../etl/operations';
import { InvalidRequestError } from '../etl/requests';
import { BadCursorError } from '../etl/run-log';

const UNDEFINED_TABLE = '42P01';

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
  if (error instanceof DashboardFilterError) {
    const issues = error.issues.map((i) => ({ path: `query.${i.param}`, message: i.message }));
    return new ApiError(400, 'validation_error', issues.map((i) => `${i.path}: ${i.message}`).join('; '), { issues });
  }
  if (error instanceof BadCursorError) return new ApiError(400, 'validation_error', error.message);
  // The same word as a refresh outcome's status, so a client learns one code for "a run is in flight".
  if (error instanceof RunInFlightError) return new ApiError(409, 'already_running', error.message, { runId: error.runId });
  if (error instanceof UserExistsError) return new ApiError(409, 'conflict', error.message);
  if (error instanceof LastAdminError) return new ApiError(422, 'last_admin', error.message);
  if (error instanceof DatabaseUnavailableError) {
    return new ApiError(503, 'database_unavailable', error.message, { fix: error.fix });
  }
  if (error instanceof ActionableError) return new ApiError(422, 'cannot_proceed', error.message, { fix: error.fix });
  // A table the code needs is missing: the database is behind this build (a rollback, or migrations not applied).
  if ((error as { code?: string })?.code === UNDEFINED_TABLE) {
    return new ApiError(503, 'schema_incomplete', 'The database lacks a table this version of Pulso needs', {
      fix: 'Apply the pending migrations: the Database page, or npm run db:migrate',
    });
  }
  return new ApiError(500, 'internal_error', 'Internal error: the server log has the details');
}
