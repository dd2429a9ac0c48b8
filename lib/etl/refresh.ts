// Refreshing in-process: request a run (one per table at a time), then execute
// it here. The CLI uses this directly; the job queue's workers use executeRun.
import type { MartTable } from './config';
import { executeRun, type RunnerOptions, type RunOutcome } from './runner';
import { requestRun, type RequestOutcome, type RunRequest } from './runs';

export type RefreshOutcome =
  | RunOutcome
  | { table: MartTable; status: 'skipped'; reason: string }
  | { table: MartTable; status: 'already_running'; runId: string };

export async function refreshTable(options: RunnerOptions, request: RunRequest): Promise<RefreshOutcome> {
  const requested: RequestOutcome = await requestRun(options.sql, request, options.now?.());
  if (requested.status === 'skipped') return { table: request.table, status: 'skipped', reason: requested.reason };
  if (requested.status === 'already_running') {
    return { table: request.table, status: 'already_running', runId: requested.run.id };
  }
  return executeRun(options, requested.run);
}

/** Runs several tables with at most `concurrency` at once (SPEC §5: default 2). */
export async function refreshTables(
  options: RunnerOptions,
  requests: RunRequest[],
  concurrency = 2,
): Promise<RefreshOutcome[]> {
  const outcomes: RefreshOutcome[] = new Array(requests.length);
  let next = 0;
  const lane = async () => {
    while (next < requests.length) {
      const index = next++;
      outcomes[index] = await refreshTable(options, requests[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, requests.length)) }, lane));
  return outcomes;
}
