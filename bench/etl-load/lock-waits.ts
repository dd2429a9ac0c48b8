// Watches a database's sessions while a run merges: the run's heartbeat
// UPDATEs of etl_execution_log wait on the row the merge transaction locks.
import type postgres from 'postgres';

export interface LockWaits {
  /** Most heartbeat UPDATEs waiting on a lock at the same time. */
  most: number;
  /** Longest such wait seen, in seconds. */
  longest: number;
  /** Most sessions connected to the database at the same time. */
  sessions: number;
}

export function watchHeartbeatWaits(admin: postgres.Sql, database: string, everyMs = 200): () => Promise<LockWaits> {
  const seen: LockWaits = { most: 0, longest: 0, sessions: 0 };
  let watching = true;
  const loop = (async () => {
    while (watching) {
      const [row] = await admin<{ waiting: number; longest: number; sessions: number }[]>`
        SELECT count(*) FILTER (WHERE w)::int AS waiting,
               coalesce(max(extract(epoch FROM now() - query_start)) FILTER (WHERE w), 0)::float AS longest,
               count(*)::int AS sessions
          FROM (SELECT *, wait_event_type = 'Lock' AND query LIKE '%SET heartbeat_at%' AS w
                  FROM pg_stat_activity WHERE datname = ${database}) s`;
      seen.most = Math.max(seen.most, row.waiting);
      seen.longest = Math.max(seen.longest, row.longest);
      seen.sessions = Math.max(seen.sessions, row.sessions);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return async () => {
    watching = false;
    await loop;
    return seen;
  };
}
