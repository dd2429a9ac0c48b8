// Continuous aggregates (community edition only): weekly campaign snapshots
// with their totals by cartera and servicio, and daily operation totals by
// canal — counts summed, ratios recomputed (SPEC §4). Each one carries a hash
// of its definition, so a changed definition is rebuilt, not silently kept.
import { createHash } from 'node:crypto';
import { ident, literal, type SqlRunner } from '../db/sql';
import { bucketColumn, HYPERTABLES, type AggregatePlan } from './plan';
import type { SetupAction } from './action';

export function aggregateDefinition(plan: AggregatePlan): string {
  const groupBy = plan.groupBy.join(', ');
  const timeColumn = HYPERTABLES.find((h) => h.table === plan.source)!.timeColumn;
  return `CREATE MATERIALIZED VIEW ${ident(plan.name)}
     WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS
   SELECT time_bucket(INTERVAL ${literal(plan.bucket)}, ${ident(timeColumn)}) AS ${bucketColumn(plan)},
          ${groupBy},
          ${plan.select}
     FROM ${ident(plan.source)}
    GROUP BY 1, ${groupBy}
   WITH NO DATA`;
}

const signature = (plan: AggregatePlan) => `pulso:${createHash('sha256').update(aggregateDefinition(plan)).digest('hex').slice(0, 16)}`;

export async function ensureContinuousAggregate(sql: SqlRunner, plan: AggregatePlan): Promise<SetupAction> {
  const [existing] = await sql.query<{ comment: string | null }>(
    `SELECT obj_description(format('%I.%I', view_schema, view_name)::regclass, 'pg_class') AS comment
       FROM timescaledb_information.continuous_aggregates
      WHERE view_schema = current_schema() AND view_name = $1`,
    [plan.name],
  );
  let outcome: SetupAction['outcome'] = 'unchanged';
  if (existing && existing.comment !== signature(plan)) {
    // An older definition (its policy and the totals view go with it): rebuilt below from the data.
    await sql.query(`DROP MATERIALIZED VIEW ${ident(plan.name)} CASCADE`);
    outcome = 'updated';
  }
  if (!existing || outcome === 'updated') {
    await sql.query(aggregateDefinition(plan));
    await sql.query(`COMMENT ON VIEW ${ident(plan.name)} IS ${literal(signature(plan))}`);
    // Materialise what is already there; the policy keeps it current after.
    await sql.query(`CALL refresh_continuous_aggregate(${literal(plan.name)}, NULL, NULL)`);
    if (outcome === 'unchanged') outcome = 'created';
  }
  if (plan.totals) await ensureTotalsView(sql, plan);
  if (!(await hasRefreshPolicy(sql, plan))) {
    await sql.query(
      `SELECT add_continuous_aggregate_policy(${literal(plan.name)},
         start_offset => INTERVAL ${literal(plan.startOffset)}, end_offset => NULL,
         schedule_interval => INTERVAL ${literal(plan.refreshEvery)})`,
    );
    if (outcome === 'unchanged') outcome = 'updated';
  }
  return {
    step: 'continuous aggregate',
    target: plan.name,
    outcome,
    detail: `${plan.bucket} buckets of ${plan.source} by ${plan.groupBy.join(', ')}${plan.totals ? `, totals in ${plan.totals.name}` : ''}; refreshed every ${plan.refreshEvery}`,
  };
}

async function ensureTotalsView(sql: SqlRunner, plan: AggregatePlan) {
  const totals = plan.totals!;
  const groupBy = [bucketColumn(plan), ...totals.groupBy].join(', ');
  // Recreated every time (a plain view costs nothing), so a changed definition always takes.
  await sql.query(`DROP VIEW IF EXISTS ${ident(totals.name)}`);
  await sql.query(`CREATE VIEW ${ident(totals.name)} AS SELECT ${groupBy}, ${totals.select} FROM ${ident(plan.name)} GROUP BY ${groupBy}`);
}

/**
 * The jobs view names a refresh policy's target by its materialization
 * hypertable in older releases (2.19) and by the aggregate's own name in newer ones (2.23).
 */
async function hasRefreshPolicy(sql: SqlRunner, plan: AggregatePlan): Promise<boolean> {
  const [job] = await sql.query(
    `SELECT 1 FROM timescaledb_information.jobs j
       JOIN timescaledb_information.continuous_aggregates ca
         ON ca.view_schema = current_schema() AND ca.view_name = $1
      WHERE j.proc_name = 'policy_refresh_continuous_aggregate'
        AND (j.hypertable_schema, j.hypertable_name) IN
            ((ca.view_schema, ca.view_name), (ca.materialization_hypertable_schema, ca.materialization_hypertable_name))`,
    [plan.name],
  );
  return Boolean(job);
}
