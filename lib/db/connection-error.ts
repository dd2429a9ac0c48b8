// Turns a failed connection into one sentence naming the cause and the fix,
// so `npm start` and the CLI never greet a newcomer with a bare stack trace.
import { ActionableError } from '../errors';

/** The database cannot be used as configured. */
export class DatabaseUnavailableError extends ActionableError {}

export function explainConnectionError(error: unknown, url: string): DatabaseUnavailableError {
  if (error instanceof DatabaseUnavailableError) return error;
  const where = redactUrl(url);
  const code = (error as { code?: string })?.code;
  const text = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ECONNREFUSED':
      return new DatabaseUnavailableError(
        `No PostgreSQL server answers at ${where}.`,
        'Start that server, or unset DATABASE_URL to use the embedded PostgreSQL.',
        { cause: error },
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new DatabaseUnavailableError(
        `The database host in DATABASE_URL (${where}) cannot be resolved.`,
        'Check the host name in DATABASE_URL.',
        { cause: error },
      );
    case '28P01':
    case '28000':
      return new DatabaseUnavailableError(
        `PostgreSQL at ${where} refused the credentials: ${text}`,
        'Fix the user and password in DATABASE_URL.',
        { cause: error },
      );
    case '3D000':
      return new DatabaseUnavailableError(
        `The database named in DATABASE_URL (${where}) does not exist.`,
        'Create it (createdb …) or point DATABASE_URL at an existing database.',
        { cause: error },
      );
    default:
      return new DatabaseUnavailableError(
        `Cannot connect to PostgreSQL at ${where}: ${text}`,
        'Check DATABASE_URL and that the server is running.',
        { cause: error },
      );
  }
}

/** A connection string safe to print: the password replaced by ***. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
