import { status } from '@/lib/api/contracts/etl';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { etlStatus } from '@/lib/etl/status';

export const GET = endpoint(status, async () => etlStatus((await getDatabase()).sql));
