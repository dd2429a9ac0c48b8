import { recover } from '@/lib/api/contracts/etl';
import { endpoint } from '@/lib/api/endpoint';
import { reply } from '@/lib/api/envelope';
import { getDatabase } from '@/lib/db/client';
import { enqueueRecovery } from '@/lib/etl/jobs';
import { getJobQueue } from '@/lib/etl/queue-client';
import { planRecovery } from '@/lib/etl/recovery';

export const POST = endpoint(recover, async ({ body, actor }) => {
  const plan = await planRecovery({ sql: (await getDatabase()).sql });
  if (body.dry_run) return { dryRun: true, plan };
  const jobId = await enqueueRecovery(await getJobQueue(), { triggeredBy: actor.name });
  return reply(202, { dryRun: false, plan, jobId });
});
