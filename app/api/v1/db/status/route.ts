import { dbStatus } from '@/lib/api/contracts/database';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabaseOverview } from '@/lib/db/queries/database-overview';

export const GET = endpoint(dbStatus, () => getDatabaseOverview());
