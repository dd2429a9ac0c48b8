import { resetWatermark } from '@/lib/api/contracts/etl';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { resetWatermarkSafely } from '@/lib/etl/operations';

export const PUT = endpoint(resetWatermark, async ({ params, body, actor }) =>
  resetWatermarkSafely((await getDatabase()).sql, params.table, body.watermark, actor.name));
