// The two databases the benchmark compares, built once and kept under a name
// (building two years at production volume takes minutes): `pulso` is
// migrated with Pulso's migrations — indexes and rollups included — and
// `plain` is a copy of the same data with only the primary keys.
import postgres from 'postgres';
import { rebuildRollups } from '../../lib/dashboards/rollups';
import { openDatabase, type Database } from '../../lib/db/client';
import { applyPending } from '../../lib/db/migrations';
import { MART_TABLES } from '../../lib/etl/config';
import { runSetup } from '../../lib/timescale/setup';
import { generateMarts, type GenerateStep, type Volume } from './generate';

export type Flavor = 'postgres' | 'timescaledb';

export interface BenchDatabases {
  pulso: Database;
  plain: Database;
  names: { pulso: string; plain: string };
  /** Whether this run built them (false: reused from an earlier run of the same name). */
  built: boolean;
  close(): Promise<void>;
  drop(): Promise<void>;
}

const withDatabase = (url: string, name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

/** What the data was built from: a database is reused only if it was built from the same. */
const fingerprint = (v: Volume, flavor: Flavor) => JSON.stringify({ ...v, flavor, generator: 1 });

export async function openBenchDatabases(
  url: string, name: string, volume: Volume, flavor: Flavor, options: { rebuild: boolean; onStep: (s: GenerateStep | string) => void },
): Promise<BenchDatabases> {
  const names = { pulso: `pulso_bench_dash_${name}`, plain: `pulso_bench_dash_${name}_plain` };
  const admin = postgres(withDatabase(url, 'postgres'), { max: 1, onnotice: () => {} });
  const expected = fingerprint(volume, flavor);
  const built = options.rebuild || (await readFingerprint(url, names.pulso)) !== expected;
  try {
    if (built) {
      for (const db of [names.plain, names.pulso]) await admin.unsafe(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      await admin.unsafe(`CREATE DATABASE ${names.pulso}`);
      const db = await openDatabase(withDatabase(url, names.pulso));
      try {
        await applyPending(db.runner);
        if (flavor === 'timescaledb') await runSetup(db.runner);
        await generateMarts(db.sql, volume, options.onStep);
        const t0 = performance.now();
        await rebuildRollups(db.sql);
        options.onStep(`rollups rebuilt in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
        await db.sql`VACUUM ANALYZE`;
        await db.sql`CREATE TABLE bench_fingerprint AS SELECT ${expected}::text AS value`;
      } finally {
        await db.close();
      }
    } else {
      // Reused: bring it up to the current migrations (a new index or rollup since it was built).
      const db = await openDatabase(withDatabase(url, names.pulso));
      const applied = await applyPending(db.runner).finally(() => db.close());
      if (applied.length > 0) options.onStep(`applied ${applied.join(', ')} to the reused database`);
    }
    if (built || !(await exists(admin, names.plain))) await createPlainCopy(admin, url, names);
  } finally {
    await admin.end();
  }
  const pulso = await openDatabase(withDatabase(url, names.pulso));
  const plain = await openDatabase(withDatabase(url, names.plain));
  const close = async () => {
    await Promise.all([pulso.close(), plain.close()]);
  };
  return {
    pulso, plain, names, built, close,
    async drop() {
      await close();
      const a = postgres(withDatabase(url, 'postgres'), { max: 1, onnotice: () => {} });
      for (const db of [names.plain, names.pulso]) await a.unsafe(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** A file-level copy of the data, then every secondary index of the marts and every rollup dropped. */
async function createPlainCopy(admin: postgres.Sql, url: string, names: { pulso: string; plain: string }) {
  await admin.unsafe(`DROP DATABASE IF EXISTS ${names.plain} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${names.plain} TEMPLATE ${names.pulso}`);
  const db = await openDatabase(withDatabase(url, names.plain));
  try {
    const indexes = await db.sql<{ name: string }[]>`
      SELECT indexrelid::regclass::text AS name FROM pg_index
       WHERE indrelid::regclass::text IN ${db.sql(MART_TABLES)} AND NOT indisprimary`;
    for (const index of indexes) await db.sql.unsafe(`DROP INDEX ${index.name}`);
    const rollups = await db.sql<{ name: string }[]>`SELECT tablename AS name FROM pg_tables WHERE tablename LIKE 'rollup\\_%'`;
    for (const table of rollups) await db.sql.unsafe(`DROP TABLE ${table.name}`);
    await db.sql`VACUUM ANALYZE`;
  } finally {
    await db.close();
  }
}

async function readFingerprint(url: string, name: string): Promise<string | null> {
  const db = postgres(withDatabase(url, name), { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const [row] = await db<{ value: string }[]>`SELECT value FROM bench_fingerprint`;
    return row?.value ?? null;
  } catch {
    return null; // no such database, or a build that never finished
  } finally {
    await db.end();
  }
}

async function exists(admin: postgres.Sql, name: string) {
  const [row] = await admin`SELECT 1 FROM pg_database WHERE datname = ${name}`;
  return Boolean(row);
}
