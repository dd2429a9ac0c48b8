// A worker: takes refresh, schedule and maintenance jobs from the queue and
// runs them here. Any number of worker processes (the console's own, and
// `npm run worker`) share the work; the run log keeps one run per table.
import type PgBoss from 'pg-boss';
import type postgres from 'postgres';
import { postgresRunner } from '../db/sql';
import { env } from '../env';
import { detectCapabilities } from '../timescale/capabilities';
import { enforceRetention } from '../timescale/retention';
import { MART_TABLES, type MartTable } from './config';
import { enqueueRefresh, failDeadJobs, installSchedules, openJobQueue, QUEUE, type BatchJob, type RecoverJob, type RunJob } from './jobs';
import { cleanup } from './maintenance';
import { recover } from './recovery';
import { executeRun, type RunnerOptions } from './runner';
import { lastSuccess } from './runs';
import { sourceFromEnv } from './sources';

export interface WorkerOptions extends RunnerOptions {
  url: string;
  /** Refresh jobs this process runs at once. */
  concurrency?: number;
  log?: (line: string) => void;
  /** Queue a first refresh of never-loaded tables at start (default true). */
  catchUp?: boolean;
}

export interface Worker {
  boss: PgBoss;
  stop(): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const log = options.log ?? ((line: string) => console.log(`▸ ${line}`));
  const boss = await openJobQueue(options.url, { schedule: true, supervise: true });
  const run = async (job: RunJob) => {
    const outcome = await executeRun(options, { id: job.runId, startedAt: new Date(job.startedAt), tableName: job.table, mode: job.mode });
    if (outcome.status === 'success') {
      const c = outcome.counts;
      log(`${job.table}: ${outcome.extracted} rows (${c.inserted} new, ${c.updated} changed, ${c.unchanged} unchanged, ${c.deleted} deleted)`);
    } else if (outcome.status !== 'not_claimed') log(`${job.table}: ${outcome.status} — ${outcome.error}`);
    return outcome;
  };

  for (let lane = 0; lane < (options.concurrency ?? 2); lane++) {
    await boss.work<RunJob>(QUEUE.run, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => run(job.data));
  }
  await boss.work<BatchJob>(QUEUE.batch, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    const queue = [...job.data.runs];
    const lane = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await run(next);
    };
    await Promise.all(Array.from({ length: Math.max(1, job.data.maxConcurrent) }, lane));
  });
  for (const table of MART_TABLES) {
    await boss.work<{ table: MartTable }>(QUEUE.schedule(table), { pollingIntervalSeconds: 5 }, async () => {
      // Through the run queue like every other refresh, so its one-per-table policy covers schedules too.
      await enqueueRefresh(boss, options.sql, table, { mode: 'incremental', trigger: 'schedule' });
    });
  }
  await boss.work(QUEUE.maintenance, { pollingIntervalSeconds: 30 }, async () => {
    const report = await cleanup(options.sql, { expireJobs: (minutes) => failDeadJobs(boss, options.sql, minutes) });
    for (const r of report.abandonedRuns) log(`cleanup: run ${r.id} of ${r.table} abandoned`);
  });
  await boss.work<RecoverJob>(QUEUE.recover, { pollingIntervalSeconds: 2 }, async ([job]) => {
    const report = await recover(options, { triggeredBy: job.data.triggeredBy });
    log(`recovery: ${report.failingTables.length} failing tables, ${report.stillFailing.length ? `still failing: ${report.stillFailing.join(', ')}` : 'all recovered'}`);
    return { stillFailing: report.stillFailing };
  });
  await boss.work(QUEUE.retention, { pollingIntervalSeconds: 30 }, async () => {
    const runner = postgresRunner(options.sql);
    for (const r of await enforceRetention(runner, await detectCapabilities(runner))) {
      if (r.removed > 0) log(`retention: ${r.table} ${r.method} removed ${r.removed} (older than ${r.olderThan})`);
    }
  });
  await installSchedules(boss);
  if (options.catchUp !== false) await catchUp(boss, options.sql);
  return { boss, stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}

/** Tables never loaded get their first refresh now, not at the next cron tick. */
async function catchUp(boss: PgBoss, sql: postgres.Sql) {
  for (const table of MART_TABLES) {
    if (!(await lastSuccess(sql, table))) await boss.send(QUEUE.schedule(table), { table });
  }
  await boss.send(QUEUE.retention, {});
}

/** The worker as configured: the environment's source and concurrency (the console's and `npm run worker`). */
export async function startConfiguredWorker(database: { url: string; sql: postgres.Sql }) {
  const source = sourceFromEnv();
  const worker = await startWorker({ ...database, source, concurrency: env().PULSO_WORKER_CONCURRENCY });
  return { worker, source };
}
