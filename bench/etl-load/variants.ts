// The measured ways of loading the same rows: a plain COPY (the limit), Pulso's
// real refresh (first load and re-load), and the naive drizzle upsert batches.
import { getTableColumns, sql as raw, type SQL } from 'drizzle-orm';
import type postgres from 'postgres';
import type { Database } from '../../lib/db/client';
import { dashboardData } from '../../lib/db/schema';
import { ident } from '../../lib/db/sql';
import { columnsOf } from '../../lib/etl/columns';
import { TABLES } from '../../lib/etl/config';
import type { MergeCounts } from '../../lib/etl/merge';
import { refreshTable } from '../../lib/etl/refresh';
import { rowEncoder } from '../../lib/etl/rows';
import type { RunMode } from '../../lib/etl/runs';
import type { SourceRow } from '../../lib/etl/sources/source';
import { benchSource, generateRows, type BenchData } from './source';

/** The benchmark's fixed clock: noon in Lima on the last day of the data. */
export const END = '2026-06-30';
export const NOW = new Date(`${END}T17:00:00Z`);
const TABLE = 'dashboard_data';
const BATCH = TABLES[TABLE].batchSize;
const FULL = { table: TABLE, start: null, end: END } as const;

export interface Measure {
  rows: number;
  seconds: number;
  counts?: MergeCounts;
  /** Seconds per phase of a Pulso run: staging COPY, dedupe + ANALYZE, merge transaction, cleanup. */
  phases?: Record<string, number>;
  /** Bytes of COPY text produced. */
  bytes?: number;
}

const since = (t0: number) => (performance.now() - t0) / 1000;

/** Pulso's COPY text, batch by batch: its validation and encoding, without the staging table's trailing sequence number. */
async function* copyChunks(data: BenchData, counter: { rows: number }): AsyncIterable<Buffer> {
  const encoder = rowEncoder(columnsOf(TABLE), TABLES[TABLE].incrementalColumn, FULL);
  for await (const rows of benchSource(data).extract(FULL, { batchSize: BATCH })) {
    const lines: string[] = [];
    for (const row of rows) {
      const line = encoder.encode(row, counter.rows++);
      if (typeof line !== 'string') throw new Error(`generator produced a rejected row: ${line.reason}`);
      lines.push(line.slice(0, line.lastIndexOf('\t')) + '\n');
    }
    yield Buffer.from(lines.join(''));
  }
}

/**
 * The COPY text encoded once and kept in memory, so the COPY variants time the
 * database alone. Timing it is the client's own ceiling, with no database.
 */
export async function encodeCopyText(data: BenchData): Promise<{ chunks: Buffer[]; measure: Measure }> {
  const chunks: Buffer[] = [];
  const counter = { rows: 0 };
  let bytes = 0;
  const t0 = performance.now();
  for await (const chunk of copyChunks(data, counter)) {
    bytes += chunk.length;
    chunks.push(chunk);
  }
  return { chunks, measure: { rows: counter.rows, seconds: since(t0), bytes } };
}

async function copyInto(sql: postgres.Sql, target: string, chunks: Iterable<Buffer> | AsyncIterable<Buffer>) {
  const columns = columnsOf(TABLE).map((c) => ident(c.name)).join(', ');
  const stream = await sql.unsafe(`COPY ${target} (${columns}) FROM STDIN`).writable();
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  for await (const chunk of chunks) {
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  stream.end();
  await finished;
}

/** (a0) COPY into an unindexed UNLOGGED table: no WAL, no index upkeep. */
export async function copyUnlogged(db: Database, text: Buffer[], rows: number): Promise<Measure> {
  await db.sql.unsafe(`CREATE UNLOGGED TABLE bench_unlogged (LIKE public.${TABLE} INCLUDING DEFAULTS)`);
  const t0 = performance.now();
  await copyInto(db.sql, 'bench_unlogged', text);
  const seconds = since(t0);
  await db.sql.unsafe('DROP TABLE bench_unlogged');
  return { rows, seconds };
}

/** (a) COPY straight into the real, empty target (its key, indexes, checks; a hypertable under TimescaleDB). */
export async function copyTarget(db: Database, text: Buffer[], rows: number): Promise<Measure> {
  const t0 = performance.now();
  await copyInto(db.sql, `public.${TABLE}`, text);
  const seconds = since(t0);
  await db.sql.unsafe(`TRUNCATE public.${TABLE}`);
  return { rows, seconds };
}

/**
 * (a1) The same COPY into the empty target, encoding on the fly as Pulso does:
 * what a first load that skipped the staging table could reach.
 */
export async function copyTargetEncoding(db: Database, data: BenchData): Promise<Measure> {
  const counter = { rows: 0 };
  const t0 = performance.now();
  await copyInto(db.sql, `public.${TABLE}`, copyChunks(data, counter));
  const seconds = since(t0);
  await db.sql.unsafe(`TRUNCATE public.${TABLE}`);
  return { rows: counter.rows, seconds };
}

/** (b), (c) and the window runs: Pulso's whole path, from requesting the run to closing it. */
export async function pulsoRefresh(db: Database, data: BenchData, mode: RunMode, sql: postgres.Sql = db.sql): Promise<Measure> {
  const seen: Record<string, number> = {};
  const t0 = performance.now();
  const outcome = await refreshTable(
    { sql, source: benchSource(data), now: () => NOW, onProgress: ({ phase }) => void (seen[phase] ??= performance.now()) },
    { table: TABLE, mode, trigger: 'manual', force: true },
  );
  const t1 = performance.now();
  if (outcome.status !== 'success') throw new Error(`Pulso run ended ${outcome.status}: ${'error' in outcome ? outcome.error : ''}`);
  const at = (phase: string, fallback: number) => seen[phase] ?? fallback;
  const phases = {
    stage: (at('load', t1) - t0) / 1000,
    dedupe: (at('merge', t1) - at('load', t1)) / 1000,
    merge: (at('done', t1) - at('merge', t1)) / 1000,
    cleanup: (t1 - at('done', t1)) / 1000,
  };
  return { rows: outcome.extracted, seconds: (t1 - t0) / 1000, counts: outcome.counts, phases };
}

const KEY = new Set<string>(TABLES[TABLE].primaryKey);
const COLUMNS = Object.entries(getTableColumns(dashboardData)).filter(([, c]) => c.name !== 'created_at' && c.name !== 'updated_at');
const KINDS = new Map(columnsOf(TABLE).map((c) => [c.name, c.kind]));

/** A source row as the drizzle insert object, typed as the schema says (no validation: the naive way). */
function drizzleRow(row: SourceRow): typeof dashboardData.$inferInsert {
  const out: Record<string, unknown> = {};
  for (const [property, column] of COLUMNS) {
    const value = row[column.name];
    const kind = KINDS.get(column.name);
    out[property] = kind === 'integer' || kind === 'double' ? Number(value) : value;
  }
  return out as typeof dashboardData.$inferInsert;
}

/**
 * (d) What the reference system did: 1000-row drizzle upserts, every non-key
 * column from EXCLUDED. `limit` stops after that many of the same rows.
 */
export async function naiveUpsert(db: Database, data: BenchData, limit = Infinity): Promise<Measure> {
  const target = COLUMNS.filter(([, c]) => KEY.has(c.name)).map(([, c]) => c);
  const set: Record<string, SQL> = Object.fromEntries(
    COLUMNS.filter(([, c]) => !KEY.has(c.name)).map(([property, c]) => [property, raw.raw(`excluded.${ident(c.name)}`)]),
  );
  set.updatedAt = raw`now()`;
  const t0 = performance.now();
  let rows = 0;
  for (const batch of generateRows(data, FULL, BATCH)) {
    for (let i = 0; i < batch.length && rows < limit; i += 1000) {
      const values = batch.slice(i, Math.min(i + 1000, i + limit - rows)).map(drizzleRow);
      await db.db.insert(dashboardData).values(values).onConflictDoUpdate({ target, set });
      rows += values.length;
    }
  }
  const seconds = since(t0);
  await db.sql.unsafe(`TRUNCATE public.${TABLE}`);
  return { rows, seconds };
}
