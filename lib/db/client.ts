// Connections. drizzle changes a postgres.js connection's type parsers, so the
// typed queries and the raw SQL (migrations, TimescaleDB, COPY) get one each.
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env } from '../env';
import { explainConnectionError } from './connection-error';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded';
import * as schema from './schema';
import { postgresRunner, type SqlRunner } from './sql';

/** The typed (drizzle) side of a Database. */
export type Db = PostgresJsDatabase<typeof schema>;

export interface Database {
  url: string;
  db: Db;
  /** Raw postgres.js connection with its default type parsers. */
  sql: postgres.Sql;
  runner: SqlRunner;
  close(): Promise<void>;
}

export async function openDatabase(url: string): Promise<Database> {
  const options = { max: 10, onnotice: () => {}, connect_timeout: 10 } as const;
  const sql = postgres(url, options);
  try {
    await sql`SELECT 1`;
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw explainConnectionError(error, url);
  }
  const typed = postgres(url, options);
  return {
    url,
    db: drizzle(typed, { schema }),
    sql,
    runner: postgresRunner(sql),
    close: async () => {
      await Promise.all([sql.end({ timeout: 5 }), typed.end({ timeout: 5 })]);
    },
  };
}

let embedded: Promise<EmbeddedDatabase> | undefined;

/** The configured server when there is one; otherwise the embedded one, started on first use. */
export async function databaseUrl(): Promise<string> {
  const { externalDatabaseUrl, PULSO_DATA_DIR, PULSO_EMBEDDED_PORT } = env();
  if (externalDatabaseUrl) return externalDatabaseUrl;
  embedded ??= startEmbeddedPostgres({ dataDir: PULSO_DATA_DIR, port: PULSO_EMBEDDED_PORT });
  return (await embedded).url;
}

/** Stops the embedded server if this process started it. */
export async function stopEmbedded() {
  if (embedded) await (await embedded).stop();
  embedded = undefined;
}

// One pool per server process, kept across Next.js dev reloads.
const shared = globalThis as unknown as { pulsoDatabase?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  shared.pulsoDatabase ??= databaseUrl()
    .then(openDatabase)
    .catch((error) => {
      shared.pulsoDatabase = undefined; // let the next request retry
      throw error;
    });
  return shared.pulsoDatabase;
}
