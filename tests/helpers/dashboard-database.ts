// A migrated database with all five marts loaded from a (small) demo source
// through the real ETL, at a pinned clock: what the dashboards read in production.
import { MART_TABLES } from '../../lib/etl/config';
import { refreshTables, type RefreshOutcome } from '../../lib/etl/refresh';
import { createDemoSource } from '../../lib/etl/sources/demo';
import { NO_FILTERS, type DashboardFilters } from '../../lib/dashboards/filters';
import type { TestDatabase } from './database';
import { createEtlDatabase } from './etl-database';

export const DEMO_NOW = new Date('2026-11-20T15:00:00Z');
/** The demo's latest fecha_foto at DEMO_NOW (Lima is UTC−5). */
export const DEMO_TODAY = '2026-11-20';

export interface DashboardDatabase extends TestDatabase {
  /** Moves the demo clock (late-arriving data changes the recent days) and refreshes every mart. */
  refreshAll(mode: 'incremental' | 'full_refresh', at?: Date): Promise<RefreshOutcome[]>;
}

export interface DemoOptions {
  campaignsPerMonth?: number;
  agents?: number;
  /** Runs on the migrated, still empty database (e.g. TimescaleDB's setup). */
  beforeLoad?: (database: TestDatabase) => Promise<void>;
}

export async function createDashboardDatabase(options: DemoOptions = {}): Promise<DashboardDatabase> {
  const database = await createEtlDatabase();
  await options.beforeLoad?.(database);
  let clock = DEMO_NOW;
  const source = createDemoSource({ now: () => clock, campaignsPerMonth: options.campaignsPerMonth ?? 12, agents: options.agents ?? 40 });
  const refreshAll = async (mode: 'incremental' | 'full_refresh', at = clock) => {
    clock = at;
    const requests = MART_TABLES.map((table) => ({ table, mode, trigger: 'cli' as const, force: true }));
    const outcomes = await refreshTables({ sql: database.sql, source, now: () => clock }, requests);
    const failed = outcomes.filter((o) => o.status !== 'success');
    if (failed.length > 0) throw new Error(`demo load failed: ${JSON.stringify(failed)}`);
    return outcomes;
  };
  await refreshAll('incremental');
  return { ...database, refreshAll };
}

export { NO_FILTERS };

export const filters = (overrides: Partial<DashboardFilters>): DashboardFilters => ({ ...NO_FILTERS, ...overrides });
export const range = (desde: string, hasta: string) => ({ dates: { kind: 'range' as const, desde, hasta } });
export const cutoff = (fecha: string) => ({ dates: { kind: 'cutoff' as const, fecha } });
