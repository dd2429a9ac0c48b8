// Turns the filters' date selection into the inclusive period a dashboard
// reads: a cut-off date is the one-day period [fecha, fecha]; no date means
// the latest fecha_foto the dashboard's own table holds.
import type postgres from 'postgres';
import { addDays } from '../etl/window';
import type { DateSelection } from './filters';
import type { Period } from './types';

/** The tables whose latest date can stand in for a missing one. */
export type DatedTable = 'dashboard_data' | 'evolution_data' | 'operation_data' | 'productivity_data';

/** Time series (integral chart, heatmap) show at least this many days up to the period's end. */
export const SERIES_MIN_DAYS = 30;

export async function latestFecha(sql: postgres.Sql, table: DatedTable): Promise<string | null> {
  // The primary key (or hypertable chunks) lead with fecha_foto: an index endpoint, not a scan.
  const [row] = await sql<{ fecha: string | null }[]>`SELECT max(fecha_foto)::text AS fecha FROM ${sql(table)}`;
  return row.fecha;
}

export async function resolvePeriod(sql: postgres.Sql, dates: DateSelection, table: DatedTable): Promise<Period | null> {
  if (dates.kind === 'cutoff') return { desde: dates.fecha, hasta: dates.fecha };
  if (dates.kind === 'range') return { desde: dates.desde, hasta: dates.hasta };
  const latest = await latestFecha(sql, table);
  return latest === null ? null : { desde: latest, hasta: latest };
}

/** The days a time series covers: the period, widened to SERIES_MIN_DAYS ending at its last day. */
export function seriesPeriod(period: Period, minDays = SERIES_MIN_DAYS): Period {
  const earliest = addDays(period.hasta, -(minDays - 1));
  return { desde: earliest < period.desde ? earliest : period.desde, hasta: period.hasta };
}

/** The last `days` days of the period (for views that cannot show a long range day by day). */
export function lastDays(period: Period, days: number): Period {
  const earliest = addDays(period.hasta, -(days - 1));
  return { desde: earliest > period.desde ? earliest : period.desde, hasta: period.hasta };
}

/** A month (YYYY-MM) as the days it covers. */
export function monthBounds(periodo: string): Period {
  const [year, month] = periodo.split('-').map(Number);
  const next = `${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, '0')}-01`;
  return { desde: `${periodo}-01`, hasta: addDays(next, -1) };
}
