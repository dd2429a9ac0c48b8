// The db commands as a user types them: output, exit codes, and errors that
// name the cause and the fix instead of a stack trace.
import { loadMigrations } from '../../lib/db/migrations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { freePort } from '../helpers/ports';
import { runCli } from '../helpers/processes';

const pulso = (args: string[], env: Record<string, string>) => runCli('cli/db.ts', args, env);

describe('npm run db:*', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    db = await createTestDatabase();
    env = { DATABASE_URL: db.url };
  });
  afterAll(async () => {
    await db.drop();
  });

  it('walks a new database from incomplete to basic, and back with rollback', async () => {
    const empty = await pulso(['setup', 'validate'], env);
    expect(empty.stdout).toContain('Overall Status: incomplete');
    expect(empty.code).toBe(1);

    const migrate = await pulso(['migrate'], env);
    expect(migrate.stdout).toContain('✓ applied 0000_initial_schema');
    expect((await pulso(['migrate'], env)).stdout).toContain('Database is up to date.');

    const validate = await pulso(['setup', 'validate'], env);
    expect(validate.stdout).toMatch(/dashboard_data\s+table/);
    expect(validate.stdout).toContain('Overall Status: basic');
    expect(validate.code).toBe(0);

    expect((await pulso(['status'], env)).stdout).toMatch(/applied\s+0000_initial_schema/);
    const latest = loadMigrations().at(-1)!.tag;
    expect((await pulso(['rollback'], env)).stdout).toContain(`✓ rolled back ${latest}`);
    const after = await pulso(['status'], env);
    expect(after.stdout).toMatch(new RegExp(`pending\\s+${latest}`));
    expect(after.stdout).toMatch(new RegExp(`down\\s+${latest}`));
  });

  it('refuses an unknown setup step with the list of valid ones', async () => {
    const result = await pulso(['setup', 'everything'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('check, validate, install, retention');
  });

  it('explains an unreachable server in one message with the fix, no stack trace, no password', async () => {
    const port = await freePort();
    const result = await pulso(['status'], { DATABASE_URL: `postgres://etl:hunter2@127.0.0.1:${port}/pulso` });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`No PostgreSQL server answers at postgres://etl:***@127.0.0.1:${port}/pulso`);
    expect(result.stderr).toContain('→ Start that server, or unset DATABASE_URL');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr + result.stdout).not.toContain('hunter2');
  });

  it('names the variable when the environment is invalid', async () => {
    const result = await pulso(['status'], { DATABASE_URL: 'mysql://nope' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
  });
});
