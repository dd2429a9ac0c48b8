// Rollups of the marts, maintained by the ETL inside each merge transaction
// (lib/dashboards/rollups/), so the dashboards read a few rows instead of
// millions and never see a rollup that disagrees with its mart.
import { date, index, integer, pgTable, primaryKey, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { amount, count } from './columns';
import { dashboardCounts } from './marts';


/** The day's snapshots summed per cartera and servicio: the integral chart without the campaigns. */
export const rollupDashboardDaily = pgTable(
  'rollup_dashboard_daily',
  {
    fechaFoto: date('fecha_foto', { mode: 'string' }).notNull(),
    cartera: text('cartera').notNull(),
    servicio: text('servicio').notNull(),
    ...dashboardCounts(),
  },
  (t) => [primaryKey({ columns: [t.fechaFoto, t.cartera, t.servicio] })],
);

/** Each campaign × servicio: its first and last snapshot day, and the last snapshot's counts. */
export const rollupDashboardCampaigns = pgTable(
  'rollup_dashboard_campaigns',
  {
    archivo: text('archivo').notNull(),
    cartera: text('cartera').notNull(),
    servicio: text('servicio').notNull(),
    primeraFecha: date('primera_fecha', { mode: 'string' }).notNull(),
    ultimaFecha: date('ultima_fecha', { mode: 'string' }).notNull(),
    ...dashboardCounts(),
  },
  (t) => [
    primaryKey({ columns: [t.archivo, t.cartera, t.servicio] }),
    index('rollup_dashboard_campaigns_ultima_idx').on(t.ultimaFecha),
  ],
);

/** operation_data summed over the campaigns, per day, hour and canal. */
export const rollupOperationDaily = pgTable(
  'rollup_operation_daily',
  {
    fechaFoto: date('fecha_foto', { mode: 'string' }).notNull(),
    hora: smallint('hora').notNull(),
    canal: text('canal').notNull(),
    totalGestiones: count('total_gestiones'),
    contactosEfectivos: count('contactos_efectivos'),
    contactosNoEfectivos: count('contactos_no_efectivos'),
    totalPdp: count('total_pdp'),
    duracionSeg: count('duracion_seg'),
  },
  (t) => [primaryKey({ columns: [t.fechaFoto, t.hora, t.canal] })],
);

/**
 * Each agent (per equipo) under a small integer id, with its name and DNI:
 * the running totals below are keyed by the id, so reading a period joins
 * two narrow integer-keyed rows per agent instead of two text keys.
 */
export const rollupProductivityAgents = pgTable(
  'rollup_productivity_agents',
  {
    agenteId: integer('agente_id').primaryKey().generatedAlwaysAsIdentity(),
    correoAgente: text('correo_agente').notNull(),
    equipo: text('equipo').notNull(),
    nombreAgente: text('nombre_agente').notNull(),
    dniAgente: text('dni_agente').notNull(),
    ultimaFecha: date('ultima_fecha', { mode: 'string' }).notNull(),
  },
  (t) => [uniqueIndex('rollup_productivity_agents_key_idx').on(t.correoAgente, t.equipo)],
);

/**
 * Running totals per agent on every calendar day from its first: any
 * period's sums are two rows' difference, whatever its length.
 */
export const rollupProductivityRunning = pgTable(
  'rollup_productivity_running',
  {
    fechaFoto: date('fecha_foto', { mode: 'string' }).notNull(),
    agenteId: integer('agente_id').notNull(),
    dias: integer('dias').notNull(),
    totalGestiones: integer('total_gestiones').notNull(),
    contactosEfectivos: integer('contactos_efectivos').notNull(),
    totalPdp: integer('total_pdp').notNull(),
    montoCompromiso: amount('monto_compromiso'),
    pesoTotal: amount('peso_total'),
  },
  (t) => [
    primaryKey({ columns: [t.fechaFoto, t.agenteId] }),
    // Both reads are index-only, the counts riding in the keys (drizzle has no INCLUDE):
    // a ranking scores every agent from two days' rows, the heatmap reads a few agents over a month.
    index('rollup_productivity_running_day_idx').on(t.fechaFoto, t.agenteId, t.dias, t.totalGestiones, t.contactosEfectivos, t.totalPdp),
    index('rollup_productivity_running_agente_idx').on(t.agenteId, t.fechaFoto, t.dias, t.totalGestiones, t.contactosEfectivos, t.totalPdp),
  ],
);
