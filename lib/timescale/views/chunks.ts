// Admin view: the chunks of Pulso's hypertables, newest first — the time range
// each covers, its size, and (community edition) what compression saved.
import type { Row, SqlRunner } from '../../db/sql';
import { detectCapabilities } from '../capabilities';
import { isoByTypeSql, limitationsOf, refusedByLicense, unavailable, type AdminView } from './view';

export interface ChunkRow {
  name: string;
  hypertable: string;
  /** ISO date for a date column (fecha_foto), ISO timestamp in UTC otherwise; the end is exclusive. */
  rangeStart: string;
  rangeEnd: string;
  totalBytes: number;
  compressed: boolean;
  /** Sizes before and after compression; null while the chunk is not compressed. */
  beforeCompressionBytes: number | null;
  afterCompressionBytes: number | null;
}

export interface ChunkFilter {
  hypertable?: string;
  /** At most this many chunks (default 100, capped at 1000). */
  limit?: number;
}

export type ChunksView = AdminView<ChunkRow>;

export async function readChunks(sql: SqlRunner, filter: ChunkFilter = {}): Promise<ChunksView> {
  const caps = await detectCapabilities(sql);
  if (!caps.installed) return unavailable(caps, 'Hypertables');
  const limit = Math.min(Math.max(1, Math.floor(filter.limit ?? 100)), 1000);
  // Compression statistics are a community feature: skip them rather than ask the apache edition.
  const community = caps.edition === 'community';
  return refusedByLicense(caps, 'Hypertables', async () => {
    const rows = await sql.query<ChunkRow & Row>(
      `WITH picked AS (
         SELECT * FROM timescaledb_information.chunks
          WHERE hypertable_schema = current_schema() AND ($1::text IS NULL OR hypertable_name = $1)
          ORDER BY range_start DESC, chunk_name DESC
          LIMIT $2
       ), tables AS (
         SELECT DISTINCT hypertable_schema, hypertable_name,
                format('%I.%I', hypertable_schema, hypertable_name)::regclass AS rel FROM picked
       ), sizes AS (
         -- One call per hypertable, not per chunk: each call measures all of its chunks.
         SELECT s.chunk_schema, s.chunk_name, s.total_bytes FROM tables t, chunks_detailed_size(t.rel) s
       ), compression AS (
         ${community
           ? `SELECT s.chunk_schema, s.chunk_name, s.before_compression_total_bytes AS before,
                     s.after_compression_total_bytes AS after
                FROM tables t, chunk_compression_stats(t.rel) s WHERE s.compression_status = 'Compressed'`
           : `SELECT NULL::name AS chunk_schema, NULL::name AS chunk_name, NULL::bigint AS before, NULL::bigint AS after
               WHERE false`}
       )
       SELECT p.chunk_name AS name, p.hypertable_name AS hypertable,
              ${isoByTypeSql('p.range_start', 'p.primary_dimension_type')} AS "rangeStart",
              ${isoByTypeSql('p.range_end', 'p.primary_dimension_type')} AS "rangeEnd",
              coalesce(s.total_bytes, 0)::float8 AS "totalBytes", p.is_compressed AS compressed,
              c.before::float8 AS "beforeCompressionBytes", c.after::float8 AS "afterCompressionBytes"
         FROM picked p
         LEFT JOIN sizes s ON s.chunk_schema = p.chunk_schema AND s.chunk_name = p.chunk_name
         LEFT JOIN compression c ON c.chunk_schema = p.chunk_schema AND c.chunk_name = p.chunk_name
        ORDER BY p.range_start DESC, p.chunk_name DESC`,
      [filter.hypertable ?? null, limit],
    );
    return { available: true, edition: caps.edition, rows, limitations: limitationsOf(caps, ['Compression']) };
  });
}
