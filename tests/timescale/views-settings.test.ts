// Server settings next to the seed's production recommendations, on the run's
// server (embedded PostgreSQL, or the TimescaleDB server in CI) and on PGlite:
// values compared by quantity, not by text, and in-session changes seen at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readServerSettings, RECOMMENDED_SETTINGS, settingMatches, toBaseUnits } from '../../lib/db/settings';
import type { SqlRunner } from '../../lib/db/sql';
import { createTestDatabase, serverTimescaleEdition } from '../helpers/database';
import { createTimescaleEngine } from '../helpers/pglite';

describe('comparing a setting with its recommendation', () => {
  it('normalises the units PostgreSQL uses, including 8kB blocks', () => {
    expect(toBaseUnits('512', '8kB')).toBe(toBaseUnits('4MB')); // wal_buffers' default
    expect(toBaseUnits('4096', 'kB')).toBe(4 * 1024 * 1024);
    expect(toBaseUnits('300', 's')).toBe(toBaseUnits('5min'));
    expect(toBaseUnits('off')).toBeNull();
    expect(settingMatches('2048', '8kB', '16MB')).toBe(true);
    expect(settingMatches('512', '8kB', '16MB')).toBe(false);
    expect(settingMatches('600', 's', '10min')).toBe(true);
    expect(settingMatches('300', 's', '10min')).toBe(false);
    expect(settingMatches('0.9', null, '0.9')).toBe(true);
    // A recommendation without a unit is read in the setting's own unit, as postgresql.conf does.
    expect(settingMatches('262144', 'kB', '262144')).toBe(true);
    expect(settingMatches('pg_stat_statements, "timescaledb"', null, 'timescaledb', 'includes')).toBe(true);
    expect(settingMatches('pg_stat_statements', null, 'timescaledb', 'includes')).toBe(false);
    expect(settingMatches('basic', null, 'off')).toBe(false);
  });
});

const engines: [string, () => Promise<{ sql: SqlRunner; preloaded: boolean; close(): Promise<void> }>][] = [
  [
    'the run’s PostgreSQL server',
    async () => {
      const db = await createTestDatabase();
      return { sql: db.runner, preloaded: (await serverTimescaleEdition()) !== null, close: db.drop };
    },
  ],
  [
    'PGlite with TimescaleDB',
    async () => {
      const { db, runner } = await createTimescaleEngine();
      return { sql: runner, preloaded: false, close: () => db.close() }; // loaded as a WASM extension, not preloaded
    },
  ],
];

describe.each(engines)('server settings on %s', (_name, open) => {
  let engine: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    engine = await open();
  });
  afterAll(async () => {
    await engine?.close();
  });

  const inSession = (statements: string[]) =>
    engine.sql.transaction(async (tx) => {
      for (const statement of statements) await tx.query(statement);
      return new Map((await readServerSettings(tx)).map((row) => [row.name, row]));
    });

  it('lists every recommendation of the seed, in its order, with the value as PostgreSQL shows it', async () => {
    const rows = await readServerSettings(engine.sql);
    expect(rows.map((r) => [r.name, r.recommended])).toEqual(RECOMMENDED_SETTINGS.map((r) => [r.name, r.recommended]));
    const workMem = rows.find((r) => r.name === 'work_mem')!;
    expect(workMem.current).toMatch(/^\d+(kB|MB|GB)$/);
    expect(workMem.why).toMatch(/memory/);
    expect(rows.find((r) => r.name === 'shared_preload_libraries')).toMatchObject({ restartRequired: true });
    expect(workMem.restartRequired).toBe(false);
  });

  it('flags work_mem at 4MB as not matching 256MB, and matches once the session sets the same amount in other units', async () => {
    const low = await inSession([`SET LOCAL work_mem = '4MB'`]);
    expect(low.get('work_mem')).toMatchObject({ current: '4MB', recommended: '256MB', matches: false });
    const tuned = await inSession([
      `SET LOCAL work_mem = '262144kB'`,
      `SET LOCAL maintenance_work_mem = '0.5GB'`,
      `SET LOCAL default_statistics_target = 500`,
    ]);
    expect(tuned.get('work_mem')).toMatchObject({ current: '256MB', matches: true, source: 'session' });
    expect(tuned.get('maintenance_work_mem')).toMatchObject({ current: '512MB', matches: true });
    expect(tuned.get('default_statistics_target')).toMatchObject({ current: '500', matches: true });
  });

  it('knows whether TimescaleDB is preloaded, and says so for its own settings', async () => {
    const rows = new Map((await readServerSettings(engine.sql)).map((r) => [r.name, r]));
    expect(rows.get('shared_preload_libraries')!.matches).toBe(engine.preloaded);
    const workers = rows.get('timescaledb.max_background_workers')!;
    if (engine.preloaded) {
      expect(workers.current).toMatch(/^\d+$/);
      expect(workers.matches).toBe(workers.current === '4');
    } else {
      // PGlite registers a few timescaledb.* settings, but not the background-worker ones.
      expect(workers).toMatchObject({ current: null, matches: false });
      expect(workers.why).toMatch(/no such setting \(TimescaleDB is not preloaded\)/);
    }
  });
});
