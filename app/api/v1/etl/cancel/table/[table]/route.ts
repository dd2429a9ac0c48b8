import { cancelTable } from '@/lib/api/contracts/etl';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { cancelRuns } from '@/lib/etl/runs';

export const POST = endpoint(cancelTable, async ({ params }) => ({ cancelled: await cancelRuns((await getDatabase()).sql, params.table) }));
