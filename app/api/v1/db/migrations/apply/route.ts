import { applyMigrations } from '@/lib/api/contracts/database';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { applyPending } from '@/lib/db/migrations';

export const POST = endpoint(applyMigrations, async () => ({ applied: await applyPending((await getDatabase()).runner) }));
