// The manager's dashboard filters (SPEC §8): one zod schema, parsed from a
// URL's search params (repeated or comma-separated) and written back to one,
// so a page can keep its filters in the address bar.
import { z } from 'zod';
import { CANALES, CARTERAS, SERVICIOS, type Canal, type Cartera, type Servicio } from '../domain';

export type { Canal, Cartera, Servicio };

/** Longer ranges are refused: nobody reads them, and they would only load the database. */
export const MAX_RANGE_DAYS = 400;

export type DateSelection =
  /** No date given: each dashboard shows the latest fecha_foto its table holds. */
  | { kind: 'latest' }
  | { kind: 'cutoff'; fecha: string }
  | { kind: 'range'; desde: string; hasta: string };

export interface DashboardFilters {
  dates: DateSelection;
  /** Empty = every cartera (or servicio). */
  cartera: Cartera[];
  servicio: Servicio[];
  archivo: string | null;
  canal: Canal | null;
  equipo: string | null;
}

/** No filter at all: each dashboard's latest day, everything in it (what an empty query string parses to). */
export const NO_FILTERS: DashboardFilters = { dates: { kind: 'latest' }, cartera: [], servicio: [], archivo: null, canal: null, equipo: null };

export interface FilterIssue {
  param: string;
  message: string;
}

/** Bad filters: every problem found, for the API's 400 (code 'validation'). */
export class DashboardFilterError extends Error {
  constructor(readonly issues: FilterIssue[]) {
    super(`Invalid dashboard filters: ${issues.map((i) => `${i.param}: ${i.message}`).join('; ')}`);
    this.name = 'DashboardFilterError';
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

const isoDate = z.string().refine(
  (s) => DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
  { error: (issue) => `${JSON.stringify(issue.input)} is not a date (YYYY-MM-DD)` },
);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => `${JSON.stringify(issue.input)} is not one of ${values.join(', ')}` });
/** Free text matched exactly against the data; bounded so a URL cannot smuggle in an essay. */
const name = z.string().max(200, { error: 'is longer than 200 characters' });

export const dashboardFiltersSchema = z
  .object({
    fecha_corte: isoDate.optional(),
    desde: isoDate.optional(),
    hasta: isoDate.optional(),
    cartera: z.array(oneOf(CARTERAS)).default([]),
    servicio: z.array(oneOf(SERVICIOS)).default([]),
    archivo: name.optional(),
    canal: oneOf(CANALES).optional(),
    equipo: name.optional(),
  })
  .superRefine((f, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (f.fecha_corte && (f.desde || f.hasta)) issue('fecha_corte', 'give either fecha_corte or desde/hasta, not both');
    if (Boolean(f.desde) !== Boolean(f.hasta)) issue(f.desde ? 'hasta' : 'desde', 'desde and hasta go together');
    if (f.desde && f.hasta) {
      const days = dayNumber(f.hasta) - dayNumber(f.desde) + 1;
      if (days < 1) issue('desde', `desde (${f.desde}) is after hasta (${f.hasta})`);
      else if (days > MAX_RANGE_DAYS) issue('hasta', `the range spans ${days} days; at most ${MAX_RANGE_DAYS} are allowed`);
    }
  })
  .transform((f): DashboardFilters => ({
    dates: f.fecha_corte
      ? { kind: 'cutoff', fecha: f.fecha_corte }
      : f.desde && f.hasta ? { kind: 'range', desde: f.desde, hasta: f.hasta } : { kind: 'latest' },
    // In the known order and without repeats, so equal filters always look alike.
    cartera: CARTERAS.filter((c) => f.cartera.includes(c)),
    servicio: SERVICIOS.filter((s) => f.servicio.includes(s)),
    archivo: f.archivo ?? null,
    canal: f.canal ?? null,
    equipo: f.equipo ?? null,
  }));

const LISTS = ['cartera', 'servicio'] as const;
const SINGLE = ['fecha_corte', 'desde', 'hasta', 'archivo', 'canal', 'equipo'] as const;

/** `?cartera=TEMPRANA&cartera=OTRAS` and `?cartera=TEMPRANA,OTRAS` mean the same. Other params are ignored. */
export function parseDashboardFilters(params: URLSearchParams): DashboardFilters {
  const raw: Record<string, unknown> = {};
  const issues: FilterIssue[] = [];
  for (const key of LISTS) {
    const values = params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    if (values.length > 0) raw[key] = values;
  }
  for (const key of SINGLE) {
    const values = params.getAll(key).map((v) => v.trim()).filter(Boolean);
    if (values.length > 1) issues.push({ param: key, message: `give one value, got ${values.length}` });
    else if (values.length === 1) raw[key] = values[0];
  }
  const parsed = dashboardFiltersSchema.safeParse(raw);
  if (!parsed.success) {
    issues.push(...parsed.error.issues.map((i) => ({ param: String(i.path[0] ?? 'filters'), message: i.message })));
  }
  if (issues.length > 0 || !parsed.success) throw new DashboardFilterError(issues);
  return parsed.data;
}

/** The inverse of parseDashboardFilters: defaults are left out, lists are comma-joined. */
export function filtersToSearchParams(filters: DashboardFilters): URLSearchParams {
  const params = new URLSearchParams();
  const { dates } = filters;
  if (dates.kind === 'cutoff') params.set('fecha_corte', dates.fecha);
  if (dates.kind === 'range') {
    params.set('desde', dates.desde);
    params.set('hasta', dates.hasta);
  }
  if (filters.cartera.length > 0) params.set('cartera', filters.cartera.join(','));
  if (filters.servicio.length > 0) params.set('servicio', filters.servicio.join(','));
  if (filters.archivo !== null) params.set('archivo', filters.archivo);
  if (filters.canal !== null) params.set('canal', filters.canal);
  if (filters.equipo !== null) params.set('equipo', filters.equipo);
  return params;
}

/**
 * Which filters each dashboard honours — the columns its mart has; the others
 * are ignored there, so pages show only these. operation_data and
 * productivity_data carry no cartera or servicio (SPEC §3).
 */
export const FILTERS_BY_DASHBOARD = {
  dashboard: ['dates', 'cartera', 'servicio', 'archivo'],
  evolution: ['dates', 'cartera', 'servicio', 'archivo'],
  assignment: ['dates', 'cartera', 'archivo'],
  operation: ['dates', 'archivo', 'canal'],
  productivity: ['dates', 'archivo', 'equipo'],
} as const satisfies Record<string, readonly (keyof DashboardFilters)[]>;
