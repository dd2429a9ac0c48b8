// Which rows a run reads (SPEC §5): the window of each mode, and whether a
// table is fresh enough to skip. Pure functions of their inputs, so the rules
// are tested without a clock or a database.
import type { RunMode } from './runs';

export const TIME_ZONE = 'America/Lima';

export interface Window {
  /** The mode actually run: an incremental run without a watermark is a full refresh. */
  mode: RunMode;
  /** Inclusive bounds of the incremental column; `start: null` reads everything. */
  start: string | null;
  end: string;
}

/** The calendar date (YYYY-MM-DD) at `now` in Lima, where the campaigns run. */
export function limaDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function planWindow(input: {
  mode: RunMode;
  watermark: string | null;
  lookbackDays: number;
  now: Date;
}): Window {
  const today = limaDate(input.now);
  switch (input.mode) {
    case 'full_refresh':
      return { mode: 'full_refresh', start: null, end: today };
    case 'sliding_window':
      return { mode: 'sliding_window', start: addDays(today, -input.lookbackDays), end: today };
    case 'incremental':
      if (input.watermark === null) return { mode: 'full_refresh', start: null, end: today };
      // A watermark past today (future-dated source rows) still re-reads its lookback.
      return { mode: 'incremental', start: addDays(input.watermark, -input.lookbackDays), end: maxDate(today, input.watermark) };
  }
}

function maxDate(a: string, b: string) {
  return a > b ? a : b;
}

/** A table is fresh while its last success is younger than its refresh interval. */
export function isFresh(lastSuccessAt: Date | null, refreshEveryHours: number, now: Date): boolean {
  return lastSuccessAt !== null && now.getTime() - lastSuccessAt.getTime() < refreshEveryHours * 3_600_000;
}

/** What each mode reads, as the console and the API explain it. */
export const MODE_DESCRIPTIONS: Record<RunMode, string> = {
  incremental: 'From the watermark minus the table’s lookback days up to today (Lima); a table never loaded gets a full refresh.',
  sliding_window: 'From today minus the lookback days up to today, whatever the watermark.',
  full_refresh: 'Everything the source has.',
};
