// A run's live state: its heartbeat and progress written to the run log every
// second (the console polls it), progress handed to the CLI's bars, and a
// cancel request turned into an abort between batches.
import type postgres from 'postgres';
import type { MartTable } from './config';
import type { ExtractCounters } from './extract';
import { RunCancelledError } from './merge';
import { reportProgress } from './runs';

export interface LiveProgress {
  runId: string;
  table: MartTable;
  phase: 'extract' | 'load' | 'merge' | 'done';
  rowsExtracted: number;
  rowsTotalEstimate: number | null;
}

export class RunTracker {
  readonly counters: ExtractCounters = { extracted: 0, rejected: 0, attempts: 0, newest: null };
  readonly abort = new AbortController();
  phase: LiveProgress['phase'] = 'extract';
  estimate: number | null = null;
  private timer: NodeJS.Timeout;
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly sql: postgres.Sql,
    private readonly run: { id: string; startedAt: Date; table: MartTable },
    private readonly onProgress?: (progress: LiveProgress) => void,
    everyMs = 1000,
  ) {
    this.timer = setInterval(() => void this.beat().catch(() => {}), everyMs);
  }

  async enter(phase: 'load' | 'merge') {
    this.phase = phase;
    await this.flush();
  }

  /** A heartbeat that starts after any in flight, so it carries the latest counters. */
  async flush() {
    await this.inFlight?.catch(() => {});
    await this.beat();
  }

  done() {
    this.phase = 'done';
    this.publish();
  }

  /** Writes the counters (also on failure, so a failed run shows how far it got). */
  beat(): Promise<void> {
    // One heartbeat in flight at a time: a slow database must not pile them up on the pool.
    this.inFlight ??= this.write().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private async write() {
    const { cancelRequested } = await reportProgress(this.sql, this.run, {
      phase: this.phase === 'done' ? undefined : this.phase,
      rowsExtracted: this.counters.extracted,
      rowsRejected: this.counters.rejected,
    });
    // Once merging, the merge itself decides (under its row lock) whether a cancel came in time.
    if (cancelRequested && this.phase === 'extract') this.abort.abort(new RunCancelledError());
    this.publish();
  }

  get cancelled() {
    return this.abort.signal.reason instanceof RunCancelledError;
  }

  stop() {
    clearInterval(this.timer);
  }

  private publish() {
    this.onProgress?.({
      runId: this.run.id, table: this.run.table, phase: this.phase,
      rowsExtracted: this.counters.extracted, rowsTotalEstimate: this.estimate,
    });
  }
}
