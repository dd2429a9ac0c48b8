import { audit } from '@/lib/api/contracts/admin';
import { endpoint } from '@/lib/api/endpoint';
import { listAudit } from '@/lib/auth/audit';
import { getDatabase } from '@/lib/db/client';

export const GET = endpoint(audit, async ({ query }) => listAudit((await getDatabase()).db, query));
