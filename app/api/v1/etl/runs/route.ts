import { runs } from '@/lib/api/contracts/etl';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { listRuns } from '@/lib/etl/run-log';

export const GET = endpoint(runs, async ({ query }) => listRuns((await getDatabase()).sql, query));
