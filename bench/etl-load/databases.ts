// Throw-away databases for the benchmark: each is created fresh on the server,
// migrated with Pulso's own migrations (and turned into hypertables for the
// TimescaleDB flavour), and dropped at the end whatever happened.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database } from '../../lib/db/client';
import { applyPending } from '../../lib/db/migrations';
import { runSetup } from '../../lib/timescale/setup';

export type Flavor = 'postgres' | 'timescaledb';

export interface BenchDatabase extends Database {
  name: string;
}

export interface Server {
  url: string;
  admin: postgres.Sql;
  create(label: string, flavor: Flavor): Promise<BenchDatabase>;
  drop(db: BenchDatabase): Promise<void>;
  /** Drops every database this process created that is still there. */
  dropAll(): Promise<void>;
}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export function openServer(url: string): Server {
  const admin = postgres(withDatabaseName(url, 'postgres'), { max: 1, onnotice: () => {} });
  const prefix = `pulso_bench_${randomBytes(4).toString('hex')}`;
  const open = new Map<string, BenchDatabase>();
  const server: Server = {
    url,
    admin,
    async create(label, flavor) {
      const name = `${prefix}_${label}`;
      await admin.unsafe(`CREATE DATABASE ${name}`);
      const database = { ...(await openDatabase(withDatabaseName(url, name))), name };
      open.set(name, database);
      await applyPending(database.runner);
      if (flavor === 'timescaledb') await runSetup(database.runner);
      return database;
    },
    async drop(db) {
      open.delete(db.name);
      await db.close().catch(() => {});
      await admin.unsafe(`DROP DATABASE IF EXISTS ${db.name} WITH (FORCE)`);
    },
    async dropAll() {
      for (const db of [...open.values()]) await server.drop(db);
      await admin.end({ timeout: 5 });
    },
  };
  return server;
}

export interface ServerInfo {
  postgres: string;
  timescale: { available: boolean; preloaded: boolean; version: string | null; reason: string | null };
  settings: Record<string, string>;
}

/** What the server is, and whether the TimescaleDB flavour can run on it. */
export async function describeServer(admin: postgres.Sql): Promise<ServerInfo> {
  const [{ version }] = await admin<{ version: string }[]>`SELECT current_setting('server_version') AS version`;
  const [ext] = await admin<{ version: string }[]>`SELECT default_version AS version FROM pg_available_extensions WHERE name = 'timescaledb'`;
  const [{ preload }] = await admin<{ preload: string }[]>`SELECT current_setting('shared_preload_libraries') AS preload`;
  const preloaded = preload.split(',').map((s) => s.trim().replace(/"/g, '')).includes('timescaledb');
  const names = ['shared_buffers', 'work_mem', 'maintenance_work_mem', 'max_wal_size', 'synchronous_commit', 'wal_level', 'fsync'];
  const rows = await admin<{ name: string; setting: string }[]>`
    SELECT name, current_setting(name) AS setting FROM pg_settings WHERE name IN ${admin(names)}`;
  const reason = !ext
    ? 'the server has no timescaledb extension (pg_available_extensions)'
    : !preloaded
      ? 'timescaledb is not in shared_preload_libraries'
      : null;
  return {
    postgres: version,
    timescale: { available: Boolean(ext), preloaded, version: ext?.version ?? null, reason },
    settings: Object.fromEntries(rows.map((r) => [r.name, r.setting])),
  };
}

/** Flushes what the previous step left dirty, so it is not billed to the next one. */
export async function settle(db: Database) {
  await db.sql`CHECKPOINT`;
}
