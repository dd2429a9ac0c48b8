// A fresh, uniquely named database per test file on the run's server, dropped after.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../lib/db/client';

export interface TestDatabase extends Database {
  name: string;
  drop(): Promise<void>;
}

export function withDatabaseName(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject('serverUrl');
  const name = `pulso_test_${randomBytes(5).toString('hex')}`;
  const admin = postgres(withDatabaseName(serverUrl, 'postgres'), { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const database = await openDatabase(withDatabaseName(serverUrl, name));
  return {
    ...database,
    name,
    drop: async () => {
      await database.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Whether the run's server can load TimescaleDB, and which edition it is. */
export async function serverTimescaleEdition(): Promise<'community' | 'apache' | null> {
  const db = await createTestDatabase();
  try {
    const [row] = await db.sql`SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb'`;
    if (!row) return null;
    await db.sql`CREATE EXTENSION timescaledb`;
    const [{ license }] = await db.sql`SELECT current_setting('timescaledb.license') AS license`;
    return license === 'apache' ? 'apache' : 'community';
  } catch {
    return null; // available but not preloaded
  } finally {
    await db.drop();
  }
}
