import { hypertables } from '@/lib/api/contracts/timescale';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { readHypertables } from '@/lib/timescale/views';

export const GET = endpoint(hypertables, async () => readHypertables((await getDatabase()).runner));
