// The overall setup status the seed's `validate` prints: optimal, partial,
// basic, incomplete or error, with the reasons behind it.
import { ident, literal, type SqlRunner } from '../db/sql';
import { MART_TABLES } from '../etl/config';
import { detectCapabilities, missingFeatures, type Capabilities, type MissingFeature } from './capabilities';
import { listHypertables, sameInterval } from './hypertables';
import { CONTINUOUS_AGGREGATES, HYPERTABLES } from './plan';

export type OverallStatus = 'optimal' | 'partial' | 'basic' | 'incomplete' | 'error';

export const REQUIRED_TABLES = [...MART_TABLES, 'etl_watermarks', 'etl_execution_log'] as const;

export interface TableStatus {
  name: string;
  exists: boolean;
  rows: number | null;
  /** null where the table is meant to stay a plain table. */
  hypertable: { expected: string; actual: string | null; intervalOk: boolean } | null;
  retentionPolicy: boolean;
  compressionPolicy: boolean;
}

export interface SetupStatus {
  overall: OverallStatus;
  capabilities: Capabilities | null;
  tables: TableStatus[];
  continuousAggregates: { name: string; exists: boolean }[];
  missingFeatures: MissingFeature[];
  /** What keeps the status from optimal, one sentence each. */
  problems: string[];
  error?: string;
}

export async function setupStatus(sql: SqlRunner): Promise<SetupStatus> {
  try {
    return await inspect(sql);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      overall: 'error', capabilities: null, tables: [], continuousAggregates: [], missingFeatures: [],
      problems: [message], error: message,
    };
  }
}

async function inspect(sql: SqlRunner): Promise<SetupStatus> {
  const caps = await detectCapabilities(sql);
  const existing = await sql.query<{ name: string; estimate: number }>(
    `SELECT c.relname AS name, c.reltuples::float8 AS estimate
       FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
        AND c.relname = ANY($1)`,
    [[...REQUIRED_TABLES]],
  );
  const hypertables = caps.installed ? await listHypertables(sql) : new Map();
  const exists = new Map<string, { rows: number }>();
  for (const t of existing) exists.set(t.name, { rows: await rowEstimate(sql, t.name, t.estimate, hypertables.has(t.name)) });
  const jobs = caps.edition === 'community' ? await policyJobs(sql) : new Set<string>();

  const tables: TableStatus[] = [];
  for (const name of REQUIRED_TABLES) {
    const plan = HYPERTABLES.find((p) => p.table === name);
    const info = hypertables.get(name);
    tables.push({
      name,
      exists: exists.has(name),
      rows: exists.get(name)?.rows ?? null,
      hypertable: plan
        ? {
            expected: plan.chunkInterval,
            actual: info?.chunkInterval ?? null,
            intervalOk: info ? await sameInterval(sql, info.chunkInterval, plan.chunkInterval) : false,
          }
        : null,
      retentionPolicy: jobs.has(`policy_retention:${name}`),
      compressionPolicy: jobs.has(`policy_compression:${name}`),
    });
  }
  const aggregates = caps.edition === 'community' ? await aggregateNames(sql) : new Set<string>();
  const continuousAggregates = CONTINUOUS_AGGREGATES.map((a) => ({ name: a.name, exists: aggregates.has(a.name) }));

  const problems = findProblems(caps, tables, continuousAggregates);
  return {
    overall: overallStatus(caps, tables, problems),
    capabilities: caps,
    tables,
    continuousAggregates,
    missingFeatures: missingFeatures(caps),
    problems,
  };
}

function findProblems(caps: Capabilities, tables: TableStatus[], aggregates: { name: string; exists: boolean }[]) {
  const problems: string[] = [];
  for (const t of tables) {
    if (!t.exists) {
      problems.push(`Table ${t.name} is missing: run \`npm run db:migrate\`.`);
      continue;
    }
    if (!caps.installed || !t.hypertable) continue;
    if (!t.hypertable.actual) problems.push(`${t.name} is not a hypertable: run \`npm run db:setup\`.`);
    else if (!t.hypertable.intervalOk) {
      problems.push(`${t.name} has chunks of ${t.hypertable.actual}, configured ${t.hypertable.expected}: run \`npm run db:setup\`.`);
    }
    const plan = HYPERTABLES.find((p) => p.table === t.name)!;
    if (caps.edition !== 'community') continue;
    if (plan.retention && !t.retentionPolicy) problems.push(`${t.name} has no retention policy: run \`npm run db:setup\`.`);
    if (plan.compression && !t.compressionPolicy) problems.push(`${t.name} has no compression policy: run \`npm run db:setup\`.`);
  }
  for (const a of caps.edition === 'community' ? aggregates : []) {
    if (!a.exists) problems.push(`Continuous aggregate ${a.name} is missing: run \`npm run db:setup\`.`);
  }
  if (caps.edition === 'apache') {
    problems.push('The apache edition of TimescaleDB lacks policies, compression and continuous aggregates.');
  }
  return problems;
}

function overallStatus(caps: Capabilities, tables: TableStatus[], problems: string[]): OverallStatus {
  if (tables.some((t) => !t.exists)) return 'incomplete';
  if (!caps.installed) return 'basic';
  return problems.length === 0 ? 'optimal' : 'partial';
}

/**
 * Rows without a full scan where statistics exist. A hypertable's parent holds
 * no rows (its chunks do), and a table not yet analysed estimates 0 or -1: count
 * those exactly — they are empty or freshly loaded, and autovacuum soon analyses them.
 */
async function rowEstimate(sql: SqlRunner, table: string, estimate: number, hypertable: boolean) {
  if (hypertable) {
    const [row] = await sql.query<{ rows: number }>(`SELECT approximate_row_count(${literal(table)}::regclass)::float8 AS rows`);
    estimate = row.rows;
  }
  if (estimate > 0) return estimate;
  const [row] = await sql.query<{ rows: number }>(`SELECT count(*)::float8 AS rows FROM ${ident(table)}`);
  return row.rows;
}

/** Which of Pulso's tables exist in the current schema. */
export async function existingTables(sql: SqlRunner): Promise<Set<string>> {
  const rows = await sql.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relname = ANY($1)`,
    [[...REQUIRED_TABLES]],
  );
  return new Set(rows.map((r) => r.name));
}

async function policyJobs(sql: SqlRunner): Promise<Set<string>> {
  const rows = await sql.query<{ key: string }>(
    `SELECT proc_name || ':' || hypertable_name AS key FROM timescaledb_information.jobs
      WHERE hypertable_schema = current_schema() AND proc_name IN ('policy_retention', 'policy_compression')`,
  );
  return new Set(rows.map((r) => r.key));
}

async function aggregateNames(sql: SqlRunner): Promise<Set<string>> {
  const rows = await sql.query<{ view_name: string }>(
    'SELECT view_name FROM timescaledb_information.continuous_aggregates WHERE view_schema = current_schema()',
  );
  return new Set(rows.map((r) => r.view_name));
}
