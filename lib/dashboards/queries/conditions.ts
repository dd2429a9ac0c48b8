// The filters as SQL conditions, always bound as parameters. Each query picks
// the ones its table can honour (see FILTERS_BY_DASHBOARD); `alias` qualifies
// the columns when a query joins tables that share their names.
import type postgres from 'postgres';
import type { DashboardFilters } from '../filters';
import type { Period } from '../types';

export type Fragment = postgres.PendingQuery<postgres.Row[]>;

/** `AND a AND b …`, or nothing: an absent filter adds no condition, so the planner sees the plain query. */
export function and(sql: postgres.Sql, conditions: (Fragment | false | null)[]): Fragment {
  const present = conditions.filter((c): c is Fragment => Boolean(c));
  return present.reduce((all, c) => sql`${all} AND ${c}`, sql``);
}

const column = (sql: postgres.Sql, name: string, alias?: string) => sql(alias ? `${alias}.${name}` : name);

export const inPeriod = (sql: postgres.Sql, period: Period, alias?: string) =>
  sql`${column(sql, 'fecha_foto', alias)} BETWEEN ${period.desde}::date AND ${period.hasta}::date`;

export const carteraIs = (sql: postgres.Sql, f: DashboardFilters, alias?: string) =>
  f.cartera.length > 0 && sql`${column(sql, 'cartera', alias)} = ANY(${f.cartera}::text[])`;

export const servicioIs = (sql: postgres.Sql, f: DashboardFilters, alias?: string) =>
  f.servicio.length > 0 && sql`${column(sql, 'servicio', alias)} = ANY(${f.servicio}::text[])`;

export const archivoIs = (sql: postgres.Sql, f: DashboardFilters, alias?: string) =>
  f.archivo !== null && sql`${column(sql, 'archivo', alias)} = ${f.archivo}`;

export const canalIs = (sql: postgres.Sql, f: DashboardFilters, alias?: string) =>
  f.canal !== null && sql`${column(sql, 'canal', alias)} = ${f.canal}`;

export const equipoIs = (sql: postgres.Sql, f: DashboardFilters, alias?: string) =>
  f.equipo !== null && sql`${column(sql, 'equipo', alias)} = ${f.equipo}`;
