import { settings } from '@/lib/api/contracts/timescale';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { readServerSettings } from '@/lib/db/settings';

export const GET = endpoint(settings, async () => readServerSettings((await getDatabase()).runner));
