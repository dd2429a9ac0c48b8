// The admin views on the apache edition (CI's PostgreSQL 15 + TimescaleDB 2.19):
// hypertables and chunks are shown; compression and continuous aggregates say
// plainly that this edition lacks them; policies show the retention Pulso
// enforces itself; jobs show TimescaleDB's own housekeeping job failing on the licence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPending } from '../../lib/db/migrations';
import { detectCapabilities } from '../../lib/timescale/capabilities';
import { HYPERTABLES } from '../../lib/timescale/plan';
import { runSetup } from '../../lib/timescale/setup';
import {
  readChunks, readCompressionStats, readContinuousAggregates, readHypertables, readJobs, readPolicies, type JobsView,
} from '../../lib/timescale/views';
import { refusedByLicense } from '../../lib/timescale/views/view';
import { createTestDatabase, serverTimescaleEdition, type TestDatabase } from '../helpers/database';
import { insertDashboardDays, insertOperationDays, insertRuns } from '../helpers/timescale-fixtures';
import {
  expectAvailable, expectChunksCoverDates, expectHypertablesAsConfigured, expectRetentionRowsMatchPulso,
} from '../helpers/timescale-views';
import { waitFor } from '../helpers/wait';

const edition = await serverTimescaleEdition();

describe.runIf(edition === 'apache')('TimescaleDB admin views on the apache edition', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await applyPending(db.runner);
    await insertDashboardDays(db.runner, 120);
    await insertOperationDays(db.runner, 120); // daily chunks: more than the chunks view's default limit
    await insertRuns(db.runner, [100, 40, 2]);
    await runSetup(db.runner);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('lists each configured hypertable with its chunk interval and real chunk count, none compressed', async () => {
    const view = await expectHypertablesAsConfigured(db.runner);
    expect(view.rows.every((r) => !r.compressionEnabled && r.compressedChunks === 0)).toBe(true);
    expect(view.rows.find((r) => r.name === 'dashboard_data')!.chunks).toBeGreaterThanOrEqual(17); // 120 days of weeks
    expect(view.limitations.map((l) => l.feature)).toEqual(['Compression']);
    expect(view.limitations[0].reason).toMatch(/apache edition/);
  });

  it('lists chunks whose ranges cover the inserted dates, with no compression sizes', async () => {
    const chunks = await expectChunksCoverDates(db.runner, 'dashboard_data');
    await expectChunksCoverDates(db.runner, 'operation_data');
    expect(chunks.rows.every((c) => !c.compressed && c.beforeCompressionBytes === null)).toBe(true);
    const all = await readChunks(db.runner);
    expectAvailable(all);
    expect(new Set(all.rows.map((c) => c.hypertable))).toEqual(new Set(['dashboard_data', 'operation_data', 'etl_execution_log']));
    expect(all.rows).toHaveLength(100); // the default limit
  });

  it('says compression and continuous aggregates are unavailable on the apache edition, and how to get them', async () => {
    for (const [view, feature] of [
      [await readCompressionStats(db.runner), 'Compression'],
      [await readContinuousAggregates(db.runner), 'Continuous aggregates'],
    ] as const) {
      expect(view).toMatchObject({ available: false, edition: 'apache', feature });
      if (view.available) continue;
      expect(view.reason).toMatch(/apache edition of TimescaleDB does not include/);
      expect(view.fix).toMatch(/community edition \(timescaledb\.license = timescale\)/);
    }
  });

  it('shows retention as enforced by Pulso with drop_chunks every 6 hours, compression as unavailable', async () => {
    const view = await readPolicies(db.runner);
    expectAvailable(view);
    for (const plan of HYPERTABLES) {
      const retention = view.rows.find((r) => r.table === plan.table && r.kind === 'retention');
      expect(retention?.summary ?? null).toBe(
        plan.retention ? `Enforced by Pulso every 6 hours with drop_chunks (older than ${plan.retention})` : null,
      );
      const compression = view.rows.find((r) => r.table === plan.table && r.kind === 'compression');
      expect(compression?.summary ?? null).toBe(
        plan.compression ? `Compression after ${plan.compression.after}: unavailable on the apache edition` : null,
      );
    }
    expect(view.limitations.map((l) => l.feature).sort()).toEqual(['Compression', 'Retention policies']);
    await expectRetentionRowsMatchPulso(db.runner, await detectCapabilities(db.runner));
  });

  it("shows TimescaleDB's own job, its failed runs and the licence error once the scheduler has run it", async () => {
    // The job-history retention job ships with the extension and runs as soon as the
    // database's scheduler starts; the apache licence refuses its work.
    let view: JobsView | undefined;
    await waitFor(async () => {
      view = await readJobs(db.runner);
      return view.available && view.errors.length > 0;
    }, 'the scheduler to run the job-history retention job', 45_000, 500);
    expectAvailable(view!);
    const job = view.rows.find((j) => j.procedure === 'policy_job_stat_history_retention')!;
    expect(job).toMatchObject({ lastRunStatus: 'Failed', lastSuccessfulFinish: null });
    expect(job.totalRuns).toBeGreaterThanOrEqual(1);
    expect(job.totalFailures).toBe(job.totalRuns);
    expect(job.lastRunStartedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const error = view.errors.find((e) => e.jobId === job.id)!;
    expect(error).toMatchObject({ procedure: job.procedure, sqlState: '0A000', licenseRefused: true });
    expect(error.message).toMatch(/apache" license/);
    expect(view.limitations.map((l) => l.feature)).toEqual(['Background jobs']);
  });

  it('turns a licence refusal into the unavailable shape, while other SQL errors still surface', async () => {
    const caps = await detectCapabilities(db.runner);
    const refused = await refusedByLicense(caps, 'Compression', async () => {
      await db.runner.query(`SELECT add_retention_policy('dashboard_data', INTERVAL '2 years')`);
      return readHypertables(db.runner);
    });
    expect(refused).toMatchObject({ available: false, edition: 'apache', feature: 'Compression' });
    expect(!refused.available && refused.reason).toMatch(/not supported under the current "apache" license/);
    await expect(
      refusedByLicense(caps, 'Compression', async () => {
        await db.runner.query('SELECT * FROM no_such_table');
        return readHypertables(db.runner);
      }),
    ).rejects.toThrow(/no_such_table/);
  });
});
