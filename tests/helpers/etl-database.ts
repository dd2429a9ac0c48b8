// A migrated test database with the ETL's tables, ready for runs.
import { applyPending } from '../../lib/db/migrations';
import { createTestDatabase, type TestDatabase } from './database';

export async function createEtlDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  await applyPending(database.runner);
  return database;
}
