import { rollbackMigration } from '@/lib/api/contracts/database';
import { endpoint } from '@/lib/api/endpoint';
import { ApiError } from '@/lib/api/errors';
import { getDatabase } from '@/lib/db/client';
import { loadMigrations, rollbackLast } from '@/lib/db/migrations';
import { CONSOLE_TABLES } from '@/lib/db/queries/migration-plan';

export const POST = endpoint(rollbackMigration, async () => {
  // The console's own accounts live in those tables: losing them from here would lock everyone out mid-request.
  const rolledBack = await rollbackLast((await getDatabase()).runner, loadMigrations(), { keep: CONSOLE_TABLES });
  if (!rolledBack) throw new ApiError(422, 'nothing_to_roll_back', 'No migration is applied');
  return { rolledBack };
});
