// The built console (`next build`, then `next start`) on its own test database,
// for tests at the HTTP level: what a browser or a machine would talk to.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { needsBuild } from '../../cli/build';
import { createToken } from '../../lib/auth/tokens';
import { createUser } from '../../lib/auth/users';
import type { Role } from '../../lib/auth/roles';
import type { TestDatabase } from './database';
import { createEtlDatabase } from './etl-database';
import { rememberSecret } from './leaks';
import { freePort } from './ports';
import { waitFor } from './wait';

const NEXT = path.resolve('node_modules', '.bin', 'next');
const LOCK = path.resolve('.next-build.lock');
export const AUTH_SECRET = 'test-secret-for-pulso-http-tests-0123456789';
export const PASSWORD = 'correct horse battery staple';
rememberSecret(AUTH_SECRET, 'the session secret');
rememberSecret(PASSWORD, 'the test users’ password');

/** Builds once for every test file and worker: the first to get the lock builds, the others wait. */
export async function ensureBuilt() {
  await waitFor(async () => {
    if (!needsBuild()) return true;
    try {
      mkdirSync(LOCK);
    } catch {
      return false; // another worker is building
    }
    try {
      const built = spawnSync(NEXT, ['build'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
      if (built.status !== 0) throw new Error(`next build failed:\n${built.stdout}\n${built.stderr}`);
      return true;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }, 'the console to build', 600_000, 500);
}

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
  const port = await freePort();
  const child = spawn(NEXT, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: database.url,
      AUTH_SECRET, PULSO_WORKER: 'off', PULSO_SOURCE: 'demo', ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/api/health`).catch(() => null))?.ok, () => `the console to start:\n${output}`, 60_000, 200);
  return {
    url,
    database,
    output: () => output,
    token: async (role, name = `${role}-token`) => {
      const { secret } = await createToken(database.db, { name, role }, null);
      rememberSecret(secret, 'an API token');
      return secret;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      await database.drop();
    },
  };
}

/** A user of that role, in the console's database. */
export async function createTestUser(database: TestDatabase, role: Role, email = `${role}@pulso.test`) {
  return createUser(database.db, { email, role, name: role, password: PASSWORD });
}
