// The admin views on plain PostgreSQL (the embedded default, or a server where
// TimescaleDB is not created in the database): every TimescaleDB view says it
// is unavailable, why, and how to fix it — and the policies view shows the
// retention Pulso enforces itself with DELETE.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPending } from '../../lib/db/migrations';
import { detectCapabilities } from '../../lib/timescale/capabilities';
import { HYPERTABLES } from '../../lib/timescale/plan';
import {
  readChunks, readCompressionStats, readContinuousAggregates, readHypertables, readJobs, readPolicies,
  PULSO_RETENTION_EVERY,
} from '../../lib/timescale/views';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { insertDashboardDays, insertRuns } from '../helpers/timescale-fixtures';
import { expectAvailable, expectRetentionRowsMatchPulso } from '../helpers/timescale-views';

describe('TimescaleDB admin views on plain PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await applyPending(db.runner);
    await insertDashboardDays(db.runner, 30);
    await insertRuns(db.runner, [10, 1]);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('answers every TimescaleDB view with "unavailable", the reason and the fix — never an error', async () => {
    const views = {
      Hypertables: [await readHypertables(db.runner), await readChunks(db.runner, { hypertable: 'dashboard_data' })],
      Compression: [await readCompressionStats(db.runner)],
      'Continuous aggregates': [await readContinuousAggregates(db.runner)],
      'Background jobs': [await readJobs(db.runner)],
    };
    for (const [feature, results] of Object.entries(views)) {
      for (const view of results) {
        expect(view).toMatchObject({ available: false, edition: 'none', feature });
        if (view.available) continue;
        expect(view.reason.length, feature).toBeGreaterThan(10);
        // Either "run npm run db:setup" (extension available) or "install …, then run npm run db:setup".
        expect(view.fix).toMatch(/npm run db:setup/);
      }
    }
    const hypertables = views.Hypertables[0];
    expect(!hypertables.available && hypertables.reason).toMatch(/TimescaleDB is not installed/);
  });

  it('shows each configured retention as enforced by Pulso with DELETE every 6 hours, and compression as unavailable', async () => {
    const view = await readPolicies(db.runner);
    expectAvailable(view);
    const retention = view.rows.filter((r) => r.kind === 'retention');
    expect(retention.map((r) => r.table).sort()).toEqual(HYPERTABLES.filter((p) => p.retention).map((p) => p.table).sort());
    for (const row of retention) {
      const plan = HYPERTABLES.find((p) => p.table === row.table)!;
      expect(row).toMatchObject({ enforcedBy: 'pulso', method: 'delete', olderThan: plan.retention, jobId: null });
      expect(row.schedule).toBe(PULSO_RETENTION_EVERY);
      expect(row.summary).toBe(`Enforced by Pulso every 6 hours with DELETE (older than ${plan.retention})`);
    }
    const compression = view.rows.filter((r) => r.kind === 'compression');
    expect(compression.map((r) => r.table).sort()).toEqual(HYPERTABLES.filter((p) => p.compression).map((p) => p.table).sort());
    for (const row of compression) {
      expect(row).toMatchObject({ enforcedBy: 'nobody', method: null, schedule: null });
      expect(row.summary).toMatch(/unavailable on plain PostgreSQL$/);
    }
    expect(view.limitations.map((l) => l.feature).sort()).toEqual(['Compression', 'Retention policies']);
  });

  it('describes the retention pass Pulso really runs here', async () => {
    await expectRetentionRowsMatchPulso(db.runner, await detectCapabilities(db.runner));
  });
});
