import { refreshDashboard } from '@/lib/api/contracts/etl';
import { endpoint } from '@/lib/api/endpoint';
import { reply } from '@/lib/api/envelope';
import { getDatabase } from '@/lib/db/client';
import { queueDashboardRefresh } from '@/lib/etl/operations';
import { getJobQueue } from '@/lib/etl/queue-client';

export const POST = endpoint(refreshDashboard, async ({ body, actor }) => {
  const { sql } = await getDatabase();
  const runs = await queueDashboardRefresh(await getJobQueue(), sql, {
    tables: body.tables, force: body.force, mode: body.mode, maxConcurrent: body.max_concurrent,
    trigger: actor.kind === 'token' ? 'api' : 'manual', triggeredBy: actor.name,
  });
  return reply(202, { runs });
});
