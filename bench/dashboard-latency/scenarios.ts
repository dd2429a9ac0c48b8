// What the simulated managers ask for: per dashboard, a mix of the views a
// page opens with (the latest day) and the filters people then pick. Request
// i takes scenario i mod n, and dates move back one day every n requests over
// the last three months, so no two nearby requests read the same day.
import { NO_FILTERS, type DashboardFilters } from '../../lib/dashboards/filters';
import { addDays } from '../../lib/etl/window';

export const ENDPOINTS = ['dashboard', 'evolution', 'assignment', 'operation', 'productivity', 'filters'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

export interface Scenario {
  name: string;
  filters(end: string): DashboardFilters;
}

const days = (n: number) => (end: string) => ({ kind: 'range' as const, desde: addDays(end, -(n - 1)), hasta: end });
const scenario = (name: string, extra: (end: string) => Partial<DashboardFilters>): Scenario => ({
  name, filters: (end) => ({ ...NO_FILTERS, ...extra(end) }),
});

const COMMON: Scenario[] = [
  scenario('latest day (default)', () => ({})),
  scenario('cut-off date', (end) => ({ dates: { kind: 'cutoff', fecha: end } })),
  scenario('last 7 days', (end) => ({ dates: days(7)(end) })),
  scenario('last 30 days', (end) => ({ dates: days(30)(end) })),
  scenario('last 365 days', (end) => ({ dates: days(365)(end) })),
];

/** A campaign that runs in the benchmark's data (filled in once the database is open). */
export const sample = { archivo: '', equipo: 'Equipo Sur' };

export const SCENARIOS: Record<Endpoint, Scenario[]> = {
  dashboard: [...COMMON, scenario('30 days, cartera TEMPRANA', (end) => ({ dates: days(30)(end), cartera: ['TEMPRANA'] }))],
  evolution: [...COMMON, scenario('30 days, servicio MOVIL', (end) => ({ dates: days(30)(end), servicio: ['MOVIL'] }))],
  assignment: [...COMMON, scenario('cartera OTRAS', () => ({ cartera: ['OTRAS'] }))],
  operation: [...COMMON, scenario('30 days, canal HUMANO', (end) => ({ dates: days(30)(end), canal: 'HUMANO' })),
    scenario('one archivo', () => ({ archivo: sample.archivo }))],
  productivity: [...COMMON, scenario('30 days, one equipo', (end) => ({ dates: days(30)(end), equipo: sample.equipo })),
    scenario('one archivo', () => ({ archivo: sample.archivo }))],
  filters: COMMON,
};

/** The filters of request `i`: its scenario, on a day that moves back through the last 90. */
export function requestFilters(endpoint: Endpoint, i: number, lastDay: string): { scenario: string; filters: DashboardFilters } {
  const list = SCENARIOS[endpoint];
  const s = list[i % list.length];
  return { scenario: s.name, filters: s.filters(addDays(lastDay, -(Math.floor(i / list.length) % 90))) };
}
