import { policies } from '@/lib/api/contracts/timescale';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { readPolicies } from '@/lib/timescale/views';

export const GET = endpoint(policies, async () => readPolicies((await getDatabase()).runner));
