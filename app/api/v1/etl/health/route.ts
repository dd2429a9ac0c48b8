import { health } from '@/lib/api/contracts/etl';
import { endpoint } from '@/lib/api/endpoint';
import { reply } from '@/lib/api/envelope';
import { getDatabase } from '@/lib/db/client';
import { etlStatus } from '@/lib/etl/status';

export const GET = endpoint(health, async () => {
  const { health: verdict, tables } = await etlStatus((await getDatabase()).sql);
  const summary = tables.map((t) => ({ table: t.table, freshness: t.freshness, lastStatus: t.watermark.lastExtractionStatus }));
  // Load balancers and monitors read the status code alone.
  return reply(verdict === 'unhealthy' ? 503 : 200, { status: verdict, tables: summary });
});
