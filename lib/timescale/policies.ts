// Retention and compression policies (community edition only): TimescaleDB's
// own background jobs drop expired chunks and compress settled ones.
import { ident, literal, type SqlRunner } from '../db/sql';
import { sameInterval, type HypertableInfo } from './hypertables';
import type { HypertablePlan } from './plan';
import type { SetupAction } from './action';

type Policy = 'policy_retention' | 'policy_compression';

async function findPolicy(sql: SqlRunner, table: string, proc: Policy) {
  const [job] = await sql.query<{ job_id: number; config: Record<string, string> }>(
    `SELECT job_id, config FROM timescaledb_information.jobs
      WHERE proc_name = $1 AND hypertable_schema = current_schema() AND hypertable_name = $2`,
    [proc, table],
  );
  return job;
}

export async function ensureRetentionPolicy(sql: SqlRunner, plan: HypertablePlan): Promise<SetupAction> {
  const target = plan.table;
  if (!plan.retention) return { step: 'retention', target, outcome: 'skipped', detail: 'keeps all data' };
  const job = await findPolicy(sql, target, 'policy_retention');
  if (job && (await sameInterval(sql, job.config.drop_after, plan.retention))) {
    return { step: 'retention', target, outcome: 'unchanged', detail: `drops chunks older than ${plan.retention}` };
  }
  if (job) await sql.query('SELECT remove_retention_policy($1::regclass)', [target]);
  await sql.query(
    `SELECT add_retention_policy(${literal(target)}::regclass, drop_after => INTERVAL ${literal(plan.retention)})`,
  );
  return {
    step: 'retention',
    target,
    outcome: job ? 'updated' : 'created',
    detail: `drops chunks older than ${plan.retention}`,
  };
}

export async function ensureCompression(
  sql: SqlRunner,
  plan: HypertablePlan,
  info: HypertableInfo | undefined,
): Promise<SetupAction> {
  const target = plan.table;
  const compression = plan.compression;
  if (!compression) return { step: 'compression', target, outcome: 'skipped', detail: 'not compressed' };
  let created = false;
  if (!info?.compressionEnabled) {
    const segmentBy = compression.segmentBy.join(', ');
    await sql.query(
      `ALTER TABLE ${ident(target)} SET (timescaledb.compress,
         timescaledb.compress_segmentby = ${literal(segmentBy)},
         timescaledb.compress_orderby = ${literal(compression.orderBy)})`,
    );
    created = true;
  }
  const job = await findPolicy(sql, target, 'policy_compression');
  const detail = `segment by ${compression.segmentBy.join(', ')}; chunks older than ${compression.after}`;
  if (job && (await sameInterval(sql, job.config.compress_after, compression.after))) {
    return { step: 'compression', target, outcome: created ? 'created' : 'unchanged', detail };
  }
  if (job) await sql.query('SELECT remove_compression_policy($1::regclass)', [target]);
  await sql.query(
    `SELECT add_compression_policy(${literal(target)}::regclass, compress_after => INTERVAL ${literal(compression.after)})`,
  );
  return { step: 'compression', target, outcome: job && !created ? 'updated' : 'created', detail };
}
