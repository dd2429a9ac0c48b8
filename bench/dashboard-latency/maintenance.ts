// What the rollups cost the ETL: each mart's refresh over an incremental
// window (its lookback, as a merge runs it), timed inside a transaction that
// is rolled back so the kept database does not change — then the rollups are
// vacuumed, since a rolled-back rewrite still leaves dead row versions and
// pages no index-only scan can trust until a vacuum passes.
import { refreshRollups } from '../../lib/dashboards/rollups';
import type { Database } from '../../lib/db/client';
import { TABLES, type MartTable } from '../../lib/etl/config';
import { addDays } from '../../lib/etl/window';

export interface MaintenanceCost {
  table: MartTable;
  window: string;
  seconds: number;
}

const ROLLED_UP: MartTable[] = ['dashboard_data', 'operation_data', 'productivity_data'];

export async function maintenanceCosts(db: Database, end: string, runs = 3): Promise<MaintenanceCost[]> {
  const costs: MaintenanceCost[] = [];
  for (const table of ROLLED_UP) {
    const window = { start: addDays(end, -TABLES[table].lookbackDays), end };
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await db.sql.begin(async (tx) => {
        await refreshRollups(tx, table, window);
        times.push((performance.now() - t0) / 1000);
        throw new RolledBack();
      }).catch((error) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    }
    costs.push({ table, window: `${window.start}..${window.end}`, seconds: times.sort((a, b) => a - b)[Math.floor(runs / 2)] });
  }
  const rollups = await db.sql<{ name: string }[]>`SELECT tablename AS name FROM pg_tables WHERE tablename LIKE 'rollup\\_%'`;
  for (const { name } of rollups) await db.sql.unsafe(`VACUUM ${name}`);
  return costs;
}

class RolledBack extends Error {}
