import { run } from '@/lib/api/contracts/etl';
import { endpoint } from '@/lib/api/endpoint';
import { notFound } from '@/lib/api/errors';
import { getDatabase } from '@/lib/db/client';
import { getRun } from '@/lib/etl/runs';

export const GET = endpoint(run, async ({ params }) => {
  const found = await getRun((await getDatabase()).sql, params.id);
  if (!found) throw notFound(`Run ${params.id}`);
  return found;
});
