// Staging: each run streams its extraction into its own UNLOGGED table with
// COPY (fast, no WAL, no index upkeep), so the target is untouched until the
// merge. A crash leaves only an orphan staging table, which cleanup drops.
import { once } from 'node:events';
import type postgres from 'postgres';
import { ident } from '../db/sql';
import { columnsOf } from './columns';
import { TABLES, type MartTable } from './config';

export const STAGING_SCHEMA = 'pulso_staging';

export function stagingName(table: MartTable, runId: string): string {
  return `${ident(STAGING_SCHEMA)}.${ident(`${table}__${runId.replaceAll('-', '')}`)}`;
}

/** Same column types as the target (so COPY validates nothing new), plus the arrival order. */
export async function createStaging(sql: postgres.Sql | postgres.ReservedSql, table: MartTable, runId: string) {
  const name = stagingName(table, runId);
  const columns = columnsOf(table).map((c) => ident(c.name)).join(', ');
  await sql.unsafe(`DROP TABLE IF EXISTS ${name}`);
  await sql.unsafe(
    `CREATE UNLOGGED TABLE ${name} AS SELECT ${columns}, 0::bigint AS _seq FROM public.${ident(table)} WITH NO DATA`,
  );
  return name;
}

/** The staging table's columns: the target's, then the arrival order. */
export function stagingColumns(table: MartTable): string[] {
  return [...columnsOf(table).map((c) => c.name), '_seq'];
}

/**
 * Streams COPY lines into a table (staging, or the target on a first load), honouring back-pressure so a
 * fast source never buffers more than a batch in memory.
 */
export async function copyLines(
  sql: postgres.Sql | postgres.ReservedSql,
  into: string,
  columns: string[],
  batches: AsyncIterable<string[]>,
) {
  const query = sql.unsafe(`COPY ${into} (${columns.map(ident).join(', ')}) FROM STDIN`);
  const stream = await query.writable();
  // postgres.js reports a COPY the server fails after end() (a duplicate key, say)
  // only to the query, which has already resolved: hand that error to the stream.
  (query as unknown as { reject: (error: Error) => void }).reject = (error) => stream.destroy(error);
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  try {
    for await (const lines of batches) {
      // `once` also rejects when the server fails the COPY, so a full buffer never waits forever.
      if (lines.length > 0 && !stream.write(lines.join(''))) await once(stream, 'drain');
    }
  } catch (error) {
    stream.destroy(error as Error);
    await finished.catch(() => {});
    throw error;
  }
  stream.end();
  await finished;
}

/**
 * Duplicate keys inside one extraction: the last row wins (SPEC §5).
 * One hashed GROUP BY finds them; rows are only deleted when there are any.
 */
export async function dropDuplicates(sql: postgres.Sql | postgres.ReservedSql, staging: string, table: MartTable) {
  const key = TABLES[table].primaryKey.map(ident);
  const on = key.map((k) => `s.${k} = d.${k}`).join(' AND ');
  const result = await sql.unsafe(
    `WITH d AS (SELECT ${key.join(', ')}, max(_seq) AS keep FROM ${staging} GROUP BY ${key.join(', ')} HAVING count(*) > 1)
     DELETE FROM ${staging} s USING d WHERE ${on} AND s._seq < d.keep`,
  );
  return result.count;
}

export async function dropStaging(sql: postgres.Sql | postgres.ReservedSql, staging: string) {
  await sql.unsafe(`DROP TABLE IF EXISTS ${staging}`);
}

/**
 * Staging tables whose run is no longer queued or running: left behind by a
 * crash. `ending`: runs about to be failed, whose tables count as orphans too.
 */
export async function findOrphanStaging(sql: postgres.Sql, ending: string[] = []): Promise<string[]> {
  const orphans = await sql<{ name: string }[]>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ${STAGING_SCHEMA} AND c.relkind = 'r'
      AND NOT EXISTS (
        SELECT 1 FROM etl_execution_log l
        WHERE l.status IN ('queued', 'running') AND l.id::text <> ALL(${ending}::text[])
          AND replace(l.id::text, '-', '') = split_part(c.relname, '__', 2))
    ORDER BY 1`;
  return orphans.map((o) => o.name);
}

/** Drops them: a live run's staging is never touched. */
export async function dropOrphanStaging(sql: postgres.Sql): Promise<string[]> {
  const orphans = await findOrphanStaging(sql);
  for (const name of orphans) await sql.unsafe(`DROP TABLE IF EXISTS ${ident(STAGING_SCHEMA)}.${ident(name)}`);
  return orphans;
}
