import { compression } from '@/lib/api/contracts/timescale';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { readCompressionStats } from '@/lib/timescale/views';

export const GET = endpoint(compression, async () => readCompressionStats((await getDatabase()).runner));
