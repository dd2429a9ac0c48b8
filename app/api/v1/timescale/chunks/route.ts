import { chunks } from '@/lib/api/contracts/timescale';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { readChunks } from '@/lib/timescale/views';

export const GET = endpoint(chunks, async ({ query }) => readChunks((await getDatabase()).runner, query));
