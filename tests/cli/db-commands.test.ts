// The db commands as a user types them: output, exit codes, errors that name
// the cause and the fix instead of a stack trace, and an audit row for each change.
import { userInfo } from 'node:os';
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

describe('the audit log of npm run db:*', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  const actor = `${userInfo().username}@cli`;
  const tags = loadMigrations().map((m) => m.tag);
  const latest = tags.at(-1)!;
  const entries = () => db.sql`SELECT action, actor_kind, actor, target, params, result, error FROM audit_log ORDER BY id`;
  beforeAll(async () => {
    db = await createTestDatabase();
    env = { DATABASE_URL: db.url };
  });
  afterAll(async () => {
    await db.drop();
  });

  it('has a row for each change — migrate, rollback, full setup, install, retention — made by the OS user', async () => {
    for (const args of [['migrate'], ['migrate'], ['rollback'], ['setup'], ['setup', 'install'], ['setup', 'retention']]) {
      const result = await pulso(args, env);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
    }
    expect(await pulso(['setup', 'validate'], env)).toMatchObject({ code: 0 }); // reads are not audited
    const rows = await entries();
    expect(rows.map((r) => [r.action, r.result])).toEqual([
      ['db.migrations.apply', 'success'], ['db.migrations.apply', 'success'], ['db.migrations.rollback', 'success'],
      ['db.migrations.apply', 'success'], ['db.setup', 'success'], ['db.setup.install', 'success'], ['db.retention', 'success'],
    ]);
    expect(rows.filter((r) => r.actor_kind !== 'cli' || r.actor !== actor)).toEqual([]);
    expect(rows[0].params).toEqual({ applied: tags });
    expect(rows[1].params).toEqual({ applied: [] });
    expect(rows[2]).toMatchObject({ target: latest, params: { rolledBack: latest } });
    expect(rows[3].params).toEqual({ applied: [latest] });
    expect(rows[4].params.actions[0]).toMatchObject({ step: 'extension', target: 'timescaledb' });
    expect(rows[5]).toMatchObject({ target: 'timescaledb', params: { step: 'extension', outcome: expect.any(String) } });
    expect(rows[6].params.results.map((r: { table: string }) => r.table)).toContain('dashboard_data');
  });

  it('records a failed migration with its error', async () => {
    expect((await pulso(['rollback'], env)).code).toBe(0);
    // A relation the latest migration creates (a table or an index: one namespace) is already there: applying it fails.
    const table = loadMigrations().at(-1)!.up.join('\n').match(/CREATE (?:TABLE|(?:UNIQUE )?INDEX)(?: IF NOT EXISTS)? "(\w+)"/)![1];
    await db.sql.unsafe(`CREATE TABLE ${table} (id int)`);
    const failed = await pulso(['migrate'], env);
    expect(failed.code).toBe(1);
    const [last] = await db.sql`SELECT action, result, error, actor FROM audit_log ORDER BY id DESC LIMIT 1`;
    expect(last).toMatchObject({ action: 'db.migrations.apply', result: 'failure', actor, error: expect.stringMatching(/already exists/) });
    await db.sql.unsafe(`DROP TABLE ${table}`);
    expect((await pulso(['migrate'], env)).code).toBe(0);
  });

  it('says so when a rollback drops the audit log itself, and audits again once it is back', async () => {
    let dropped: { code: number; stderr: string } | undefined;
    for (const tag of [...tags].reverse()) {
      const result = await pulso(['rollback'], env);
      expect(result.code, result.stderr).toBe(0);
      if (/auth/.test(tag)) dropped = result;
    }
    expect(dropped!.stderr).toContain('db.migrations.rollback not audited: this database has no audit_log table');
    expect((await pulso(['migrate'], env)).code).toBe(0);
    expect(await entries()).toEqual([expect.objectContaining({ action: 'db.migrations.apply', result: 'success', params: { applied: tags } })]);
  });
});
