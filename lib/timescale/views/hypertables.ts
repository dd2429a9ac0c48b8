// Admin view: every hypertable of Pulso's schema with its partitioning, chunk
// counts, on-disk size and row estimate. Works on both editions.
import type { SqlRunner } from '../../db/sql';
import { detectCapabilities } from '../capabilities';
import { limitationsOf, refusedByLicense, rowEstimate, unavailable, type AdminView } from './view';

export interface HypertableRow {
  name: string;
  timeColumn: string;
  /** As TimescaleDB prints it, e.g. "7 days" or "1 mon". */
  chunkInterval: string;
  chunks: number;
  compressedChunks: number;
  compressionEnabled: boolean;
  /** hypertable_detailed_size: every chunk's heap, indexes and TOAST, compressed chunks included. */
  totalBytes: number;
  tableBytes: number;
  indexBytes: number;
  toastBytes: number;
  rowEstimate: number;
}

export type HypertablesView = AdminView<HypertableRow>;

export async function readHypertables(sql: SqlRunner): Promise<HypertablesView> {
  const caps = await detectCapabilities(sql);
  if (!caps.installed) return unavailable(caps, 'Hypertables');
  return refusedByLicense(caps, 'Hypertables', async () => {
    const rows = await sql.query<Omit<HypertableRow, 'rowEstimate'> & { schema: string }>(
      `SELECT h.hypertable_schema AS schema, h.hypertable_name AS name, d.column_name AS "timeColumn",
              coalesce(d.time_interval::text, d.integer_interval::text) AS "chunkInterval",
              (SELECT count(*)::int FROM timescaledb_information.chunks c
                WHERE c.hypertable_schema = h.hypertable_schema AND c.hypertable_name = h.hypertable_name) AS chunks,
              (SELECT count(*)::int FROM timescaledb_information.chunks c
                WHERE c.hypertable_schema = h.hypertable_schema AND c.hypertable_name = h.hypertable_name
                  AND c.is_compressed) AS "compressedChunks",
              h.compression_enabled AS "compressionEnabled",
              coalesce(s.total_bytes, 0)::float8 AS "totalBytes", coalesce(s.table_bytes, 0)::float8 AS "tableBytes",
              coalesce(s.index_bytes, 0)::float8 AS "indexBytes", coalesce(s.toast_bytes, 0)::float8 AS "toastBytes"
         FROM timescaledb_information.hypertables h
         JOIN timescaledb_information.dimensions d
           ON d.hypertable_schema = h.hypertable_schema AND d.hypertable_name = h.hypertable_name AND d.dimension_number = 1
         LEFT JOIN LATERAL hypertable_detailed_size(format('%I.%I', h.hypertable_schema, h.hypertable_name)::regclass) s ON true
        WHERE h.hypertable_schema = current_schema()
        ORDER BY h.hypertable_name`,
    );
    const withRows: HypertableRow[] = [];
    for (const { schema, ...row } of rows) {
      withRows.push({ ...row, rowEstimate: await rowEstimate(sql, schema, row.name) });
    }
    return { available: true, edition: caps.edition, rows: withRows, limitations: limitationsOf(caps, ['Compression']) };
  });
}
