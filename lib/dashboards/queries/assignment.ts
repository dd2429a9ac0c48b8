// GET /assignment: the files received in one month (periodo) against the month
// before — totals with their variation, the composition by cartera and one
// row per file. The month is the cut-off's (or the range's last day's), by
// default the latest one with an assignment; a cut-off inside the month, or
// today in the month under way, compares both months up to that day of the
// month (a month four days old against a whole one would read as a collapse).
// Sums are exact numeric.
import type postgres from 'postgres';
import { CARTERAS } from '../../db/schema';
import { addDays, limaDate } from '../../etl/window';
import type { DashboardFilters } from '../filters';
import { ratio, ticketPromedio, variation } from '../metrics';
import type { AssignmentKPI, AssignmentTotals } from '../types';
import { and, archivoIs, carteraIs } from './conditions';

export interface AssignmentOptions {
  /** Today is read from this clock (Lima time); tests pass a fixed one. */
  now?: Date;
}

export async function getAssignment(sql: postgres.Sql, filters: DashboardFilters, options: AssignmentOptions = {}): Promise<AssignmentKPI> {
  const month = await monthOf(sql, filters, limaDate(options.now ?? new Date()));
  if (month === null) return emptyAssignment();
  const { periodo, hastaDia } = month;
  const anterior = previousMonth(periodo);
  const upToDay = hastaDia !== null && sql`extract(day FROM fecha_asignacion) <= ${hastaDia}`;
  const where = and(sql, [carteraIs(sql, filters), archivoIs(sql, filters), upToDay]);
  const [groups, detalle] = await Promise.all([
    sql`
      SELECT periodo, cartera, count(*)::int AS archivos, sum(clientes)::float8 AS clientes, sum(cuentas)::float8 AS cuentas,
             sum(deuda_asig)::text AS deuda_asig, sum(deuda_actual)::text AS deuda_actual
        FROM assignment_data
       WHERE periodo IN (${periodo}, ${anterior}) ${where}
       GROUP BY GROUPING SETS ((periodo), (periodo, cartera))`,
    sql`
      SELECT archivo, cartera, fecha_asignacion::text AS fecha, clientes, cuentas,
             deuda_asig::text AS deuda_asig, deuda_actual::text AS deuda_actual
        FROM assignment_data
       WHERE periodo = ${periodo} ${where}
       ORDER BY fecha_asignacion, archivo`,
  ]);
  const totalsOf = (p: string) => totals(groups.find((g) => g.periodo === p && g.cartera === null));
  const actual = totalsOf(periodo);
  const before = totalsOf(anterior);
  return {
    periodo,
    periodoAnterior: anterior,
    hastaDia,
    actual,
    anterior: before,
    variacion: {
      archivos: variation(actual.archivos, before.archivos),
      clientes: variation(actual.clientes, before.clientes),
      cuentas: variation(actual.cuentas, before.cuentas),
      deudaAsig: variation(actual.deudaAsig, before.deudaAsig),
      deudaActual: variation(actual.deudaActual, before.deudaActual),
      ticketPromedio: variation(actual.ticketPromedio, before.ticketPromedio),
    },
    composicion: CARTERAS.flatMap((cartera) => {
      const row = groups.find((g) => g.periodo === periodo && g.cartera === cartera);
      if (!row) return [];
      const t = totals(row);
      return [{ cartera, ...t, pctCuentas: ratio(t.cuentas, actual.cuentas), pctDeuda: ratio(t.deudaAsig, actual.deudaAsig) }];
    }),
    detalle: detalle.map((r) => ({
      archivo: r.archivo,
      cartera: r.cartera,
      fechaAsignacion: r.fecha,
      clientes: r.clientes,
      cuentas: r.cuentas,
      deudaAsig: Number(r.deuda_asig),
      deudaActual: Number(r.deuda_actual),
      ticketPromedio: ticketPromedio(Number(r.deuda_asig), r.cuentas),
    })),
  };
}

function totals(row: postgres.Row | undefined): AssignmentTotals {
  const n = (k: string) => Number(row?.[k] ?? 0);
  return {
    archivos: n('archivos'),
    clientes: n('clientes'),
    cuentas: n('cuentas'),
    deudaAsig: n('deuda_asig'),
    deudaActual: n('deuda_actual'),
    ticketPromedio: ticketPromedio(n('deuda_asig'), n('cuentas')),
  };
}

/** The month shown, and the day of the month both months are cut at (null: whole months). */
async function monthOf(sql: postgres.Sql, f: DashboardFilters, today: string): Promise<{ periodo: string; hastaDia: number | null } | null> {
  const cut = f.dates.kind === 'cutoff' ? f.dates.fecha : f.dates.kind === 'range' ? f.dates.hasta : null;
  if (cut !== null) return { periodo: cut.slice(0, 7), hastaDia: dayUnlessLast(cut) };
  const [row] = await sql<{ periodo: string | null }[]>`SELECT max(periodo) AS periodo FROM assignment_data`;
  if (row.periodo === null) return null;
  return { periodo: row.periodo, hastaDia: today.startsWith(row.periodo) ? dayUnlessLast(today) : null };
}

/** The date's day of the month, or null on the month's last day (the whole month). */
function dayUnlessLast(date: string): number | null {
  return addDays(date, 1).slice(8) === '01' ? null : Number(date.slice(8));
}

export function previousMonth(periodo: string): string {
  const [y, m] = periodo.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function emptyAssignment(): AssignmentKPI {
  const zero = totals(undefined);
  const none = { archivos: null, clientes: null, cuentas: null, deudaAsig: null, deudaActual: null, ticketPromedio: null };
  return { periodo: null, periodoAnterior: null, hastaDia: null, actual: zero, anterior: zero, variacion: none, composicion: [], detalle: [] };
}
