// Assertions the apache and community view tests share: what an admin checks
// on the hypertables and chunks pages, verified against the database itself.
import { expect } from 'vitest';
import type { SqlRunner } from '../../lib/db/sql';
import { enforceRetention } from '../../lib/timescale/retention';
import type { Capabilities } from '../../lib/timescale/capabilities';
import { readChunks, readHypertables, readPolicies } from '../../lib/timescale/views';
import { CONFIGURED_CHUNK_INTERVALS, sameInterval } from './timescale-fixtures';

export function expectAvailable<V extends { available: boolean }>(view: V): asserts view is Extract<V, { available: true }> {
  expect(view, JSON.stringify(view)).toMatchObject({ available: true });
}

/** Each configured table listed once, with its chunk interval and the chunk count show_chunks() gives. */
export async function expectHypertablesAsConfigured(sql: SqlRunner) {
  const view = await readHypertables(sql);
  expectAvailable(view);
  expect(view.rows.map((r) => r.name).sort()).toEqual(Object.keys(CONFIGURED_CHUNK_INTERVALS).sort());
  for (const row of view.rows) {
    expect(await sameInterval(sql, row.chunkInterval, CONFIGURED_CHUNK_INTERVALS[row.name]), row.name).toBe(true);
    const [{ chunks }] = await sql.query<{ chunks: number }>(
      `SELECT count(*)::int AS chunks FROM show_chunks($1::regclass)`,
      [row.name],
    );
    expect(row.chunks, row.name).toBe(chunks);
    const [{ rows }] = await sql.query<{ rows: number }>(`SELECT count(*)::int AS rows FROM ${row.name}`);
    // An estimate: exact while never analysed, within a few percent after ANALYZE.
    expect(Math.abs(row.rowEstimate - rows), row.name).toBeLessThanOrEqual(rows * 0.05);
    expect(row.totalBytes).toBe(row.tableBytes + row.indexBytes + row.toastBytes);
    if (rows > 0) expect(row.tableBytes, row.name).toBeGreaterThan(0);
  }
  return view;
}

/** Every date present in a date-keyed table falls inside exactly one listed chunk of it, newest chunk first. */
export async function expectChunksCoverDates(sql: SqlRunner, table: string) {
  const view = await readChunks(sql, { hypertable: table, limit: 1000 });
  expectAvailable(view);
  const dates = await sql.query<{ day: string }>(`SELECT DISTINCT fecha_foto::text AS day FROM ${table} ORDER BY 1`);
  expect(dates.length).toBeGreaterThan(0);
  for (const { day } of dates) {
    const holders = view.rows.filter((c) => c.rangeStart <= day && day < c.rangeEnd);
    expect(holders, day).toHaveLength(1);
  }
  expect(view.rows.every((c) => c.hypertable === table && c.totalBytes > 0)).toBe(true);
  const starts = view.rows.map((c) => c.rangeStart);
  expect(starts).toEqual([...starts].sort().reverse());
  const newest = await readChunks(sql, { hypertable: table, limit: 3 });
  expectAvailable(newest);
  expect(newest.rows).toEqual(view.rows.slice(0, 3));
  // Ranges are UTC whatever the session's time zone: a Lima session sees the same dates.
  const inLima = await sql.transaction(async (tx) => {
    await tx.query(`SET LOCAL TimeZone = 'America/Lima'`);
    return readChunks(tx, { hypertable: table, limit: 1000 });
  });
  expect(inLima).toEqual(view);
  return view;
}

/** The retention rows of the policies view say what Pulso's own retention pass really does on this engine. */
export async function expectRetentionRowsMatchPulso(sql: SqlRunner, caps: Capabilities) {
  const view = await readPolicies(sql);
  expectAvailable(view);
  const shown = view.rows.filter((r) => r.kind === 'retention').map((r) => [r.table, r.method, r.enforcedBy]);
  const done = await enforceRetention(sql, caps);
  const expected = done.map((r) => [r.table, r.method, r.method === 'policy' ? 'timescaledb' : 'pulso']);
  expect(shown.sort()).toEqual(expected.sort());
  return view;
}
