import { jobs } from '@/lib/api/contracts/timescale';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { readJobs } from '@/lib/timescale/views';

export const GET = endpoint(jobs, async () => readJobs((await getDatabase()).runner));
