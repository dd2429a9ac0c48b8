// The TimescaleDB layout Pulso wants, derived from the ETL table config
// (SPEC §5): which tables become hypertables, their chunks, retention and
// compression, and the continuous aggregates built on them.
import { EXECUTION_LOG, MART_TABLES, TABLES, type TimeTable } from '../etl/config';

export interface HypertablePlan {
  table: TimeTable;
  timeColumn: string;
  chunkInterval: string;
  retention: string | null;
  compression: { segmentBy: readonly string[]; orderBy: string; after: string } | null;
  /** How often dependent jobs (aggregates) should refresh. */
  refreshEvery: string;
}

export const HYPERTABLES: HypertablePlan[] = [
  ...MART_TABLES.flatMap((table): HypertablePlan[] => {
    const config = TABLES[table];
    if (!config.chunkInterval) return [];
    return [
      {
        table,
        timeColumn: config.incrementalColumn,
        chunkInterval: config.chunkInterval,
        retention: config.retention,
        // Chunks inside the lookback window are still rewritten by the ETL.
        compression: {
          segmentBy: config.compressSegmentBy,
          orderBy: `${config.incrementalColumn} DESC`,
          after: `${config.lookbackDays} days`,
        },
        refreshEvery: `${config.refreshEveryHours} hours`,
      },
    ];
  }),
  {
    table: 'etl_execution_log',
    timeColumn: EXECUTION_LOG.timeColumn,
    chunkInterval: EXECUTION_LOG.chunkInterval,
    retention: EXECUTION_LOG.retention,
    compression: null,
    refreshEvery: '1 day',
  },
];

export interface AggregatePlan {
  name: string;
  source: TimeTable;
  bucket: string;
  /** SELECT list after the bucket column; ratios recomputed from sums (SPEC §4). */
  select: string;
  groupBy: readonly string[];
  startOffset: string;
  refreshEvery: string;
}

/** 100·a/b, or 0 when b is 0: the one ratio rule of SPEC §4. */
export const pct = (a: string, b: string) =>
  `CASE WHEN sum(${b}) = 0 THEN 0 ELSE 100.0 * sum(${a}) / sum(${b}) END::double precision`;

const sums = (columns: string[]) => columns.map((c) => `sum(${c}) AS ${c}`).join(',\n    ');

export const CONTINUOUS_AGGREGATES: AggregatePlan[] = [
  {
    // Sums of the week's daily snapshots; ratios are ratios of those sums.
    name: 'dashboard_weekly',
    source: 'dashboard_data',
    bucket: '7 days',
    groupBy: ['cartera', 'servicio'],
    select: `${sums([
      'cuentas', 'clientes', 'deuda_asig', 'deuda_act', 'cuentas_gestionadas', 'cuentas_cd',
      'cuentas_ci', 'cuentas_sc', 'cuentas_sg', 'cuentas_pdp', 'total_gestiones', 'recupero',
    ])},
    ${pct('cuentas_gestionadas', 'cuentas')} AS pct_cober,
    CASE WHEN sum(cuentas) = 0 THEN 0 ELSE 100.0 * (sum(cuentas_cd) + sum(cuentas_ci)) / sum(cuentas) END::double precision AS pct_contac,
    ${pct('cuentas_cd', 'cuentas')} AS pct_cd,
    ${pct('cuentas_ci', 'cuentas')} AS pct_ci,
    ${pct('cuentas_pdp', 'cuentas_cd')} AS pct_conversion,
    ${pct('cuentas_pdp', 'cuentas_gestionadas')} AS pct_efectividad,
    ${pct('recupero', 'deuda_asig')} AS pct_cierre,
    CASE WHEN sum(cuentas_gestionadas) = 0 THEN 0 ELSE sum(total_gestiones)::double precision / sum(cuentas_gestionadas) END AS inten`,
    startOffset: '35 days',
    refreshEvery: '6 hours',
  },
  {
    name: 'operation_daily',
    source: 'operation_data',
    bucket: '1 day',
    groupBy: ['canal'],
    select: `${sums(['total_gestiones', 'contactos_efectivos', 'contactos_no_efectivos', 'total_pdp', 'duracion_seg'])},
    ${pct('contactos_efectivos', 'total_gestiones')} AS tasa_contacto,
    ${pct('total_pdp', 'contactos_efectivos')} AS tasa_conversion`,
    startOffset: '7 days',
    refreshEvery: '2 hours',
  },
];

export const bucketColumn = (plan: AggregatePlan) => (plan.bucket === '1 day' ? 'dia' : 'semana');
