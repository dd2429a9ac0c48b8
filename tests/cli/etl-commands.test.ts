// The etl commands as a user types them, on the demo source: refresh with its
// summary, status, watermarks, recovery's dry run, and clear refusals of bad
// input that leave the database untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { runCli } from '../helpers/processes';

let db: TestDatabase;
const etl = (...args: string[]) => runCli('cli/etl.ts', args, { DATABASE_URL: db.url, PULSO_SOURCE: 'demo' });

beforeAll(async () => {
  db = await createTestDatabase(); // not migrated: the command applies what is pending
});
afterAll(() => db.drop());

describe('npm run etl', () => {
  it('refuses an unknown table, a bad mode, a bad date or a missing argument, changing nothing', async () => {
    const cases: [string[], RegExp][] = [
      [['refresh', 'users'], /Unknown table "users"\. Tables: dashboard_data, evolution_data/],
      [['refresh', 'dashboard_data', '--mode', 'turbo'], /Unknown mode "turbo"\. Modes: incremental, full_refresh, sliding_window/],
      [['reset', 'dashboard_data', '2026-02-30'], /"2026-02-30" is not a date/],
      [['reset', 'dashboard_data'], /reset needs a table and a date/],
      [['refresh'], /Name a table or use --all/],
      [['explode'], /Unknown command "explode"/],
      [['refresh', '--bogus'], /Unknown option '--bogus'/],
      [['validate', '--days', 'many'], /--days must be a whole number of days/],
    ];
    for (const [args, message] of cases) {
      const result = await etl(...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    const [{ runs }] = await db.sql`SELECT count(*)::int AS runs FROM etl_execution_log`;
    expect(runs).toBe(0);
  });

  it('refreshes a table with a summary, then skips it while fresh', async () => {
    const first = await etl('refresh', 'evolution_data');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/✓ evolution_data: [\d,]+ rows from the start to \d{4}-\d{2}-\d{2} \(full_refresh\) — [\d,]+ new, 0 changed, 0 unchanged, 0 deleted, 0 rejected/);
    expect(first.stderr).toMatch(/evolution_data: done/); // progress, on stderr

    const again = await etl('refresh', 'evolution_data');
    expect(again.stdout).toMatch(/· evolution_data: skipped — evolution_data was refreshed less than 6 h ago \(use --force\)/);
    const forced = await etl('refresh', 'evolution_data', '--force');
    expect(forced.stdout).toMatch(/\(incremental\) — 0 new, 0 changed, [\d,]+ unchanged, 0 deleted/);
  });

  it('shows status and watermarks, and has nothing to recover', async () => {
    const status = await etl('status');
    expect(status.stdout).toMatch(/ETL health: degraded/);
    expect(status.stdout).toMatch(/evolution_data\s+fresh\s+last success 0\.0 h ago, every 6 h/);
    expect(status.stdout).toMatch(/dashboard_data\s+never/);
    expect((await etl('watermarks')).stdout).toMatch(/evolution_data\s+\d{4}-\d{2}-\d{2}\s+success/);
    expect((await etl('recover', '--dry-run')).stdout).toContain('Nothing to recover: no table is failing.');
    expect((await etl('test')).stdout).toContain('✓ source: demo source (deterministic generator, seed 42)');
  });

  it('resets a watermark and says from what to what', async () => {
    const result = await etl('reset', 'evolution_data', '2026-01-15');
    expect(result.stdout).toMatch(/✓ evolution_data: watermark \d{4}-\d{2}-\d{2} → 2026-01-15/);
    expect((await etl('watermarks')).stdout).toMatch(/evolution_data\s+2026-01-15\s+reset/);
  });
});
