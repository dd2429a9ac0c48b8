// Converts the time tables into hypertables (migrating rows already there) and
// keeps their chunk interval equal to the configured one.
import { ident, literal, type SqlRunner } from '../db/sql';
import type { HypertablePlan } from './plan';
import type { SetupAction } from './action';

export interface HypertableInfo {
  table: string;
  chunkInterval: string;
  compressionEnabled: boolean;
}

export async function listHypertables(sql: SqlRunner): Promise<Map<string, HypertableInfo>> {
  const rows = await sql.query<{ table: string; chunk_interval: string; compression_enabled: boolean }>(
    `SELECT h.hypertable_name AS table, d.time_interval::text AS chunk_interval, h.compression_enabled
       FROM timescaledb_information.hypertables h
       JOIN timescaledb_information.dimensions d
         ON d.hypertable_schema = h.hypertable_schema AND d.hypertable_name = h.hypertable_name
      WHERE h.hypertable_schema = current_schema() AND d.dimension_number = 1`,
  );
  return new Map(
    rows.map((r) => [r.table, { table: r.table, chunkInterval: r.chunk_interval, compressionEnabled: r.compression_enabled }]),
  );
}

export async function sameInterval(sql: SqlRunner, a: string, b: string): Promise<boolean> {
  const [row] = await sql.query<{ same: boolean }>('SELECT $1::interval = $2::interval AS same', [a, b]);
  return row.same;
}

export async function ensureHypertable(
  sql: SqlRunner,
  plan: HypertablePlan,
  existing: HypertableInfo | undefined,
): Promise<SetupAction> {
  const target = plan.table;
  if (!existing) {
    const [{ rows }] = await sql.query<{ rows: number }>(`SELECT count(*)::int AS rows FROM ${ident(target)}`);
    await sql.query(
      `SELECT create_hypertable(${literal(target)}::regclass,
         by_range(${literal(plan.timeColumn)}, INTERVAL ${literal(plan.chunkInterval)}),
         migrate_data => true, create_default_indexes => false)`,
    );
    return { step: 'hypertable', target, outcome: 'created', detail: `chunks of ${plan.chunkInterval}; ${rows} existing rows migrated` };
  }
  if (!(await sameInterval(sql, existing.chunkInterval, plan.chunkInterval))) {
    await sql.query(`SELECT set_chunk_time_interval(${literal(target)}::regclass, INTERVAL ${literal(plan.chunkInterval)})`);
    return {
      step: 'hypertable',
      target,
      outcome: 'updated',
      detail: `chunk interval ${existing.chunkInterval} → ${plan.chunkInterval} (applies to new chunks)`,
    };
  }
  return { step: 'hypertable', target, outcome: 'unchanged', detail: `chunks of ${plan.chunkInterval}` };
}
