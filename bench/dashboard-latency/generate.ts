// Two years of demo-like mart data at production volume, generated inside the
// database with INSERT … SELECT over generate_series (no row ever crosses the
// wire). Campaigns follow the demo's shape (cumulative snapshots with
// cd + ci + sc + sg = cuentas, 28–32-day campaigns, hourly BOT/HUMANO actions,
// agents on several campaigns a day); values come from a seeded hash, so the
// same parameters always build the same database.
import type postgres from 'postgres';
import { EQUIPOS } from '../../lib/etl/sources/demo/agents';
import {
  AGENTS, ASSIGNMENT, CAMPAIGN_DAYS, DASHBOARD, EVOLUTION, HELPERS, OPERATION, PRODUCTIVITY, SNAPSHOT_DAYS,
} from './generate-sql';

export interface Volume {
  /** Last fecha_foto; two years of days end here. */
  end: string;
  days: number;
  /** About how many campaigns run at once. */
  campaigns: number;
  agents: number;
  /** Mean campaigns an agent works on one business day (1 … 2·mean − 1). */
  campaignsPerAgentDay: number;
}

export interface GenerateStep {
  table: string;
  rows: number;
  seconds: number;
}

/** Fills the five marts of a freshly migrated database; `onStep` reports each table as it is done. */
export async function generateMarts(sql: postgres.Sql, v: Volume, onStep: (step: GenerateStep) => void): Promise<void> {
  const start = new Date(Date.parse(`${v.end}T00:00:00Z`) - (v.days - 1) * 86_400_000).toISOString().slice(0, 10);
  // Openings per business day and slot so that ~`campaigns` run at once (campaigns last ~30 days).
  const openRate = Math.min(1, (v.campaigns * 12) / (365.25 * (6 / 7)) / 4);
  for (const helper of HELPERS) await sql.unsafe(helper);
  await sql.unsafe('SET jit = off'); // compiling these one-off statements costs more than it saves
  const timed = async (table: string, run: () => Promise<unknown>) => {
    const t0 = performance.now();
    // Building the key and indexes once, sorted, is far faster than maintaining them row by row.
    const restore = await dropKeyAndIndexes(sql, table);
    await run();
    for (const statement of restore) await sql.unsafe(statement);
    const [{ n }] = await sql.unsafe(`SELECT count(*)::float8 AS n FROM ${table}`);
    onStep({ table, rows: n as number, seconds: (performance.now() - t0) / 1000 });
  };
  await sql.unsafe(CAMPAIGN_DAYS, [start, v.end, openRate]);
  await sql.unsafe(SNAPSHOT_DAYS, [start, v.end]);
  await sql.unsafe(AGENTS, [v.agents, [...EQUIPOS]]);
  await timed('dashboard_data', () => sql.unsafe(DASHBOARD));
  await timed('evolution_data', () => sql.unsafe(EVOLUTION));
  await timed('assignment_data', () => sql.unsafe(ASSIGNMENT));
  await timed('operation_data', () => sql.unsafe(OPERATION));
  // Month by month: bounded transactions, and progress on the biggest table.
  await timed('productivity_data', async () => {
    for (let from = start; from <= v.end; ) {
      const next = new Date(`${from}T00:00:00Z`);
      next.setUTCMonth(next.getUTCMonth() + 1, 1);
      const until = new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10);
      await sql.unsafe(PRODUCTIVITY, [from, until < v.end ? until : v.end, v.campaignsPerAgentDay]);
      from = next.toISOString().slice(0, 10);
    }
  });
  for (const t of ['bench_campaign', 'bench_snapshot', 'bench_agent']) await sql.unsafe(`DROP TABLE ${t}`);
  for (const f of ['bench_u(bigint, bigint)', 'bench_pct(numeric, numeric)']) await sql.unsafe(`DROP FUNCTION ${f}`);
}

/** Drops a table's primary key and indexes, returning the statements that bring them back. */
async function dropKeyAndIndexes(sql: postgres.Sql, table: string): Promise<string[]> {
  const [key] = await sql<{ name: string; def: string }[]>`
    SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE conrelid = ${table}::regclass AND contype = 'p'`;
  const indexes = await sql<{ name: string; def: string }[]>`
    SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def FROM pg_index
     WHERE indrelid = ${table}::regclass AND NOT indisprimary`;
  for (const index of indexes) await sql.unsafe(`DROP INDEX ${index.name}`);
  if (key) await sql.unsafe(`ALTER TABLE ${table} DROP CONSTRAINT ${key.name}`);
  return [
    ...(key ? [`ALTER TABLE ${table} ADD CONSTRAINT ${key.name} ${key.def}`] : []),
    ...indexes.map((index) => index.def),
  ];
}
