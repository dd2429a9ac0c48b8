// Admin view: TimescaleDB's background jobs with their run statistics, and the
// recent errors where this version records them. The policy and continuous
// aggregate views read their jobs through listJobRows too.
import type { Row, SqlRunner } from '../../db/sql';
import { detectCapabilities } from '../capabilities';
import { isLicenseError, isoSql, limitationsOf, refusedByLicense, relationExists, unavailable, type AdminView } from './view';

export interface JobRow {
  id: number;
  name: string;
  /** e.g. policy_retention, policy_compression, policy_refresh_continuous_aggregate. */
  procedure: string;
  /**
   * The hypertable or continuous aggregate the job works on. Refresh jobs name
   * the aggregate here on every version (2.19 reports its materialization table).
   */
  target: string | null;
  schedule: string;
  scheduled: boolean;
  config: Record<string, unknown> | null;
  nextStart: string | null;
  lastRunStartedAt: string | null;
  lastSuccessfulFinish: string | null;
  /** 'Success' | 'Failed' as TimescaleDB says it; null when the scheduler never ran it. */
  lastRunStatus: string | null;
  jobStatus: string | null;
  lastRunSeconds: number | null;
  totalRuns: number;
  totalSuccesses: number;
  totalFailures: number;
}

export interface JobErrorRow {
  jobId: number;
  procedure: string;
  startedAt: string | null;
  finishedAt: string | null;
  sqlState: string | null;
  message: string | null;
  /** The apache edition refused the job's work (SQLSTATE 0A000, "license"). */
  licenseRefused: boolean;
}

export type JobsView = AdminView<
  JobRow,
  {
    errors: JobErrorRow[];
    /** false on releases without timescaledb_information.job_errors (before 2.9). */
    errorsRecorded: boolean;
  }
>;

const RECENT_ERRORS = 50;

export async function readJobs(sql: SqlRunner): Promise<JobsView> {
  const caps = await detectCapabilities(sql);
  if (!caps.installed) return unavailable(caps, 'Background jobs');
  return refusedByLicense(caps, 'Background jobs', async () => {
    const errorsRecorded = await relationExists(sql, 'timescaledb_information.job_errors');
    return {
      available: true as const,
      edition: caps.edition,
      rows: await listJobRows(sql),
      errors: errorsRecorded ? await recentJobErrors(sql) : [],
      errorsRecorded,
      // On apache only TimescaleDB's own housekeeping jobs exist, and some fail on the licence.
      limitations: limitationsOf(caps, ['Background jobs']),
    };
  });
}

/** Every job with its statistics, oldest id first. */
export async function listJobRows(sql: SqlRunner): Promise<JobRow[]> {
  return sql.query<JobRow & Row>(
    `SELECT j.job_id AS id, j.application_name AS name, j.proc_name AS procedure,
            coalesce(ca.user_view_name, j.hypertable_name) AS target,
            j.schedule_interval::text AS schedule, j.scheduled, j.config,
            ${isoSql('j.next_start')} AS "nextStart",
            ${isoSql('s.last_run_started_at')} AS "lastRunStartedAt",
            ${isoSql('s.last_successful_finish')} AS "lastSuccessfulFinish",
            s.last_run_status AS "lastRunStatus", s.job_status AS "jobStatus",
            extract(epoch FROM s.last_run_duration)::float8 AS "lastRunSeconds",
            coalesce(s.total_runs, 0)::int AS "totalRuns", coalesce(s.total_successes, 0)::int AS "totalSuccesses",
            coalesce(s.total_failures, 0)::int AS "totalFailures"
       FROM timescaledb_information.jobs j
       LEFT JOIN timescaledb_information.job_stats s ON s.job_id = j.job_id
       LEFT JOIN _timescaledb_catalog.continuous_agg ca
         ON j.proc_name = 'policy_refresh_continuous_aggregate'
        AND ca.mat_hypertable_id = (j.config ->> 'mat_hypertable_id')::int
      ORDER BY j.job_id`,
  );
}

async function recentJobErrors(sql: SqlRunner): Promise<JobErrorRow[]> {
  const rows = await sql.query<Omit<JobErrorRow, 'licenseRefused'>>(
    `SELECT job_id AS "jobId", proc_name AS procedure, ${isoSql('start_time')} AS "startedAt",
            ${isoSql('finish_time')} AS "finishedAt", sqlerrcode AS "sqlState", err_message AS message
       FROM timescaledb_information.job_errors
      ORDER BY start_time DESC NULLS LAST
      LIMIT ${RECENT_ERRORS}`,
  );
  return rows.map((r) => ({ ...r, licenseRefused: isLicenseError({ code: r.sqlState, message: r.message }) }));
}
