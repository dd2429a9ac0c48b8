// The job queue: refreshes requested through pg-boss run on workers, a
// dashboard refresh keeps to its concurrency, and two worker processes never
// run one table at once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MART_TABLES } from '../../lib/etl/config';
import { enqueueDashboardRefresh, enqueueRefresh, failDeadJobs, openJobQueue, QUEUE, runJob } from '../../lib/etl/jobs';
import { cleanup } from '../../lib/etl/maintenance';
import { getRun } from '../../lib/etl/runs';
import { createDemoSource } from '../../lib/etl/sources/demo';
import type { Source } from '../../lib/etl/sources/source';
import { startWorker, type Worker } from '../../lib/etl/worker';
import type { TestDatabase } from '../helpers/database';
import { createEtlDatabase } from '../helpers/etl-database';
import { spawnCli } from '../helpers/processes';
import { waitFor } from '../helpers/wait';

let database: TestDatabase;

/** The demo source, made slow enough that runs overlap in time. */
function slowDemo(delayMs: number): Source {
  const demo = createDemoSource();
  return {
    ...demo,
    async *extract(window, options) {
      for await (const rows of demo.extract(window, options)) {
        await new Promise((r) => setTimeout(r, delayMs));
        yield rows;
      }
    },
  };
}

const finished = (ids: string[]) =>
  waitFor(async () => {
    const runs = await Promise.all(ids.map((id) => getRun(database.sql, id)));
    return runs.every((r) => r && ['success', 'failed', 'cancelled'].includes(r.status)) && runs;
  }, 'runs to finish', 60_000);

beforeAll(async () => {
  database = await createEtlDatabase();
});
afterAll(() => database.drop());
beforeEach(async () => {
  await database.sql`TRUNCATE etl_watermarks, etl_execution_log`;
});

describe('a worker in this process', () => {
  let worker: Worker;
  beforeAll(async () => {
    worker = await startWorker({ url: database.url, sql: database.sql, source: slowDemo(150), catchUp: false, log: () => {} });
  });
  afterAll(() => worker.stop());

  it('runs a queued refresh and reports it in the run log', async () => {
    const outcome = await enqueueRefresh(worker.boss, database.sql, 'evolution_data', { mode: 'sliding_window', trigger: 'api', force: true });
    expect(outcome.status).toBe('queued');
    const [run] = await finished([outcome.status === 'queued' ? outcome.run.id : '']);
    expect(run).toMatchObject({ status: 'success', trigger: 'api', phase: 'done' });
    expect(run!.rowsInserted).toBeGreaterThan(0);
  });

  it('runs a dashboard refresh with at most max_concurrent tables at once', async () => {
    const outcomes = await enqueueDashboardRefresh(worker.boss, database.sql, { mode: 'sliding_window', force: true, trigger: 'api', maxConcurrent: 2 });
    const ids = Object.values(outcomes).map((o) => (o.status === 'queued' ? o.run.id : ''));
    expect(ids.filter(Boolean)).toHaveLength(5);
    let most = 0;
    const sampler = setInterval(async () => {
      const [{ running }] = await database.sql`SELECT count(*)::int AS running FROM etl_execution_log WHERE status = 'running'`;
      most = Math.max(most, running);
    }, 20);
    const runs = await finished(ids);
    clearInterval(sampler);
    expect(runs.map((r) => r!.status)).toEqual(MART_TABLES.map(() => 'success'));
    expect(most).toBe(2);
  });
});

describe('cleanup and the queue', () => {
  it('leaves a queued run alone while its job waits for a worker', async () => {
    const boss = await openJobQueue(database.url);
    try {
      const outcome = await enqueueRefresh(boss, database.sql, 'evolution_data', { trigger: 'api', force: true });
      expect(outcome.status).toBe('queued');
      expect((await cleanup(database.sql, { staleAfterMinutes: 0 })).abandonedRuns).toEqual([]);
      await boss.deleteJob(QUEUE.run, (await database.sql`SELECT id::text FROM pgboss.job WHERE name = ${QUEUE.run} AND state = 'created'`).map((j) => j.id));
      expect((await cleanup(database.sql, { staleAfterMinutes: 0 })).abandonedRuns).toHaveLength(1);
    } finally {
      await boss.stop();
    }
  });
});

describe('cleanup of a batch whose worker died', () => {
  it('fails the dead batch job, then the runs it will never start — but not a live batch', async () => {
    const boss = await openJobQueue(database.url);
    try {
      await enqueueDashboardRefresh(boss, database.sql, { trigger: 'api', force: true });
      const [job] = await boss.fetch(QUEUE.batch); // a worker took it… and died
      expect(job).toBeDefined();
      const expireJobs = (minutes: number) => failDeadJobs(boss, database.sql, minutes);
      expect(await cleanup(database.sql, { expireJobs })).toMatchObject({ expiredJobs: 0, abandonedRuns: [] });

      const report = await cleanup(database.sql, { staleAfterMinutes: 0, expireJobs });
      expect(report.expiredJobs).toBe(1);
      expect(report.abandonedRuns.map((r) => r.table).sort()).toEqual([...MART_TABLES].sort());
    } finally {
      await boss.stop();
    }
  });
});

describe('two worker processes', () => {
  it('never run one table at once, even when runs for it were queued together', async () => {
    // Every other table counts as loaded, so the workers' start-up catch-up leaves them alone.
    for (const table of MART_TABLES.filter((t) => t !== 'dashboard_data')) {
      await database.sql`INSERT INTO etl_execution_log (table_name, mode, trigger, status, completed_at) VALUES (${table}, 'incremental', 'cli', 'success', now())`;
    }
    const env = { DATABASE_URL: database.url, PULSO_SOURCE: 'demo' };
    const workers = [spawnCli('cli/worker.ts', [], env), spawnCli('cli/worker.ts', [], env)];
    try {
      await Promise.all(workers.map((w) => waitFor(async () => w.output().includes('worker started'), () => `a worker to start (output: ${w.output()})`)));
      // Six runs of one table queued at once (as if requests had raced past the run log).
      const runs = await database.sql<{ id: string; started_at: Date }[]>`
        INSERT INTO etl_execution_log (table_name, mode, trigger, status, started_at)
        SELECT 'dashboard_data', 'sliding_window', 'api', 'queued', date_trunc('milliseconds', clock_timestamp()) + g * interval '1 ms'
        FROM generate_series(1, 6) g RETURNING id, started_at`;
      const boss = await openJobQueue(database.url);
      for (const r of runs) {
        await boss.send(QUEUE.run, runJob({ id: r.id, startedAt: r.started_at, tableName: 'dashboard_data', mode: 'sliding_window' }), { singletonKey: 'dashboard_data' });
      }
      await boss.stop();
      await finished(runs.map((r) => r.id));
      // The six, plus the first refresh each worker schedules at start for a never-loaded table.
      const all = await database.sql<{ id: string }[]>`SELECT id FROM etl_execution_log WHERE table_name = 'dashboard_data'`;
      const done = await finished(all.map((r) => r.id));
      expect(done.length).toBeGreaterThanOrEqual(6);
      expect(done.map((r) => [r!.status, r!.errorMessage])).toEqual(done.map(() => ['success', null]));

      const spans = done
        .map((r) => ({ from: new Date((r!.metadata as { claimedAt: string }).claimedAt).getTime(), to: r!.completedAt!.getTime(), by: (r!.metadata as { claimedBy: string }).claimedBy }))
        .sort((a, b) => a.from - b.from);
      for (let i = 1; i < spans.length; i++) expect(spans[i].from).toBeGreaterThanOrEqual(spans[i - 1].to);
      const pids = workers.map((w) => String(w.process.pid));
      for (const span of spans) expect(pids).toContain(span.by.split(':').at(-1)); // run by the workers, not by this test
    } finally {
      for (const w of workers) w.process.kill('SIGTERM');
      await Promise.all(workers.map((w) => w.exited));
    }
  }, 120_000);
});
