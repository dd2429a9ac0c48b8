import { cleanup as cleanupContract } from '@/lib/api/contracts/etl';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { failDeadJobs } from '@/lib/etl/jobs';
import { cleanup, planCleanup } from '@/lib/etl/maintenance';
import { getJobQueue } from '@/lib/etl/queue-client';

export const POST = endpoint(cleanupContract, async ({ body }) => {
  const { sql } = await getDatabase();
  const staleAfterMinutes = body.stale_minutes;
  if (body.dry_run) return { dryRun: true, ...(await planCleanup(sql, { staleAfterMinutes })) };
  const boss = await getJobQueue();
  return { dryRun: false, ...(await cleanup(sql, { staleAfterMinutes, expireJobs: (minutes) => failDeadJobs(boss, sql, minutes) })) };
});
