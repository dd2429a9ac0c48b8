// Realistic, deterministic mart rows for the TimescaleDB tests, written through
// the SqlRunner interface so the same fixtures fill a real server and PGlite.
// Dates are relative to the database's current_date; every count obeys SPEC §4
// (cd + ci + sc + sg = cuentas) and every stored ratio is that row's own ratio.
import type { SqlRunner } from '../../lib/db/sql';
import { EXECUTION_LOG, TABLES } from '../../lib/etl/config';

/** Every table that should become a hypertable, with its chunk interval from lib/etl/config.ts. */
export const CONFIGURED_CHUNK_INTERVALS: Record<string, string> = {
  ...Object.fromEntries(
    Object.entries(TABLES).flatMap(([table, config]) => (config.chunkInterval ? [[table, config.chunkInterval]] : [])),
  ),
  etl_execution_log: EXECUTION_LOG.chunkInterval,
};

/**
 * Three campaigns of very different size and performance, so that averaging
 * the stored per-row percentages gives a visibly different number from the
 * ratio of the summed counts (SPEC §4's aggregation rule).
 */
const ARCHIVOS = `(VALUES ('CAMP_GRANDE', 2000, 0.85, 0.20), ('CAMP_MEDIA', 400, 0.50, 0.10), ('CAMP_CHICA', 30, 0.10, 0.02))
  AS a(archivo, cuentas, cober, cierre)`;

const pct = (num: string, den: string) => `CASE WHEN ${den} = 0 THEN 0 ELSE 100.0 * ${num} / ${den} END`;

/** Daily dashboard rows for 2 carteras × 2 servicios × 3 archivos, from `fromDaysAgo` to `toDaysAgo`. */
export async function insertDashboardDays(sql: SqlRunner, fromDaysAgo: number, toDaysAgo = 0) {
  await sql.query(
    `INSERT INTO dashboard_data (fecha_foto, archivo, cartera, servicio, cuentas, clientes, deuda_asig, deuda_act,
       cuentas_gestionadas, cuentas_cd, cuentas_ci, cuentas_sc, cuentas_sg, cuentas_pdp, total_gestiones, recupero,
       pct_cober, pct_contac, pct_cd, pct_ci, pct_conversion, pct_efectividad, pct_cierre, inten)
     SELECT fecha_foto, archivo, cartera, servicio, cuentas, clientes, deuda_asig, round(deuda_asig * 0.93, 2),
            gestionadas, cd, ci, gestionadas - cd - ci, cuentas - gestionadas, pdp, total_gestiones, recupero,
            ${pct('gestionadas', 'cuentas')}, ${pct('(cd + ci)', 'cuentas')}, ${pct('cd', 'cuentas')}, ${pct('ci', 'cuentas')},
            ${pct('pdp', 'cd')}, ${pct('pdp', 'gestionadas')}, ${pct('recupero', 'deuda_asig')},
            CASE WHEN gestionadas = 0 THEN 0 ELSE total_gestiones::float8 / gestionadas END
       FROM (SELECT *, floor(gestionadas * 0.45)::int AS cd, floor(gestionadas * 0.25)::int AS ci,
                    floor(gestionadas * 0.18)::int AS pdp, gestionadas * 3 + day % 3 AS total_gestiones,
                    round(deuda_asig * cierre, 2) AS recupero
               FROM (SELECT *, floor(cuentas * cober)::int AS gestionadas, floor(cuentas * 0.92)::int AS clientes,
                            cuentas * 850.50 AS deuda_asig
                       FROM (SELECT d::date AS fecha_foto, (current_date - d::date) AS day, a.archivo, c.cartera, s.servicio,
                                    (a.cuentas + ((current_date - d::date) % 5) * a.cuentas / 50) * s.factor AS cuentas,
                                    a.cober, a.cierre
                               FROM generate_series(current_date - $1::int, current_date - $2::int, INTERVAL '1 day') AS d
                               CROSS JOIN ${ARCHIVOS}
                               CROSS JOIN (VALUES ('TEMPRANA'), ('ALTAS_NUEVAS')) AS c(cartera)
                               CROSS JOIN (VALUES ('MOVIL', 1), ('FIJA', 2)) AS s(servicio, factor)) base) counted) derived`,
    [fromDaysAgo, toDaysAgo],
  );
}

/**
 * Hourly BOT and HUMANO rows (08:00–20:00) for two campaigns. Early hours carry
 * the volume and late hours the contact rate, so averaging stored rates misleads.
 */
export async function insertOperationDays(sql: SqlRunner, fromDaysAgo: number, toDaysAgo = 0) {
  await sql.query(
    `INSERT INTO operation_data (fecha_foto, hora, canal, archivo, total_gestiones, contactos_efectivos,
       contactos_no_efectivos, total_pdp, duracion_seg, tasa_contacto, tasa_conversion)
     SELECT fecha_foto, hora, canal, archivo, total, efectivos, total - efectivos, pdp, total * segundos,
            ${pct('efectivos', 'total')}, ${pct('pdp', 'efectivos')}
       FROM (SELECT *, floor(efectivos * pdp_rate)::int AS pdp
               FROM (SELECT *, floor(total * least(0.95, base_rate + hora * 0.02))::int AS efectivos
                       FROM (SELECT d::date AS fecha_foto, h AS hora, k.canal, a.archivo, a.base_rate,
                                    ((21 - h) * k.volumen * a.factor)::int AS total, k.segundos, k.pdp_rate
                               FROM generate_series(current_date - $1::int, current_date - $2::int, INTERVAL '1 day') AS d
                               CROSS JOIN generate_series(8, 20) AS h
                               CROSS JOIN (VALUES ('BOT', 120, 35, 0.25), ('HUMANO', 15, 180, 0.40))
                                 AS k(canal, volumen, segundos, pdp_rate)
                               CROSS JOIN (VALUES ('CAMP_GRANDE', 10, 0.05), ('CAMP_CHICA', 1, 0.50))
                                 AS a(archivo, factor, base_rate)) base) counted) derived`,
    [fromDaysAgo, toDaysAgo],
  );
}

/**
 * Daily rows for `agents` agents on three campaigns: dense enough (hundreds of
 * rows per archivo and chunk) that compression visibly shrinks the chunks.
 */
export async function insertProductivityDays(sql: SqlRunner, fromDaysAgo: number, toDaysAgo = 0, agents = 150) {
  await sql.query(
    `INSERT INTO productivity_data (fecha_foto, correo_agente, archivo, nombre_agente, dni_agente, equipo,
       total_gestiones, contactos_efectivos, total_pdp, monto_compromiso, peso_total,
       tasa_contacto, tasa_conversion, score_productividad)
     SELECT fecha_foto, 'agente' || n || '@pulso.pe', archivo, 'Agente ' || n, lpad(n::text, 8, '0'), 'EQUIPO_' || n % 5,
            gestiones, efectivos, pdp, pdp * 120.50, gestiones * 1.5,
            ${pct('efectivos', 'gestiones')}, ${pct('pdp', 'efectivos')}, 0.4 * gestiones + 0.35 * efectivos + 0.25 * pdp
       FROM (SELECT *, efectivos * (n % 4) / 10 AS pdp
               FROM (SELECT d::date AS fecha_foto, n, archivo, 40 + n % 17 AS gestiones, 10 + n % 7 AS efectivos
                       FROM generate_series(current_date - $1::int, current_date - $2::int, INTERVAL '1 day') AS d
                       CROSS JOIN generate_series(1, $3::int) AS n
                       CROSS JOIN (VALUES ('CAMP_GRANDE'), ('CAMP_MEDIA'), ('CAMP_CHICA')) AS a(archivo)) base) counted`,
    [fromDaysAgo, toDaysAgo, agents],
  );
}

/** One finished run per age in days, for the execution log. */
export async function insertRuns(sql: SqlRunner, daysAgo: number[]) {
  await sql.query(
    `INSERT INTO etl_execution_log (table_name, mode, trigger, status, phase, rows_extracted, started_at, completed_at)
     SELECT 'dashboard_data', 'incremental', 'schedule', 'success', 'done', 100 + n,
            now() - make_interval(days => n), now() - make_interval(days => n) + INTERVAL '2 minutes'
       FROM unnest($1::int[]) AS n`,
    [daysAgo],
  );
}

/** Row count and a checksum over every column of every row. */
export async function tableFingerprint(sql: SqlRunner, table: string) {
  const [row] = await sql.query<{ rows: number; checksum: string | null }>(
    `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS checksum FROM ${table} t`,
  );
  return row;
}

export interface ChunkInfo {
  start: Date;
  end: Date;
  compressed: boolean;
}

export async function listChunks(sql: SqlRunner, table: string): Promise<ChunkInfo[]> {
  const rows = await sql.query<{ start: number; end: number; compressed: boolean }>(
    `SELECT extract(epoch FROM range_start)::float8 * 1000 AS start, extract(epoch FROM range_end)::float8 * 1000 AS end,
            is_compressed AS compressed
       FROM timescaledb_information.chunks WHERE hypertable_name = $1 ORDER BY range_start`,
    [table],
  );
  return rows.map((r) => ({ start: new Date(r.start), end: new Date(r.end), compressed: r.compressed }));
}

/** The database's now() minus some days, as a Date (chunk ranges are timestamptz). */
export async function daysBeforeNow(sql: SqlRunner, days: number): Promise<Date> {
  const [row] = await sql.query<{ at: number }>(
    `SELECT extract(epoch FROM now() - make_interval(days => $1::int))::float8 * 1000 AS at`,
    [days],
  );
  return new Date(row.at);
}

/** Counts rows of a date-keyed table before, and on or after, a day offset from a cutoff. */
export async function rowsAroundCutoff(sql: SqlRunner, table: string, retention: string, marginDays: number) {
  const [row] = await sql.query<{ older: number; newer: number }>(
    `SELECT count(*) FILTER (WHERE fecha_foto < (now() - INTERVAL '${retention}')::date - $1::int)::int AS older,
            count(*) FILTER (WHERE fecha_foto >= (now() - INTERVAL '${retention}')::date + $1::int)::int AS newer
       FROM ${table}`,
    [marginDays],
  );
  return row;
}

/** Hypertable → chunk interval, as TimescaleDB reports it. */
export async function chunkIntervals(sql: SqlRunner): Promise<Record<string, string>> {
  const rows = await sql.query<{ table: string; interval: string }>(
    `SELECT hypertable_name AS table, time_interval::text AS interval FROM timescaledb_information.dimensions
      WHERE hypertable_schema = current_schema() AND dimension_number = 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.table, r.interval]));
}

export async function sameInterval(sql: SqlRunner, a: string, b: string) {
  const [row] = await sql.query<{ same: boolean }>('SELECT $1::interval = $2::interval AS same', [a, b]);
  return row.same;
}
