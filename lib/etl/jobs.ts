// The job queue (pg-boss): refreshes requested by the console or the API run
// on whichever worker process picks them up; schedules follow each table's
// refresh interval; maintenance runs cleanup and retention. The run log stays
// the source of truth for "one run per table" — the queue only delivers work.
import PgBoss from 'pg-boss';
import type postgres from 'postgres';
import { MART_TABLES, RETENTION_EVERY_HOURS, TABLES, type MartTable } from './config';
import { requestRun, type RequestOutcome, type RunMode, type RunTrigger } from './runs';

export const QUEUE = {
  run: 'etl-run',
  batch: 'etl-batch',
  maintenance: 'etl-maintenance',
  retention: 'etl-retention',
  recover: 'etl-recover',
  schedule: (table: MartTable) => `etl-schedule-${table}`,
} as const;

export interface RunJob {
  runId: string;
  startedAt: string;
  table: MartTable;
  mode: RunMode;
}

export interface BatchJob {
  runs: RunJob[];
  maxConcurrent: number;
}

/** Starts pg-boss on the database (creating its schema once) and declares Pulso's queues. */
export async function openJobQueue(url: string, options: { schedule?: boolean; supervise?: boolean } = {}) {
  const boss = new PgBoss({
    connectionString: url,
    schema: 'pgboss',
    max: 4,
    application_name: 'pulso-jobs',
    schedule: options.schedule ?? false,
    supervise: options.supervise ?? false,
  });
  // 57P01: the server is shutting down (Ctrl-C stops the embedded one too): not worth a line.
  const ADMIN_SHUTDOWN = '57P01';
  boss.on('error', (error) => {
    if ((error as { code?: string }).code !== ADMIN_SHUTDOWN) console.error('▸ job queue:', error.message);
  });
  await boss.start();
  // A crashed worker's job expires instead of blocking its table forever; the run itself is failed by cleanup.
  await ensureQueue(boss, { name: QUEUE.run, policy: 'singleton', retryLimit: 0, expireInHours: 2 });
  await ensureQueue(boss, { name: QUEUE.batch, policy: 'standard', retryLimit: 0, expireInHours: 4 });
  await ensureQueue(boss, { name: QUEUE.maintenance, policy: 'short', retryLimit: 1, expireInHours: 1 });
  await ensureQueue(boss, { name: QUEUE.retention, policy: 'short', retryLimit: 1, expireInHours: 1 });
  // One recovery at a time, one more waiting: a third request adds nothing the waiting one won't do.
  await ensureQueue(boss, { name: QUEUE.recover, policy: 'stately', retryLimit: 0, expireInHours: 4 });
  for (const table of MART_TABLES) {
    await ensureQueue(boss, { name: QUEUE.schedule(table), policy: 'short', retryLimit: 0, expireInHours: 4 });
  }
  return boss;
}

async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue) {
  if (!(await boss.getQueue(queue.name))) {
    await boss.createQueue(queue.name, queue).catch(async (error) => {
      if (!(await boss.getQueue(queue.name))) throw error; // created by another process meanwhile
    });
  }
}

export function runJob(run: { id: string; startedAt: Date; tableName: string; mode: string }): RunJob {
  return { runId: run.id, startedAt: run.startedAt.toISOString(), table: run.tableName as MartTable, mode: run.mode as RunMode };
}

export interface EnqueueRequest {
  mode?: RunMode;
  force?: boolean;
  trigger: RunTrigger;
  triggeredBy?: string | null;
}

/** Queues one table's refresh: 'queued' with its run, or the run already in flight, or 'skipped'. */
export async function enqueueRefresh(boss: PgBoss, sql: postgres.Sql, table: MartTable, request: EnqueueRequest) {
  const outcome = await requestRun(sql, { ...request, table, mode: request.mode ?? 'incremental' });
  if (outcome.status === 'queued') await boss.send(QUEUE.run, runJob(outcome.run), { singletonKey: table });
  return outcome;
}

/**
 * A dashboard refresh: one run per table, executed by one job with at most
 * `maxConcurrent` tables at a time (SPEC §5, default 2).
 */
export async function enqueueDashboardRefresh(
  boss: PgBoss,
  sql: postgres.Sql,
  request: EnqueueRequest & { tables?: MartTable[]; maxConcurrent?: number },
): Promise<Record<MartTable, RequestOutcome>> {
  const tables = request.tables ?? [...MART_TABLES];
  const outcomes = {} as Record<MartTable, RequestOutcome>;
  for (const table of tables) outcomes[table] = await requestRun(sql, { ...request, table, mode: request.mode ?? 'incremental' });
  const runs = Object.values(outcomes).flatMap((o) => (o.status === 'queued' ? [runJob(o.run)] : []));
  if (runs.length > 0) await boss.send(QUEUE.batch, { runs, maxConcurrent: request.maxConcurrent ?? 2 } satisfies BatchJob);
  return outcomes;
}

export interface RecoverJob {
  triggeredBy: string | null;
}

/** Emergency recovery as a job: it re-runs tables one after another, longer than an HTTP request should wait. */
export async function enqueueRecovery(boss: PgBoss, request: RecoverJob): Promise<string | null> {
  return boss.send(QUEUE.recover, request satisfies RecoverJob);
}

/** A cron expression for "every N hours" (N dividing the day, or daily at 03:00 Lima). */
export function cronEvery(hours: number): string {
  if (hours >= 24) return '0 3 * * *';
  return `0 */${hours} * * *`;
}

export async function installSchedules(boss: PgBoss) {
  for (const table of MART_TABLES) {
    await boss.schedule(QUEUE.schedule(table), cronEvery(TABLES[table].refreshEveryHours), { table }, { tz: 'America/Lima' });
  }
  await boss.schedule(QUEUE.maintenance, '*/5 * * * *', {}, { tz: 'America/Lima' });
  // Where TimescaleDB cannot expire data itself (apache edition, plain PostgreSQL), Pulso does (SPEC §7).
  await boss.schedule(QUEUE.retention, `15 */${RETENTION_EVERY_HOURS} * * *`, {}, { tz: 'America/Lima' });
}

/**
 * Jobs still "active" whose worker died: a run job whose run cleanup failed,
 * or a batch job none of whose runs is running or finished recently (a live
 * batch always has one). Failing them frees the table's singleton slot, and
 * lets cleanup fail the batch's runs that will now never start.
 */
/**
 * Active jobs whose worker died: a run job whose run already ended, and a
 * batch job stale for `staleAfterMinutes` with none of its runs alive.
 */
export function findDeadJobs(sql: postgres.Sql, staleAfterMinutes: number) {
  return sql<{ id: string; name: string }[]>`
    SELECT j.id::text, j.name FROM pgboss.job j
    WHERE j.state = 'active' AND j.name = ${QUEUE.run}
      AND NOT EXISTS (SELECT 1 FROM etl_execution_log l WHERE l.id::text = j.data->>'runId' AND l.status IN ('queued', 'running'))
    UNION ALL
    SELECT j.id::text, j.name FROM pgboss.job j
    WHERE j.state = 'active' AND j.name = ${QUEUE.batch}
      AND j.started_on < now() - make_interval(mins => ${staleAfterMinutes})
      AND NOT EXISTS (
        SELECT 1 FROM etl_execution_log l
        WHERE l.id::text IN (SELECT r->>'runId' FROM jsonb_array_elements(j.data->'runs') r)
          AND (l.status = 'running' OR l.completed_at > now() - make_interval(mins => ${staleAfterMinutes})))`;
}

export async function failDeadJobs(boss: PgBoss, sql: postgres.Sql, staleAfterMinutes: number): Promise<number> {
  const jobs = await findDeadJobs(sql, staleAfterMinutes);
  for (const job of jobs) await boss.fail(job.name, job.id, { reason: 'its worker stopped' });
  return jobs.length;
}
