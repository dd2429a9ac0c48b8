// The built console (`next build`, then `next start`) on its own test database,
// for tests at the HTTP level: what a browser or a machine would talk to.
import { ensureBuilt } from '../../cli/build';
import { startConsoleProcess } from '../../cli/console-process';
import { createToken } from '../../lib/auth/tokens';
import { createUser } from '../../lib/auth/users';
import type { Role } from '../../lib/auth/roles';
import type { TestDatabase } from './database';
import { createEtlDatabase } from './etl-database';

export const AUTH_SECRET = 'test-secret-for-pulso-http-tests-0123456789';
export const PASSWORD = 'correct horse battery staple';

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
  const server = await startConsoleProcess({ DATABASE_URL: database.url, AUTH_SECRET, PULSO_SOURCE: 'demo', ...env })
    .catch(async (error) => {
      await database.drop();
      throw error;
    });
  return {
    url: server.url,
    database,
    output: server.output,
    token: async (role, name = `${role}-token`) => (await createToken(database.db, { name, role }, null)).secret,
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
