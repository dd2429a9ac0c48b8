// Without the TimescaleDB extension in the database (the embedded default, or a
// server that has it available but not created): tables stay plain, the status
// says `basic` and why, and Pulso expires old rows itself with DELETE.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPending } from '../../lib/db/migrations';
import { detectCapabilities } from '../../lib/timescale/capabilities';
import { enforceRetention } from '../../lib/timescale/retention';
import { REQUIRED_TABLES, setupStatus } from '../../lib/timescale/status';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import {
  insertDashboardDays, insertOperationDays, insertRuns, rowsAroundCutoff, tableFingerprint,
} from '../helpers/timescale-fixtures';

describe('setup status before migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('is incomplete and tells the user to run the migrations for every missing table', async () => {
    const status = await setupStatus(db.runner);
    expect(status.overall).toBe('incomplete');
    expect(status.tables.every((t) => !t.exists)).toBe(true);
    for (const table of REQUIRED_TABLES) {
      expect(status.problems).toContain(`Table ${table} is missing: run \`npm run db:migrate\`.`);
    }
  });
});

describe('plain PostgreSQL after migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await applyPending(db.runner);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('reports the basic status and lists the TimescaleDB features this database lacks', async () => {
    const status = await setupStatus(db.runner);
    expect(status.overall).toBe('basic');
    expect(status.capabilities).toMatchObject({ installed: false, edition: 'none', version: null });
    expect(status.problems).toEqual([]);
    expect(status.tables.map((t) => t.name).sort()).toEqual([...REQUIRED_TABLES].sort());
    expect(status.tables.every((t) => t.exists && !t.hypertable?.actual && !t.retentionPolicy)).toBe(true);

    expect(status.missingFeatures.map((f) => f.feature)).toEqual([
      'Hypertables', 'Retention policies', 'Compression', 'Continuous aggregates',
    ]);
    for (const feature of status.missingFeatures) {
      expect(feature.reason).not.toBe('');
      expect(feature.fix).toMatch(/npm run db:setup/);
    }
  });

  it('deletes only the rows older than each table\'s retention and never touches assignment_data', async () => {
    const sql = db.runner;
    await insertDashboardDays(sql, 3 * 365); // ~3 years of daily rows, up to today
    await insertOperationDays(sql, 400, 395); // older than its 1-year retention
    await insertOperationDays(sql, 3);
    await insertRuns(sql, [400, 250, 190, 175, 30, 1]); // 6 months ≈ 181–184 days
    await sql.query(
      `INSERT INTO assignment_data (periodo, archivo, cartera, fecha_asignacion, clientes, cuentas, deuda_asig)
       VALUES (to_char(current_date - 1100, 'YYYY-MM'), 'CAMP_VIEJA', 'TEMPRANA', current_date - 1100, 90, 100, 85050),
              (to_char(current_date - 10, 'YYYY-MM'), 'CAMP_GRANDE', 'TEMPRANA', current_date - 10, 1840, 2000, 1701000)`,
    );
    const dashboardBefore = await rowsAroundCutoff(sql, 'dashboard_data', '2 years', 1);
    const dashboardTotal = (await tableFingerprint(sql, 'dashboard_data')).rows;
    const operationBefore = await rowsAroundCutoff(sql, 'operation_data', '1 year', 1);
    const assignmentBefore = await tableFingerprint(sql, 'assignment_data');
    expect(dashboardBefore.older).toBeGreaterThan(0);
    expect(operationBefore.older).toBeGreaterThan(0);

    const results = await enforceRetention(sql, await detectCapabilities(sql));

    expect(results.map((r) => [r.table, r.method, r.olderThan])).toEqual([
      ['dashboard_data', 'delete', '2 years'],
      ['evolution_data', 'delete', '2 years'],
      ['operation_data', 'delete', '1 year'],
      ['productivity_data', 'delete', '2 years'],
      ['etl_execution_log', 'delete', '6 months'],
    ]);
    const removed = Object.fromEntries(results.map((r) => [r.table, r.removed]));

    const dashboardAfter = await rowsAroundCutoff(sql, 'dashboard_data', '2 years', 1);
    expect(dashboardAfter).toEqual({ older: 0, newer: dashboardBefore.newer });
    expect(removed.dashboard_data).toBe(dashboardTotal - (await tableFingerprint(sql, 'dashboard_data')).rows);
    expect(removed.dashboard_data).toBeGreaterThanOrEqual(dashboardBefore.older);

    expect(await rowsAroundCutoff(sql, 'operation_data', '1 year', 1)).toEqual({ older: 0, newer: operationBefore.newer });
    expect(removed.operation_data).toBe(operationBefore.older);

    const runs = await sql.query<{ age: number }>(
      `SELECT extract(day FROM now() - started_at)::int AS age FROM etl_execution_log ORDER BY started_at`,
    );
    expect(runs.map((r) => r.age)).toEqual([175, 30, 1]);
    expect(removed.etl_execution_log).toBe(3);

    expect(await tableFingerprint(sql, 'assignment_data')).toEqual(assignmentBefore);
    expect(assignmentBefore.rows).toBe(2);

    // Nothing left to expire: a second pass removes nothing.
    const again = await enforceRetention(sql, await detectCapabilities(sql));
    expect(again.every((r) => r.removed === 0)).toBe(true);
  });
});
