// Emergency recovery (SPEC §5): cleanup, then every failing table re-run
// incrementally (forced), then a full refresh of those still failing.
import { cleanup, failingTables, STALE_AFTER_MINUTES, type CleanupReport } from './maintenance';
import { refreshTable, type RefreshOutcome } from './refresh';
import type { RunnerOptions } from './runner';
import type { MartTable } from './config';

export interface RecoveryStep {
  table: MartTable;
  mode: 'incremental' | 'full_refresh';
  /** Only for a full refresh: it runs if the incremental re-run still fails. */
  onlyIfStillFailing: boolean;
}

export interface RecoveryPlan {
  failingTables: MartTable[];
  steps: RecoveryStep[];
}

export interface RecoveryReport extends RecoveryPlan {
  cleanup: CleanupReport;
  outcomes: RefreshOutcome[];
  stillFailing: MartTable[];
}

/** The dry run: what recovery would do now, changing nothing. */
export async function planRecovery(options: Pick<RunnerOptions, 'sql'>, staleAfterMinutes = STALE_AFTER_MINUTES): Promise<RecoveryPlan> {
  const tables = await failingTables(options.sql, staleAfterMinutes);
  return {
    failingTables: tables,
    steps: [
      ...tables.map((table) => ({ table, mode: 'incremental' as const, onlyIfStillFailing: false })),
      ...tables.map((table) => ({ table, mode: 'full_refresh' as const, onlyIfStillFailing: true })),
    ],
  };
}

export async function recover(
  options: RunnerOptions,
  settings: { staleAfterMinutes?: number; triggeredBy?: string | null } = {},
): Promise<RecoveryReport> {
  const plan = await planRecovery(options, settings.staleAfterMinutes);
  const cleaned = await cleanup(options.sql, { staleAfterMinutes: settings.staleAfterMinutes });
  const outcomes: RefreshOutcome[] = [];
  const stillFailing: MartTable[] = [];
  for (const table of plan.failingTables) {
    const request = { table, trigger: 'recovery' as const, triggeredBy: settings.triggeredBy, force: true };
    let outcome = await refreshTable(options, { ...request, mode: 'incremental' });
    outcomes.push(outcome);
    if (outcome.status !== 'success') {
      outcome = await refreshTable(options, { ...request, mode: 'full_refresh' });
      outcomes.push(outcome);
    }
    if (outcome.status !== 'success') stillFailing.push(table);
  }
  return { ...plan, cleanup: cleaned, outcomes, stillFailing };
}
