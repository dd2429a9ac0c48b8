// SPEC §4's ratio rules, each written once. SQL only ever sums counts and
// amounts (exactly, in numeric); the ratios of any group are computed here
// from those sums — never by averaging stored percentages. Zero denominator → 0.
import type postgres from 'postgres';
import type { ChannelCounts, DataMetrics, DataRow, Status } from './types';

/** 100·part/whole (or part/whole with scale 1), rounded to what the dashboards show; 0 when whole is 0. */
export function ratio(part: number, whole: number, scale = 100): number {
  return whole === 0 ? 0 : Math.round(((scale * part) / whole) * 100) / 100;
}

/** The columns of dashboard_data that add up when rows are grouped. */
export const DASHBOARD_COUNTS = [
  'cuentas', 'clientes', 'cuentas_gestionadas', 'cuentas_cd', 'cuentas_ci', 'cuentas_sc', 'cuentas_sg',
  'cuentas_pdp', 'total_gestiones',
] as const;
export const DASHBOARD_AMOUNTS = ['deuda_asig', 'deuda_act', 'recupero'] as const;
export const OPERATION_COUNTS = [
  'total_gestiones', 'contactos_efectivos', 'contactos_no_efectivos', 'total_pdp', 'duracion_seg',
] as const;

/**
 * `sum(c) AS c` for each column: counts as float8 (exact far beyond any count
 * here, and a JS number), amounts as numeric text so not a cent is lost.
 */
export function sums(sql: postgres.Sql, counts: readonly string[], amounts: readonly string[] = []) {
  const list = [
    ...counts.map((c) => `coalesce(sum(${c}), 0)::float8 AS ${c}`),
    ...amounts.map((c) => `coalesce(sum(${c}), 0)::numeric(16,2)::text AS ${c}`),
  ];
  return sql.unsafe(list.join(', '));
}

/**
 * score_productividad (SPEC §4) × 100 = 40·total_gestiones + 35·contactos_efectivos
 * + 25·total_pdp: a whole number, so ranking ties are exact (no float rounding
 * of 0.35). Linear, so a group's score is the score of its summed counts.
 */
export function scoreHundredthsSql(sql: postgres.Sql, of: (column: string) => string = (c) => c) {
  return sql.unsafe(`(40 * ${of('total_gestiones')} + 35 * ${of('contactos_efectivos')} + 25 * ${of('total_pdp')})`);
}

type SummedRow = Record<string, unknown>;
const num = (row: SummedRow, column: string) => Number(row[column] ?? 0);

/** Each dashboard ratio of SPEC §4, from the summed counts and amounts it is defined on. */
export const DASHBOARD_RATIOS = {
  pctCober: (gestionadas: number, cuentas: number) => ratio(gestionadas, cuentas),
  /** contactadas = cuentas_cd + cuentas_ci. */
  pctContac: (contactadas: number, cuentas: number) => ratio(contactadas, cuentas),
  pctCd: (cd: number, cuentas: number) => ratio(cd, cuentas),
  pctCi: (ci: number, cuentas: number) => ratio(ci, cuentas),
  pctConversion: (pdp: number, cd: number) => ratio(pdp, cd),
  pctEfectividad: (pdp: number, gestionadas: number) => ratio(pdp, gestionadas),
  pctCierre: (recupero: number, deudaAsig: number) => ratio(recupero, deudaAsig),
  /** Actions per managed account: a plain ratio, not a percentage. */
  inten: (gestiones: number, gestionadas: number) => ratio(gestiones, gestionadas, 1),
};

/** A dashboard group's metrics from its summed row (as `sums` returns it). */
export function dataMetrics(row: SummedRow): DataMetrics {
  const cuentas = num(row, 'cuentas');
  const gestionadas = num(row, 'cuentas_gestionadas');
  const cd = num(row, 'cuentas_cd');
  const ci = num(row, 'cuentas_ci');
  const pdp = num(row, 'cuentas_pdp');
  const gestiones = num(row, 'total_gestiones');
  const deudaAsig = num(row, 'deuda_asig');
  const recupero = num(row, 'recupero');
  const r = DASHBOARD_RATIOS;
  return {
    cuentas,
    clientes: num(row, 'clientes'),
    deudaAsig,
    deudaAct: num(row, 'deuda_act'),
    cuentasGestionadas: gestionadas,
    cuentasCd: cd,
    cuentasCi: ci,
    cuentasSc: num(row, 'cuentas_sc'),
    cuentasSg: num(row, 'cuentas_sg'),
    cuentasPdp: pdp,
    totalGestiones: gestiones,
    recupero,
    pctCober: r.pctCober(gestionadas, cuentas),
    pctContac: r.pctContac(cd + ci, cuentas),
    pctCd: r.pctCd(cd, cuentas),
    pctCi: r.pctCi(ci, cuentas),
    pctConversion: r.pctConversion(pdp, cd),
    pctEfectividad: r.pctEfectividad(pdp, gestionadas),
    pctCierre: r.pctCierre(recupero, deudaAsig),
    inten: r.inten(gestiones, gestionadas),
  };
}

/** SPEC §4's thresholds: contacto ≥ 70, cierre ≥ 15, intensidad ≥ 2.0. */
export function dataRowStatus(m: Pick<DataMetrics, 'pctContac' | 'pctCierre' | 'inten'>): DataRow['status'] {
  const status = (ok: boolean): Status => (ok ? 'ok' : 'warning');
  return { contacto: status(m.pctContac >= 70), cierre: status(m.pctCierre >= 15), inten: status(m.inten >= 2) };
}

export function dataRow(label: string, row: SummedRow): DataRow {
  const metrics = dataMetrics(row);
  return { label, archivos: num(row, 'archivos'), ...metrics, status: dataRowStatus(metrics) };
}

/** operation_data's rates of summed counts. */
export function channelCounts(row: SummedRow): ChannelCounts {
  const gestiones = num(row, 'total_gestiones');
  const efectivos = num(row, 'contactos_efectivos');
  const pdp = num(row, 'total_pdp');
  const duracion = num(row, 'duracion_seg');
  return {
    totalGestiones: gestiones,
    contactosEfectivos: efectivos,
    contactosNoEfectivos: num(row, 'contactos_no_efectivos'),
    totalPdp: pdp,
    duracionSeg: duracion,
    tasaContacto: ratio(efectivos, gestiones),
    tasaConversion: ratio(pdp, efectivos),
    duracionPromedioSeg: ratio(duracion, gestiones, 1),
  };
}

/** An agent's two rates (the same rule as operation_data's). */
export function agentRates(gestiones: number, efectivos: number, pdp: number) {
  return { tasaContacto: ratio(efectivos, gestiones), tasaConversion: ratio(pdp, efectivos) };
}

/** assignment_data: ticket_promedio = deuda_asig / cuentas, also for groups (Σ/Σ, not a mean of tickets). */
export function ticketPromedio(deudaAsig: number, cuentas: number): number {
  return ratio(deudaAsig, cuentas, 1);
}

/** Percent change from `before` to `now`; null when there was nothing before to compare with. */
export function variation(now: number, before: number): number | null {
  return before === 0 ? null : ratio(now - before, before);
}
