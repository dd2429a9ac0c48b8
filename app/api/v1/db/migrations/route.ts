import { migrations } from '@/lib/api/contracts/database';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { migrationStatus } from '@/lib/db/migrations';

export const GET = endpoint(migrations, async () => migrationStatus((await getDatabase()).runner));
