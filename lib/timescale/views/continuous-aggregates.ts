// Admin view: the continuous aggregates (community edition only) and how fresh
// they are — their refresh policy, its last run, and the watermark up to which
// rows are materialised (beyond it, real-time aggregation reads the source).
import { ident, type Row, type SqlRunner } from '../../db/sql';
import { detectCapabilities } from '../capabilities';
import { listJobRows } from './jobs';
import { firstFunction, isoSql, refusedByLicense, rowEstimate, unavailable, type AdminView } from './view';

export interface ContinuousAggregateRow {
  name: string;
  sourceHypertable: string;
  /** e.g. "7 days"; null on releases whose catalog does not record it. */
  bucket: string | null;
  materializedOnly: boolean;
  refreshJobId: number | null;
  refreshSchedule: string | null;
  nextRefresh: string | null;
  lastRunStartedAt: string | null;
  lastRunStatus: string | null;
  /** End of the materialised range: a date for date buckets, else an ISO timestamp; null before the first refresh. */
  watermark: string | null;
  materializedRows: number;
  totalBytes: number;
}

export type ContinuousAggregatesView = AdminView<ContinuousAggregateRow>;

interface CatalogRow {
  name: string;
  sourceHypertable: string;
  materializedOnly: boolean;
  matId: number;
  matSchema: string;
  matTable: string;
  timeType: string | null;
  totalBytes: number;
}

export async function readContinuousAggregates(sql: SqlRunner): Promise<ContinuousAggregatesView> {
  const caps = await detectCapabilities(sql);
  if (caps.edition !== 'community') return unavailable(caps, 'Continuous aggregates');
  return refusedByLicense(caps, 'Continuous aggregates', async () => {
    const aggregates = await sql.query<CatalogRow & Row>(
      `SELECT ca.view_name AS name, ca.hypertable_name AS "sourceHypertable", ca.materialized_only AS "materializedOnly",
              cat.mat_hypertable_id AS "matId", ca.materialization_hypertable_schema AS "matSchema",
              ca.materialization_hypertable_name AS "matTable", d.column_type::text AS "timeType",
              coalesce(sz.total_bytes, 0)::float8 AS "totalBytes"
         FROM timescaledb_information.continuous_aggregates ca
         JOIN _timescaledb_catalog.continuous_agg cat
           ON cat.user_view_schema = ca.view_schema AND cat.user_view_name = ca.view_name
         LEFT JOIN timescaledb_information.dimensions d
           ON d.hypertable_schema = ca.hypertable_schema AND d.hypertable_name = ca.hypertable_name AND d.dimension_number = 1
         LEFT JOIN LATERAL hypertable_detailed_size(
           format('%I.%I', ca.materialization_hypertable_schema, ca.materialization_hypertable_name)::regclass) sz ON true
        WHERE ca.view_schema = current_schema()
        ORDER BY ca.view_name`,
    );
    const jobs = (await listJobRows(sql)).filter((j) => j.procedure === 'policy_refresh_continuous_aggregate');
    const buckets = await bucketWidths(sql);
    const watermarkFn = await firstFunction(sql, [
      '_timescaledb_functions.cagg_watermark(integer)',
      '_timescaledb_internal.cagg_watermark(integer)',
    ]);
    const rows: ContinuousAggregateRow[] = [];
    for (const a of aggregates) {
      const job = jobs.find((j) => Number(j.config?.mat_hypertable_id) === a.matId);
      rows.push({
        name: a.name,
        sourceHypertable: a.sourceHypertable,
        bucket: buckets.get(a.matId) ?? null,
        materializedOnly: a.materializedOnly,
        refreshJobId: job?.id ?? null,
        refreshSchedule: job?.schedule ?? null,
        nextRefresh: job?.nextStart ?? null,
        lastRunStartedAt: job?.lastRunStartedAt ?? null,
        lastRunStatus: job?.lastRunStatus ?? null,
        watermark: watermarkFn ? await watermark(sql, watermarkFn, a.matId, a.timeType) : null,
        materializedRows: await rowEstimate(sql, a.matSchema, a.matTable),
        totalBytes: a.totalBytes,
      });
    }
    return { available: true, edition: caps.edition, rows, limitations: [] };
  });
}

/** Bucket widths from the catalog table 2.13+ keeps for every aggregate's time_bucket. */
async function bucketWidths(sql: SqlRunner): Promise<Map<number, string>> {
  const [probe] = await sql.query<{ present: boolean }>(
    `SELECT count(*) = 2 AS present FROM information_schema.columns
      WHERE table_schema = '_timescaledb_catalog' AND table_name = 'continuous_aggs_bucket_function'
        AND column_name IN ('mat_hypertable_id', 'bucket_width')`,
  );
  if (!probe.present) return new Map();
  const rows = await sql.query<{ id: number; width: string }>(
    `SELECT mat_hypertable_id AS id, bucket_width AS width FROM _timescaledb_catalog.continuous_aggs_bucket_function`,
  );
  return new Map(rows.map((r) => [r.id, r.width]));
}

/**
 * cagg_watermark moved from _timescaledb_internal to _timescaledb_functions in
 * 2.12 (both exist in 2.19 and 2.23); it returns TimescaleDB's internal time
 * (µs), which the same schema's to_timestamp turns back into a timestamptz.
 */
async function watermark(sql: SqlRunner, fn: string, matId: number, timeType: string | null): Promise<string | null> {
  // Integer time columns have no timestamp to show; Pulso's aggregates are all on dates.
  if (timeType !== 'date' && !timeType?.startsWith('timestamp')) return null;
  const schema = fn.slice(0, fn.indexOf('.'));
  const toTimestamp = `${ident(schema)}.to_timestamp(${fn}($1::int))`;
  const [row] = await sql.query<{ at: string | null }>(
    `SELECT ${isoSql(toTimestamp, timeType === 'date' ? 'date' : 'timestamp')} AS at`,
    [matId],
  );
  return row.at;
}
