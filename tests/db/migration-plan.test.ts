import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPending, loadMigrations, migrationStatus, rollbackLast, type Migration, type MigrationStatus } from '../../lib/db/migrations';
import { CONSOLE_TABLES, migrationPlan } from '../../lib/db/queries/migration-plan';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

const migration = (tag: string, down: string[] | null, up = ['SELECT 1']): Migration => ({ tag, hash: tag, up, down });
const status = (applied: string[], pending: string[]): MigrationStatus => ({ applied, pending, drifted: [], unknown: [], history: [] });

describe('the migration plan the database page shows before apply and rollback', () => {
  const files = [
    migration('0000_a', ['DROP TABLE IF EXISTS "dashboard_data" CASCADE']),
    migration('0001_auth', ['DROP TABLE IF EXISTS "api_tokens"', 'DROP TABLE "public"."users"']),
    migration('0002_index', ['DROP INDEX IF EXISTS x'], ['CREATE INDEX x ON t (a)', 'ANALYZE t']),
    migration('0003_no_down', null),
  ];

  it('lists the pending migrations apply would run, with their statement counts', () => {
    const plan = migrationPlan(status(['0000_a', '0001_auth'], ['0002_index', '0003_no_down']), files);
    expect(plan.apply).toEqual([{ tag: '0002_index', statements: 2 }, { tag: '0003_no_down', statements: 1 }]);
  });

  it('names the down file a rollback runs, and the console tables it would drop', () => {
    expect(migrationPlan(status(['0000_a', '0001_auth', '0002_index'], []), files).rollback).toEqual({
      tag: '0002_index', downFile: 'drizzle/down/0002_index.sql', statements: ['DROP INDEX IF EXISTS x'], dropsConsoleTables: [],
    });
    expect(migrationPlan(status(['0000_a', '0001_auth'], []), files).rollback?.dropsConsoleTables).toEqual(['users', 'api_tokens']);
  });

  it('says when the last migration has no down file, and when nothing is applied', () => {
    expect(migrationPlan(status(['0000_a', '0001_auth', '0002_index', '0003_no_down'], []), files).rollback)
      .toMatchObject({ tag: '0003_no_down', downFile: null, statements: [] });
    expect(migrationPlan(status([], files.map((f) => f.tag)), files)).toEqual({ apply: expect.any(Array), rollback: null });
  });

  it('knows the real 0002_auth down file drops every console table', () => {
    const real = loadMigrations();
    const upToAuth = real.slice(0, real.findIndex((m) => m.tag === '0002_auth') + 1).map((m) => m.tag);
    const plan = migrationPlan(status(upToAuth, real.map((m) => m.tag).filter((t) => !upToAuth.includes(t))), real);
    expect(plan.rollback?.tag).toBe('0002_auth');
    expect([...(plan.rollback?.dropsConsoleTables ?? [])].sort()).toEqual([...CONSOLE_TABLES].sort());
  });
});

describe('the plan agrees with what rollback does on a real database', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  it('refuses exactly when the plan says the down file drops a console table', async () => {
    await applyPending(db.runner);
    const plan = migrationPlan(await migrationStatus(db.runner));
    expect(plan.apply).toEqual([]);
    const rollback = rollbackLast(db.runner, loadMigrations(), { keep: CONSOLE_TABLES });
    if (plan.rollback!.dropsConsoleTables.length > 0) {
      await expect(rollback).rejects.toThrow(/would drop/);
      expect((await migrationStatus(db.runner)).pending).toEqual([]);
    } else {
      await expect(rollback).resolves.toBe(plan.rollback!.tag);
      expect(migrationPlan(await migrationStatus(db.runner)).apply.map((m) => m.tag)).toEqual([plan.rollback!.tag]);
    }
  });
});
