// Per-table ETL configuration (SPEC §5): the one place to change a table's
// incremental column, lookback, cadence and TimescaleDB layout.

export const MART_TABLES = [
  'dashboard_data',
  'evolution_data',
  'assignment_data',
  'operation_data',
  'productivity_data',
] as const;

export type MartTable = (typeof MART_TABLES)[number];

/** Every table Pulso partitions by time when TimescaleDB is present. */
export type TimeTable = MartTable | 'etl_execution_log';

export interface TableConfig {
  /** The BigQuery view or table this mart is read from (see sql/bigquery/). */
  sourceRelation: string;
  primaryKey: readonly string[];
  incrementalColumn: string;
  lookbackDays: number;
  batchSize: number;
  refreshEveryHours: number;
  /** Chunk interval of the hypertable; null keeps it a plain table. */
  chunkInterval: string | null;
  /** Data older than this is dropped; null keeps everything. */
  retention: string | null;
  /** Columns compressed chunks are segmented by (SPEC §7). */
  compressSegmentBy: readonly string[];
}

export const TABLES: Record<MartTable, TableConfig> = {
  dashboard_data: {
    sourceRelation: 'mart_dashboard_data',
    primaryKey: ['fecha_foto', 'archivo', 'cartera', 'servicio'],
    incrementalColumn: 'fecha_foto',
    lookbackDays: 7,
    batchSize: 10_000,
    refreshEveryHours: 6,
    chunkInterval: '7 days',
    retention: '2 years',
    compressSegmentBy: ['archivo', 'cartera'],
  },
  evolution_data: {
    sourceRelation: 'mart_evolution_data',
    primaryKey: ['fecha_foto', 'archivo'],
    incrementalColumn: 'fecha_foto',
    lookbackDays: 3,
    batchSize: 50_000,
    refreshEveryHours: 6,
    chunkInterval: '7 days',
    retention: '2 years',
    compressSegmentBy: ['archivo', 'cartera'],
  },
  assignment_data: {
    sourceRelation: 'mart_assignment_data',
    primaryKey: ['periodo', 'archivo', 'cartera'],
    incrementalColumn: 'fecha_asignacion',
    lookbackDays: 30,
    batchSize: 10_000,
    refreshEveryHours: 24,
    chunkInterval: null,
    retention: null,
    compressSegmentBy: [],
  },
  operation_data: {
    sourceRelation: 'mart_operation_data',
    primaryKey: ['fecha_foto', 'hora', 'canal', 'archivo'],
    incrementalColumn: 'fecha_foto',
    lookbackDays: 2,
    batchSize: 5_000,
    refreshEveryHours: 2,
    chunkInterval: '1 day',
    retention: '1 year',
    compressSegmentBy: ['archivo'],
  },
  productivity_data: {
    sourceRelation: 'mart_productivity_data',
    primaryKey: ['fecha_foto', 'correo_agente', 'archivo'],
    incrementalColumn: 'fecha_foto',
    lookbackDays: 5,
    batchSize: 10_000,
    refreshEveryHours: 8,
    chunkInterval: '7 days',
    retention: '2 years',
    compressSegmentBy: ['archivo'],
  },
};

/** The run log is partitioned and expired like the marts, but never compressed. */
export const EXECUTION_LOG = {
  timeColumn: 'started_at',
  chunkInterval: '1 month',
  retention: '6 months',
} as const;

/** How often Pulso enforces retention itself where TimescaleDB cannot (apache edition, plain PostgreSQL). */
export const RETENTION_EVERY_HOURS = 6;

export function isMartTable(name: string): name is MartTable {
  return (MART_TABLES as readonly string[]).includes(name);
}
