import { continuousAggregates } from '@/lib/api/contracts/timescale';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { readContinuousAggregates } from '@/lib/timescale/views';

export const GET = endpoint(continuousAggregates, async () => readContinuousAggregates((await getDatabase()).runner));
