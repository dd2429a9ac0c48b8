// Keeps Pulso's rollups equal to their marts. The ETL calls refreshRollups in
// the transaction that merges a window (lib/etl/merge.ts, first-load.ts), so a
// rollup changes exactly when its mart does and readers never see the two
// disagree. Measured in docs/benchmarks.md: the reads they replace scan
// millions of rows; a refresh of an incremental window costs well under a second.
import type postgres from 'postgres';
import type { MartTable } from '../../etl/config';
import { refreshDashboardRollups } from './dashboard';
import { refreshOperationRollups } from './operation';
import { refreshProductivityRollups } from './productivity';
import { EVERYTHING, type RollupWindow, type Tx } from './window';

export type { RollupWindow } from './window';

const REFRESH: Partial<Record<MartTable, (tx: Tx, window: RollupWindow) => Promise<void>>> = {
  dashboard_data: refreshDashboardRollups,
  operation_data: refreshOperationRollups,
  productivity_data: refreshProductivityRollups,
};

/** Recomputes the rollups of `table` over the days of a merged window (inside the merge's transaction). */
export async function refreshRollups(tx: Tx, table: MartTable, window: RollupWindow): Promise<void> {
  await REFRESH[table]?.(tx, window);
}

/** Rebuilds every rollup from its mart, in one transaction (after a restore, or to repair by hand). */
export async function rebuildRollups(sql: postgres.Sql | postgres.TransactionSql): Promise<void> {
  const rebuild = async (tx: Tx) => {
    for (const table of Object.keys(REFRESH) as MartTable[]) await refreshRollups(tx, table, EVERYTHING);
  };
  if ('begin' in sql) await sql.begin(rebuild);
  else await rebuild(sql); // already inside the caller's transaction
}
