// Continuous aggregates (community edition only): weekly dashboard totals and
// daily operation totals, summed counts with ratios recomputed from the sums.
import { ident, literal, type SqlRunner } from '../db/sql';
import { bucketColumn, HYPERTABLES, type AggregatePlan } from './plan';
import type { SetupAction } from './action';

export async function ensureContinuousAggregate(sql: SqlRunner, plan: AggregatePlan): Promise<SetupAction> {
  const [existing] = await sql.query(
    `SELECT 1 FROM timescaledb_information.continuous_aggregates
      WHERE view_schema = current_schema() AND view_name = $1`,
    [plan.name],
  );
  let outcome: SetupAction['outcome'] = 'unchanged';
  if (!existing) {
    const groupBy = plan.groupBy.join(', ');
    const timeColumn = HYPERTABLES.find((h) => h.table === plan.source)!.timeColumn;
    await sql.query(
      `CREATE MATERIALIZED VIEW ${ident(plan.name)}
         WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS
       SELECT time_bucket(INTERVAL ${literal(plan.bucket)}, ${ident(timeColumn)}) AS ${bucketColumn(plan)},
              ${groupBy},
              ${plan.select}
         FROM ${ident(plan.source)}
        GROUP BY 1, ${groupBy}
       WITH NO DATA`,
    );
    // Materialise what is already there; the policy keeps it current after.
    await sql.query(`CALL refresh_continuous_aggregate(${literal(plan.name)}, NULL, NULL)`);
    outcome = 'created';
  }
  // The jobs view names a refresh policy's target by its materialization
  // hypertable in older releases (2.19) and by the aggregate's own name in newer ones (2.23).
  const [job] = await sql.query(
    `SELECT 1 FROM timescaledb_information.jobs j
       JOIN timescaledb_information.continuous_aggregates ca
         ON ca.view_schema = current_schema() AND ca.view_name = $1
      WHERE j.proc_name = 'policy_refresh_continuous_aggregate'
        AND (j.hypertable_schema, j.hypertable_name) IN
            ((ca.view_schema, ca.view_name), (ca.materialization_hypertable_schema, ca.materialization_hypertable_name))`,
    [plan.name],
  );
  if (!job) {
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
    detail: `${plan.bucket} buckets of ${plan.source} by ${plan.groupBy.join(', ')}; refreshed every ${plan.refreshEvery}`,
  };
}
