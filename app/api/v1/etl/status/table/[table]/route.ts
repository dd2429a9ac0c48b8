import { tableStatus } from '@/lib/api/contracts/etl';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { tableDetail } from '@/lib/etl/operations';

export const GET = endpoint(tableStatus, async ({ params }) => tableDetail((await getDatabase()).sql, params.table));
