// Admin view: who expires and compresses each table's data. On the community
// edition TimescaleDB's own policy jobs do; on the apache edition and plain
// PostgreSQL Pulso's worker enforces retention itself (lib/timescale/retention.ts),
// and the rows say so instead of showing nothing.
import type { SqlRunner } from '../../db/sql';
import { RETENTION_EVERY_HOURS } from '../../etl/config';
import { detectCapabilities, type Capabilities } from '../capabilities';
import { listHypertables } from '../hypertables';
import { HYPERTABLES } from '../plan';
import { listJobRows, type JobRow } from './jobs';
import { humanInterval, limitationsOf, refusedByLicense, type AdminView } from './view';

/** How often Pulso's worker runs its retention pass (the `etl-retention` schedule in lib/etl/jobs.ts). */
export const PULSO_RETENTION_EVERY = `${RETENTION_EVERY_HOURS} hours`;

export interface PolicyRow {
  table: string;
  kind: 'retention' | 'compression';
  /** drop_after (retention) or compress_after (compression). */
  olderThan: string;
  /** 'nobody': configured in lib/etl/config.ts, but no job enforces it yet. */
  enforcedBy: 'timescaledb' | 'pulso' | 'nobody';
  /** policy: a TimescaleDB job; drop_chunks / delete: what Pulso's retention pass runs. */
  method: 'policy' | 'drop_chunks' | 'delete' | null;
  jobId: number | null;
  /** The job's schedule_interval, or Pulso's retention cadence; null when nothing runs it. */
  schedule: string | null;
  nextStart: string | null;
  lastRunStartedAt: string | null;
  lastRunStatus: string | null;
  /** One sentence for the page, e.g. "Enforced by Pulso every 6 hours with drop_chunks". */
  summary: string;
}

export type PoliciesView = AdminView<PolicyRow>;

const PROCEDURES = { policy_retention: 'retention', policy_compression: 'compression' } as const;

export async function readPolicies(sql: SqlRunner): Promise<PoliciesView> {
  const caps = await detectCapabilities(sql);
  return refusedByLicense(caps, 'Retention policies', async () => {
    const hypertables = caps.installed ? await listHypertables(sql) : new Map();
    const jobs = caps.edition === 'community' ? await listJobRows(sql) : [];
    const rows = jobs.flatMap((job) => policyFromJob(job));
    for (const plan of HYPERTABLES) {
      const wanted = [
        { kind: 'retention' as const, olderThan: plan.retention },
        { kind: 'compression' as const, olderThan: plan.compression?.after ?? null },
      ];
      for (const { kind, olderThan } of wanted) {
        if (!olderThan || rows.some((r) => r.table === plan.table && r.kind === kind)) continue;
        rows.push(notByTimescale(caps, plan.table, kind, olderThan, hypertables.has(plan.table)));
      }
    }
    rows.sort((a, b) => a.table.localeCompare(b.table) || a.kind.localeCompare(b.kind));
    return {
      available: true,
      edition: caps.edition,
      rows,
      limitations: limitationsOf(caps, ['Retention policies', 'Compression']),
    };
  });
}

function policyFromJob(job: JobRow): PolicyRow[] {
  const kind = PROCEDURES[job.procedure as keyof typeof PROCEDURES];
  if (!kind || !job.target) return [];
  const olderThan = String(job.config?.[kind === 'retention' ? 'drop_after' : 'compress_after'] ?? '');
  const verb = kind === 'retention' ? 'Drops chunks' : 'Compresses chunks';
  return [
    {
      table: job.target,
      kind,
      olderThan,
      enforcedBy: 'timescaledb',
      method: 'policy',
      jobId: job.id,
      schedule: job.schedule,
      nextStart: job.nextStart,
      lastRunStartedAt: job.lastRunStartedAt,
      lastRunStatus: job.lastRunStatus,
      summary: `${verb} older than ${olderThan}: TimescaleDB job ${job.id}, every ${humanInterval(job.schedule)}`,
    },
  ];
}

/** A configured policy no TimescaleDB job carries: Pulso's own retention pass, or nobody. */
function notByTimescale(
  caps: Capabilities,
  table: string,
  kind: PolicyRow['kind'],
  olderThan: string,
  isHypertable: boolean,
): PolicyRow {
  const base = { table, kind, olderThan, jobId: null, nextStart: null, lastRunStartedAt: null, lastRunStatus: null };
  // Mirrors enforceRetention: on the community edition a hypertable's retention is left to its policy job.
  if (kind === 'retention' && !(caps.edition === 'community' && isHypertable)) {
    const method = isHypertable ? 'drop_chunks' : 'delete';
    return {
      ...base,
      enforcedBy: 'pulso',
      method,
      schedule: PULSO_RETENTION_EVERY,
      summary: `Enforced by Pulso every ${PULSO_RETENTION_EVERY} with ${method === 'delete' ? 'DELETE' : 'drop_chunks'} (older than ${olderThan})`,
    };
  }
  const why =
    caps.edition !== 'community'
      ? `unavailable on ${caps.edition === 'apache' ? 'the apache edition' : 'plain PostgreSQL'}`
      : 'no policy yet, run `npm run db:setup`';
  const what = kind === 'retention' ? 'Retention' : 'Compression';
  return { ...base, enforcedBy: 'nobody', method: null, schedule: null, summary: `${what} after ${olderThan}: ${why}` };
}
