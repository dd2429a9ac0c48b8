import type { overview as es } from '../es/overview';

export const overview: typeof es = {
  title: 'Overview',
  description: 'ETL health, freshness of each table and runs in flight',
  health: {
    title: 'ETL health',
    explain: {
      healthy: 'Every table is loaded; none is failing or stale.',
      degraded: 'Some table failed its last run or is stale.',
      unhealthy: 'Every table is failing or stale.',
      initializing: 'No table has been loaded yet: the worker is loading them.',
    },
    fresh: (fresh, total) => `${fresh} of ${total} tables fresh`,
    running: (n) => (n === 0 ? 'no run in flight' : n === 1 ? '1 run in flight' : `${n} runs in flight`),
    failing: (n) => (n === 0 ? 'no failures' : n === 1 ? '1 table failing' : `${n} tables failing`),
  },
  freshness: {
    title: 'Freshness per table',
    description: 'Age of the last successful load against each table’s refresh interval',
    caption: 'Freshness of each table',
  },
  running: {
    title: 'Runs in flight',
    description: 'Updated every second',
    empty: 'No run in flight.',
    caption: 'Runs in flight',
  },
  refreshAll: {
    button: 'Refresh all',
    title: 'Refresh every table',
    what: (mode) => `Queues one “${mode}” run for each of the 5 tables; the worker runs them 2 at a time.`,
    force: 'Force (refresh fresh tables too)',
    notForced: 'Without force, tables fresher than their refresh interval are skipped.',
    forced: 'Forced: every table is refreshed, even if fresh.',
    mode: 'Mode',
    modes: {
      incremental: 'Incremental: from the watermark minus the lookback up to today.',
      sliding_window: 'Sliding window: from today minus the lookback, whatever the watermark.',
      full_refresh: 'Full: re-reads the whole source.',
    },
    running: 'A table with a run in flight is not run twice: that run is reported.',
    confirm: 'Refresh',
    outcomes: 'Outcome per table',
    outcome: { queued: 'queued', already_running: 'already running', skipped: 'skipped' },
    skippedReason: (hours) => `refreshed less than ${hours} h ago`,
  },
};
