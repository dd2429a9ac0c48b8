// The built console (`next build`, then `next start`) on its own test database,
// for tests at the HTTP level: what a browser or a machine would talk to.
import { ensureBuilt } from '../../cli/build';
import { startConsoleProcess } from '../../cli/console-process';
import { createToken } from '../../lib/auth/tokens';
import { createUser } from '../../lib/auth/users';
import type { Role } from '../../lib/auth/roles';
import type { TestDatabase } from './database';
import { createEtlDatabase } from './etl-database';
import { rememberSecret } from './leaks';

export const AUTH_SECRET = 'test-secret-for-pulso-http-tests-0123456789';
export const PASSWORD = 'correct horse battery staple';
rememberSecret(AUTH_SECRET, 'the session secret');
rememberSecret(PASSWORD, 'the test users’ password');

export interface TestConsole {
  url: string;
  database: TestDatabase;
  output(): string;
  /** A bearer token of that role, created straight in the database. */
  token(role: Role, name?: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startConsole(env: Record<string, string> = {}): Promise<TestConsole> {
  await ensureBuilt();
  const database = await createEtlDatabase();
  rememberSecret(database.url, 'the database URL');
  rememberSecret(decodeURIComponent(new URL(database.url).password), 'the database password');
  const server = await startConsoleProcess({ DATABASE_URL: database.url, AUTH_SECRET, PULSO_SOURCE: 'demo', ...env })
    .catch(async (error) => {
      await database.drop();
      throw error;
    });
  return {
    url: server.url,
    database,
    output: server.output,
    token: async (role, name = `${role}-token`) => {
      const { secret } = await createToken(database.db, { name, role }, null);
      rememberSecret(secret, 'an API token');
      return secret;
    },
    stop: async () => {
      await server.stop();
      await database.drop();
    },
  };
}

/** A user of that role, in the console's database. */
export async function createTestUser(database: TestDatabase, role: Role, email = `${role}@pulso.test`) {
  return createUser(database.db, { email, role, name: role, password: PASSWORD });
}
