// Window cost: the same incremental 7-day refresh on a table holding two years
// and on one holding a month (same rows per day). The merge only owns the
// window, so its cost should not grow with the table.
import { addDays } from '../../lib/etl/window';
import type { BenchDatabase, Flavor, Server } from './databases';
import { explainedRefresh, type ExplainedStatement } from './explain';
import { rowCount, type BenchData } from './source';
import { END, pulsoRefresh, type Measure } from './variants';

export interface WindowResult {
  bigRows: number;
  smallRows: number;
  big: Measure[];
  small: Measure[];
  medianBig: number;
  medianSmall: number;
  ratio: number;
  explained?: { big: ExplainedStatement[]; small: ExplainedStatement[] };
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The source on run `i`: a tenth of the last 7 days' rows carry new values. */
const changedRecent = (data: BenchData, i: number): BenchData => ({
  ...data,
  change: { share: 0.1, version: 100 + i, from: addDays(END, -6) },
});

/**
 * `big` already holds `data` (two years) with its watermark at END; a second
 * database is loaded with the last 30 days. Runs alternate between the two.
 */
export async function windowCost(
  server: Server,
  flavor: Flavor,
  big: BenchDatabase,
  data: BenchData,
  runs: number,
  explain: boolean,
): Promise<WindowResult> {
  const monthData: BenchData = { ...data, days: 30 };
  const small = await server.create(`${flavor === 'postgres' ? 'pg' : 'ts'}_month`, flavor);
  try {
    await pulsoRefresh(small, monthData, 'full_refresh');
    // What autovacuum would have done by the next scheduled run.
    for (const db of [big, small]) {
      await db.sql`VACUUM ANALYZE dashboard_data`;
      await db.sql`CHECKPOINT`;
    }
    const bigRuns: Measure[] = [];
    const smallRuns: Measure[] = [];
    for (let i = 1; i <= runs; i++) {
      const order: [BenchDatabase, BenchData, Measure[]][] = [[big, data, bigRuns], [small, monthData, smallRuns]];
      if (i % 2 === 0) order.reverse();
      for (const [db, base, into] of order) into.push(await pulsoRefresh(db, changedRecent(base, i), 'incremental'));
    }
    const medianBig = median(bigRuns.map((m) => m.seconds));
    const medianSmall = median(smallRuns.map((m) => m.seconds));
    const result: WindowResult = {
      bigRows: rowCount(data), smallRows: rowCount(monthData),
      big: bigRuns, small: smallRuns, medianBig, medianSmall, ratio: medianBig / medianSmall,
    };
    if (explain) {
      result.explained = {
        big: await explainedRefresh(big, changedRecent(data, runs + 1), 'incremental'),
        small: await explainedRefresh(small, changedRecent(monthData, runs + 1), 'incremental'),
      };
    }
    return result;
  } finally {
    await server.drop(small);
  }
}
