// Admin view: what compression saved per hypertable (community edition only;
// the apache edition cannot compress, so it gets the unavailable shape).
import type { SqlRunner } from '../../db/sql';
import { detectCapabilities } from '../capabilities';
import { refusedByLicense, unavailable, type AdminView } from './view';

export interface CompressionRow {
  hypertable: string;
  compressionEnabled: boolean;
  totalChunks: number;
  compressedChunks: number;
  /** Bytes of the compressed chunks before and after; 0 while none is compressed. */
  beforeBytes: number;
  afterBytes: number;
  /** before / after; null until a chunk has been compressed. */
  ratio: number | null;
}

export type CompressionView = AdminView<CompressionRow>;

export async function readCompressionStats(sql: SqlRunner): Promise<CompressionView> {
  const caps = await detectCapabilities(sql);
  if (caps.edition !== 'community') return unavailable(caps, 'Compression');
  return refusedByLicense(caps, 'Compression', async () => {
    const rows = await sql.query<Omit<CompressionRow, 'ratio'>>(
      `SELECT h.hypertable_name AS hypertable, h.compression_enabled AS "compressionEnabled",
              h.num_chunks::int AS "totalChunks", coalesce(s.number_compressed_chunks, 0)::int AS "compressedChunks",
              coalesce(s.before_compression_total_bytes, 0)::float8 AS "beforeBytes",
              coalesce(s.after_compression_total_bytes, 0)::float8 AS "afterBytes"
         FROM timescaledb_information.hypertables h
         -- No row comes back for a hypertable with nothing compressed yet: hence the LEFT JOIN.
         LEFT JOIN LATERAL hypertable_compression_stats(format('%I.%I', h.hypertable_schema, h.hypertable_name)::regclass) s
           ON true
        WHERE h.hypertable_schema = current_schema()
        ORDER BY h.hypertable_name`,
    );
    return {
      available: true,
      edition: caps.edition,
      rows: rows.map((r) => ({
        ...r,
        ratio: r.compressedChunks > 0 && r.afterBytes > 0 ? r.beforeBytes / r.afterBytes : null,
      })),
      limitations: [],
    };
  });
}
