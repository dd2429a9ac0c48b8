import { watermarks } from '@/lib/api/contracts/etl';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { listWatermarks } from '@/lib/etl/watermarks';

export const GET = endpoint(watermarks, async () => listWatermarks((await getDatabase()).sql));
