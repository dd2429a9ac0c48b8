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
  /** SELECT list after the bucket column; ratios recomputed from counts (SPEC §4). */
  select: string;
  groupBy: readonly string[];
  startOffset: string;
  refreshEvery: string;
  /** A plain view summing the aggregate's rows over fewer columns, ratios recomputed from the sums. */
  totals?: { name: string; groupBy: readonly string[]; select: string };
}

/** 100·a/b, or 0 when b is 0: the one ratio rule of SPEC §4 (a and b already aggregated). */
export const ratio = (a: string, b: string) => `CASE WHEN ${b} = 0 THEN 0 ELSE 100.0 * ${a} / ${b} END::double precision`;

/** 100·Σa/Σb. */
export const pct = (a: string, b: string) => ratio(`sum(${a})`, `sum(${b})`);

const DASHBOARD_COUNTS = [
  'cuentas', 'clientes', 'deuda_asig', 'deuda_act', 'cuentas_gestionadas', 'cuentas_cd',
  'cuentas_ci', 'cuentas_sc', 'cuentas_sg', 'cuentas_pdp', 'total_gestiones', 'recupero',
];

/** dashboard_data's ratios from its counts, each count read through `of` (sum, last…). */
function dashboardRatios(of: (column: string) => string) {
  return [
    `${ratio(of('cuentas_gestionadas'), of('cuentas'))} AS pct_cober`,
    `${ratio(`(${of('cuentas_cd')} + ${of('cuentas_ci')})`, of('cuentas'))} AS pct_contac`,
    `${ratio(of('cuentas_cd'), of('cuentas'))} AS pct_cd`,
    `${ratio(of('cuentas_ci'), of('cuentas'))} AS pct_ci`,
    `${ratio(of('cuentas_pdp'), of('cuentas_cd'))} AS pct_conversion`,
    `${ratio(of('cuentas_pdp'), of('cuentas_gestionadas'))} AS pct_efectividad`,
    `${ratio(of('recupero'), of('deuda_asig'))} AS pct_cierre`,
    `CASE WHEN ${of('cuentas_gestionadas')} = 0 THEN 0 ELSE ${of('total_gestiones')}::double precision / ${of('cuentas_gestionadas')} END AS inten`,
  ].join(',\n    ');
}

const sums = (columns: string[]) => columns.map((c) => `sum(${c}) AS ${c}`).join(',\n    ');
const lastOf = (column: string) => `last(${column}, fecha_foto)`;
const sumOf = (column: string) => `sum(${column})`;

export const CONTINUOUS_AGGREGATES: AggregatePlan[] = [
  {
    // dashboard_data rows are cumulative snapshots: a week of a campaign is its
    // last snapshot in the week, never the sum of its seven days. Totals per
    // cartera and servicio sum those campaign-weeks (dashboard_weekly_totals).
    name: 'dashboard_weekly',
    source: 'dashboard_data',
    bucket: '7 days',
    groupBy: ['archivo', 'cartera', 'servicio'],
    select: `max(fecha_foto) AS fecha_foto,
    ${DASHBOARD_COUNTS.map((c) => `${lastOf(c)} AS ${c}`).join(',\n    ')},
    ${dashboardRatios(lastOf)}`,
    startOffset: '35 days',
    refreshEvery: '6 hours',
    totals: {
      name: 'dashboard_weekly_totals',
      groupBy: ['cartera', 'servicio'],
      select: `count(*) AS archivos,
    ${sums(DASHBOARD_COUNTS)},
    ${dashboardRatios(sumOf)}`,
    },
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
