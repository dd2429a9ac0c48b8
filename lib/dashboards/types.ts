// The preview dashboards' response types (SPEC §8), declared once for the
// route handlers and the pages. Plain JSON: dates are 'YYYY-MM-DD' strings,
// amounts are soles as numbers (summed exactly in SQL, rounded to cents).

export type Status = 'ok' | 'warning';

/** The dates a response covers, after defaults: both ends inclusive. */
export interface Period {
  desde: string;
  hasta: string;
}

/** Counts and amounts of dashboard_data rows, and every ratio recomputed from them (SPEC §4). */
export interface DataMetrics {
  cuentas: number;
  clientes: number;
  deudaAsig: number;
  deudaAct: number;
  cuentasGestionadas: number;
  cuentasCd: number;
  cuentasCi: number;
  cuentasSc: number;
  cuentasSg: number;
  cuentasPdp: number;
  totalGestiones: number;
  recupero: number;
  pctCober: number;
  pctContac: number;
  pctCd: number;
  pctCi: number;
  pctConversion: number;
  pctEfectividad: number;
  pctCierre: number;
  inten: number;
}

/** One row of the resumen tables: a cartera, a servicio, or the total. */
export interface DataRow extends DataMetrics {
  /** The cartera or servicio; 'TOTAL' for the total row. */
  label: string;
  /** Campaign files in the group. */
  archivos: number;
  status: { contacto: Status; cierre: Status; inten: Status };
}

/** One day of the integral chart: the campaigns photographed that day, summed. */
export interface IntegralChartPoint extends DataMetrics {
  fecha: string;
}

export interface DashboardData {
  /** null when the table holds nothing yet (then every list is empty). */
  period: Period | null;
  /** By cartera, in the order of CARTERAS. */
  segmentoData: DataRow[];
  /** By servicio, in the order of SERVICIOS. */
  negocioData: DataRow[];
  integralChartData: IntegralChartPoint[];
  total: DataRow;
}

export const EVOLUTION_METRICS = [
  'pctCober', 'pctContac', 'pctEfectividad', 'pctCierre',
  'cuentasGestionadas', 'cuentasContactadas', 'cuentasPdp', 'totalGestiones', 'recupero',
] as const;
export type EvolutionMetricName = (typeof EVOLUTION_METRICS)[number];

export interface EvolutionPoint {
  /** dia_gestion: the campaign's business day, 1 on its first one. */
  day: number;
  value: number;
  fecha: string;
}

/** One campaign's curve of the picked metric. */
export interface EvolutionMetric {
  archivo: string;
  cartera: string;
  metric: EvolutionMetricName;
  points: EvolutionPoint[];
}

export interface EvolutionData {
  period: Period | null;
  metric: EvolutionMetricName;
  series: EvolutionMetric[];
  /** Campaigns of the period left out beyond the series limit (the most recently active are kept). */
  omitted: number;
}

export interface AssignmentTotals {
  archivos: number;
  clientes: number;
  cuentas: number;
  deudaAsig: number;
  deudaActual: number;
  /** Σ deuda_asig / Σ cuentas. */
  ticketPromedio: number;
}

export interface AssignmentCompositionRow extends AssignmentTotals {
  cartera: string;
  /** Share of the period's cuentas and deuda_asig, in percent. */
  pctCuentas: number;
  pctDeuda: number;
}

export interface AssignmentBreakdownRow extends Omit<AssignmentTotals, 'archivos'> {
  archivo: string;
  cartera: string;
  fechaAsignacion: string;
}

export interface AssignmentKPI {
  /** The month shown (YYYY-MM) and the one it is compared with; null while the table is empty. */
  periodo: string | null;
  periodoAnterior: string | null;
  /**
   * Both months are read up to this day of the month — the cut-off's, or
   * today's while the month is in progress — so a month under way is compared
   * with the same days of the one before. null: whole months.
   */
  hastaDia: number | null;
  actual: AssignmentTotals;
  anterior: AssignmentTotals;
  /** Percent change against the previous month; null when that month had nothing. */
  variacion: Record<keyof AssignmentTotals, number | null>;
  composicion: AssignmentCompositionRow[];
  detalle: AssignmentBreakdownRow[];
}

export interface ChannelCounts {
  totalGestiones: number;
  contactosEfectivos: number;
  contactosNoEfectivos: number;
  totalPdp: number;
  duracionSeg: number;
  tasaContacto: number;
  tasaConversion: number;
  /** duracion_seg / total_gestiones. */
  duracionPromedioSeg: number;
}

export interface ChannelMetric extends ChannelCounts {
  canal: string;
}

export interface HourlyPerformance extends ChannelCounts {
  hora: number;
  canal: string;
}

export interface OperationData {
  period: Period | null;
  canales: ChannelMetric[];
  total: ChannelCounts;
  /** Every hour with actions, by canal, ordered by hora then canal. */
  hourly: HourlyPerformance[];
}

export interface AgentRankingRow {
  /** 1 = best score; agents with equal scores share a rank. */
  rank: number;
  /** 1 = top quarter of the ranking … 4 = bottom quarter. */
  quartile: 1 | 2 | 3 | 4;
  correoAgente: string;
  nombreAgente: string;
  dniAgente: string;
  equipo: string;
  diasTrabajados: number;
  totalGestiones: number;
  contactosEfectivos: number;
  totalPdp: number;
  montoCompromiso: number;
  pesoTotal: number;
  tasaContacto: number;
  tasaConversion: number;
  score: number;
}

export interface HeatmapCell {
  correoAgente: string;
  equipo: string;
  fecha: string;
  totalGestiones: number;
  score: number;
}

export interface ProductivityData {
  period: Period | null;
  /** Agents ranked in the period (the ranking below is one page of them). */
  totalAgentes: number;
  ranking: AgentRankingRow[];
  /** The first agents of the ranking page (HEATMAP_AGENTS) by day, over the heatmap's days. */
  heatmap: { desde: string; hasta: string; cells: HeatmapCell[] };
}

export interface FilterOptions {
  /** Every fecha_foto with dashboard snapshots, ascending. */
  fechas: string[];
  periodos: string[];
  carteras: string[];
  servicios: string[];
  canales: string[];
  /** Campaign files with a snapshot in the period. */
  archivos: { archivo: string; cartera: string }[];
  /** Every team in the productivity data. */
  equipos: string[];
  period: Period | null;
}
