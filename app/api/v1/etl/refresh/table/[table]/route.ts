import { refreshTable } from '@/lib/api/contracts/etl';
import { endpoint } from '@/lib/api/endpoint';
import { reply } from '@/lib/api/envelope';
import { getDatabase } from '@/lib/db/client';
import { queueTableRefresh, RunInFlightError } from '@/lib/etl/operations';
import { getJobQueue } from '@/lib/etl/queue-client';

export const POST = endpoint(refreshTable, async ({ params, query, actor }) => {
  const { sql } = await getDatabase();
  const result = await queueTableRefresh(await getJobQueue(), sql, params.table, {
    force: query.force, mode: query.mode,
    trigger: actor.kind === 'token' ? 'api' : 'manual', triggeredBy: actor.name,
  });
  if (result.status === 'already_running') {
    throw new RunInFlightError(params.table, result.runId!);
  }
  return reply(result.status === 'queued' ? 202 : 200, result);
});
