import { cleanup as cleanupContract } from '@/lib/api/contracts/etl';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { failDeadJobs } from '@/lib/etl/jobs';
import { cleanup } from '@/lib/etl/maintenance';
import { getJobQueue } from '@/lib/etl/queue-client';

export const POST = endpoint(cleanupContract, async ({ body }) => {
  const { sql } = await getDatabase();
  const boss = await getJobQueue();
  return cleanup(sql, { staleAfterMinutes: body.stale_minutes, expireJobs: (minutes) => failDeadJobs(boss, sql, minutes) });
});
