// The preview dashboards' endpoints (SPEC §8): the manager's filters in the
// query string, the front-end types in the envelope. Every grouped ratio is
// recomputed from summed counts (SPEC §4).
import { z } from 'zod';
import { CANALES, CARTERAS, SERVICIOS } from '../../db/schema';
import { EVOLUTION_METRICS } from '../../dashboards/types';
import { defineContract } from '../contract';
import { errorResponses } from '../schemas';

const tag = 'Dashboards' as const;
const date = z.iso.date();

/** What parseDashboardFilters reads (lists repeated or comma-separated). */
const filters = z.object({
  fecha_corte: date.optional().describe('Cut-off date: each campaign at its snapshot of that day. Default: the latest date loaded'),
  desde: date.optional().describe('Range start (with hasta; at most 400 days): each campaign at its latest snapshot in the range'),
  hasta: date.optional(),
  cartera: z.array(z.enum(CARTERAS)).optional().describe('Repeat the parameter or separate with commas'),
  servicio: z.array(z.enum(SERVICIOS)).optional(),
  archivo: z.string().max(200).optional().describe('One campaign file'),
  canal: z.enum(CANALES).optional(),
  equipo: z.string().max(200).optional(),
});

const read = (path: string, summary: string, queryDocs: z.ZodObject = filters) =>
  defineContract({
    method: 'GET', path, tag, role: 'viewer', summary, queryDocs,
    responses: { 200: { description: summary, data: z.looseObject({}) }, 400: { description: 'A filter is invalid: details.issues names each one' }, ...errorResponses },
  });

export const dashboard = read('/dashboard', 'Resumen: totals by cartera (segmentoData) and servicio (negocioData), the integral chart and the total row (DashboardData)');
export const evolution = read('/evolution', 'Evolución: one series per campaign of the picked metric by business day (EvolutionMetric[])',
  filters.extend({ metrica: z.enum(EVOLUTION_METRICS).optional().describe('Default pctContac') }));
export const assignment = read('/assignment', 'Asignación: the period’s KPIs against the previous month, composition and breakdown (AssignmentKPI)');
export const operation = read('/operation', 'Operación: totals per canal (ChannelMetric) and by hour');
export const productivity = read('/productivity', 'Productividad: agents ranked with quartiles (AgentRankingRow) and the daily heatmap',
  filters.extend({ limit: z.number().int().min(1).max(1000).optional(), offset: z.number().int().min(0).optional() }));
export const filterOptions = read('/filters', 'What the filters can take: dates with data, periods, carteras, servicios, canales, campaigns, teams');
