// What this database can do: is TimescaleDB available, installed, and which
// edition. The apache edition lacks policies, compression and continuous
// aggregates, and Pulso must say so rather than fail on them.
import type { SqlRunner } from '../db/sql';

export type Edition = 'community' | 'apache' | 'none';

export interface Capabilities {
  /** The extension's files are on the server (CREATE EXTENSION would work). */
  available: boolean;
  installed: boolean;
  version: string | null;
  edition: Edition;
}

export async function detectCapabilities(sql: SqlRunner): Promise<Capabilities> {
  const [row] = await sql.query<{ available: boolean; version: string | null }>(
    `SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') AS available,
            (SELECT extversion FROM pg_extension WHERE extname = 'timescaledb') AS version`,
  );
  const installed = row.version !== null;
  if (!installed) return { available: row.available, installed, version: null, edition: 'none' };
  const [license] = await sql.query<{ license: string }>(
    `SELECT current_setting('timescaledb.license', true) AS license`,
  );
  return {
    available: true,
    installed,
    version: row.version,
    edition: license.license === 'apache' ? 'apache' : 'community',
  };
}

export interface MissingFeature {
  feature: string;
  reason: string;
  fix: string;
}

/** Plain-language list of what this database lacks, for the CLI and console. */
export function missingFeatures(caps: Capabilities): MissingFeature[] {
  const community = 'TimescaleDB community edition (timescaledb.license = timescale)';
  if (caps.edition === 'community') return [];
  if (caps.edition === 'apache') {
    const reason = 'The apache edition of TimescaleDB does not include this feature.';
    const fix = `Install the ${community}.`;
    return [
      { feature: 'Retention policies', reason: `${reason} Pulso drops expired chunks itself with drop_chunks.`, fix },
      { feature: 'Compression', reason, fix },
      { feature: 'Continuous aggregates', reason, fix },
      { feature: 'Background jobs', reason: `${reason} Pulso runs its own retention pass every 6 hours instead.`, fix },
    ];
  }
  const fix = caps.available
    ? 'TimescaleDB is available on this server: run `npm run db:setup` to install it.'
    : `Install the ${community} on the PostgreSQL server, add it to shared_preload_libraries, then run \`npm run db:setup\`.`;
  return [
    { feature: 'Hypertables', reason: 'TimescaleDB is not installed in this database; tables stay plain PostgreSQL tables.', fix },
    { feature: 'Retention policies', reason: 'Without TimescaleDB, Pulso expires old rows itself with DELETE.', fix },
    { feature: 'Compression', reason: 'Needs TimescaleDB.', fix },
    { feature: 'Continuous aggregates', reason: 'Needs TimescaleDB.', fix },
  ];
}
