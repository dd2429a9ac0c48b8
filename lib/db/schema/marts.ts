// The five mart tables the dashboards read (SPEC §3). Counts are stored beside
// every ratio so grouped ratios can be recomputed from sums (SPEC §4).
import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';
import { CANALES, CARTERAS, SERVICIOS } from '../../domain';
import { amount, count, nonNegative, oneOf, ratio, timestamps } from './columns';

export { CANALES, CARTERAS, SERVICIOS };

/** dashboard_data's counts and amounts: what its rollups sum too. */
export const dashboardCounts = () => ({
  cuentas: count('cuentas'),
  clientes: count('clientes'),
  deudaAsig: amount('deuda_asig'),
  deudaAct: amount('deuda_act'),
  cuentasGestionadas: count('cuentas_gestionadas'),
  cuentasCd: count('cuentas_cd'),
  cuentasCi: count('cuentas_ci'),
  cuentasSc: count('cuentas_sc'),
  cuentasSg: count('cuentas_sg'),
  cuentasPdp: count('cuentas_pdp'),
  totalGestiones: count('total_gestiones'),
  recupero: amount('recupero'),
});

export const dashboardData = pgTable(
  'dashboard_data',
  {
    fechaFoto: date('fecha_foto', { mode: 'string' }).notNull(),
    archivo: text('archivo').notNull(),
    cartera: text('cartera').notNull(),
    servicio: text('servicio').notNull(),
    ...dashboardCounts(),
    pctCober: ratio('pct_cober'),
    pctContac: ratio('pct_contac'),
    pctCd: ratio('pct_cd'),
    pctCi: ratio('pct_ci'),
    pctConversion: ratio('pct_conversion'),
    pctEfectividad: ratio('pct_efectividad'),
    pctCierre: ratio('pct_cierre'),
    inten: ratio('inten'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.fechaFoto, t.archivo, t.cartera, t.servicio] }),
    oneOf('dashboard_data', 'servicio', SERVICIOS),
    nonNegative('dashboard_data', [
      'cuentas', 'clientes', 'cuentas_gestionadas', 'cuentas_cd', 'cuentas_ci',
      'cuentas_sc', 'cuentas_sg', 'cuentas_pdp', 'total_gestiones',
    ]),
    // The dashboards filter a date range by campaign, or by cartera and servicio.
    index('dashboard_data_archivo_idx').on(t.archivo, t.fechaFoto),
    index('dashboard_data_cartera_servicio_idx').on(t.cartera, t.servicio, t.fechaFoto),
  ],
);

export const evolutionData = pgTable(
  'evolution_data',
  {
    fechaFoto: date('fecha_foto', { mode: 'string' }).notNull(),
    archivo: text('archivo').notNull(),
    cartera: text('cartera').notNull(),
    diaGestion: count('dia_gestion'),
    cuentas: count('cuentas'),
    cuentasGestionadas: count('cuentas_gestionadas'),
    cuentasContactadas: count('cuentas_contactadas'),
    cuentasPdp: count('cuentas_pdp'),
    totalGestiones: count('total_gestiones'),
    deudaAsig: amount('deuda_asig'),
    recupero: amount('recupero'),
    pctCober: ratio('pct_cober'),
    pctContac: ratio('pct_contac'),
    pctEfectividad: ratio('pct_efectividad'),
    pctCierre: ratio('pct_cierre'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.fechaFoto, t.archivo] }),
    nonNegative('evolution_data', [
      'dia_gestion', 'cuentas', 'cuentas_gestionadas', 'cuentas_contactadas',
      'cuentas_pdp', 'total_gestiones',
    ]),
    index('evolution_data_archivo_idx').on(t.archivo, t.fechaFoto),
    index('evolution_data_cartera_idx').on(t.cartera, t.fechaFoto),
  ],
);

export const assignmentData = pgTable(
  'assignment_data',
  {
    periodo: text('periodo').notNull(),
    archivo: text('archivo').notNull(),
    cartera: text('cartera').notNull(),
    fechaAsignacion: date('fecha_asignacion', { mode: 'string' }).notNull(),
    clientes: count('clientes'),
    cuentas: count('cuentas'),
    deudaAsig: amount('deuda_asig'),
    deudaActual: amount('deuda_actual'),
    ticketPromedio: amount('ticket_promedio'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.periodo, t.archivo, t.cartera] }),
    check('assignment_data_periodo_check', sql`${t.periodo} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    nonNegative('assignment_data', ['clientes', 'cuentas']),
    // Incremental windows select and delete by fecha_asignacion.
    index('assignment_data_fecha_asignacion_idx').on(t.fechaAsignacion),
    index('assignment_data_cartera_idx').on(t.cartera, t.periodo),
  ],
);

export const operationData = pgTable(
  'operation_data',
  {
    fechaFoto: date('fecha_foto', { mode: 'string' }).notNull(),
    hora: smallint('hora').notNull(),
    canal: text('canal').notNull(),
    archivo: text('archivo').notNull(),
    totalGestiones: count('total_gestiones'),
    contactosEfectivos: count('contactos_efectivos'),
    contactosNoEfectivos: count('contactos_no_efectivos'),
    totalPdp: count('total_pdp'),
    duracionSeg: count('duracion_seg'),
    tasaContacto: ratio('tasa_contacto'),
    tasaConversion: ratio('tasa_conversion'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.fechaFoto, t.hora, t.canal, t.archivo] }),
    check('operation_data_hora_check', sql`${t.hora} BETWEEN 0 AND 23`),
    oneOf('operation_data', 'canal', CANALES),
    nonNegative('operation_data', [
      'total_gestiones', 'contactos_efectivos', 'contactos_no_efectivos', 'total_pdp', 'duracion_seg',
    ]),
    index('operation_data_canal_idx').on(t.canal, t.fechaFoto),
    index('operation_data_archivo_idx').on(t.archivo, t.fechaFoto),
  ],
);

export const productivityData = pgTable(
  'productivity_data',
  {
    fechaFoto: date('fecha_foto', { mode: 'string' }).notNull(),
    correoAgente: text('correo_agente').notNull(),
    archivo: text('archivo').notNull(),
    nombreAgente: text('nombre_agente').notNull().default(''),
    dniAgente: text('dni_agente').notNull().default(''),
    equipo: text('equipo').notNull().default(''),
    totalGestiones: count('total_gestiones'),
    contactosEfectivos: count('contactos_efectivos'),
    totalPdp: count('total_pdp'),
    montoCompromiso: amount('monto_compromiso'),
    pesoTotal: amount('peso_total'),
    tasaContacto: ratio('tasa_contacto'),
    tasaConversion: ratio('tasa_conversion'),
    scoreProductividad: ratio('score_productividad'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.fechaFoto, t.correoAgente, t.archivo] }),
    nonNegative('productivity_data', ['total_gestiones', 'contactos_efectivos', 'total_pdp']),
    index('productivity_data_agente_idx').on(t.correoAgente, t.fechaFoto),
    index('productivity_data_archivo_idx').on(t.archivo, t.fechaFoto),
  ],
);

export type DashboardDataRow = typeof dashboardData.$inferSelect;
export type EvolutionDataRow = typeof evolutionData.$inferSelect;
export type AssignmentDataRow = typeof assignmentData.$inferSelect;
export type OperationDataRow = typeof operationData.$inferSelect;
export type ProductivityDataRow = typeof productivityData.$inferSelect;
