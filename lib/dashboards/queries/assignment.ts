// GET /assignment: the files received in one month (periodo) against the month
// before — totals with their variation, the composition by cartera and one
// row per file. The month is the cut-off's (or the range's last day's), by
// default the latest one with an assignment. Sums are exact numeric.
import type postgres from 'postgres';
import { CARTERAS } from '../../db/schema';
import type { DashboardFilters } from '../filters';
import { ratio, ticketPromedio, variation } from '../metrics';
import type { AssignmentKPI, AssignmentTotals } from '../types';
import { and, archivoIs, carteraIs } from './conditions';

export async function getAssignment(sql: postgres.Sql, filters: DashboardFilters): Promise<AssignmentKPI> {
  const periodo = await periodoOf(sql, filters);
  if (periodo === null) return emptyAssignment();
  const anterior = previousMonth(periodo);
  const where = and(sql, [carteraIs(sql, filters), archivoIs(sql, filters)]);
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

async function periodoOf(sql: postgres.Sql, f: DashboardFilters): Promise<string | null> {
  if (f.dates.kind === 'cutoff') return f.dates.fecha.slice(0, 7);
  if (f.dates.kind === 'range') return f.dates.hasta.slice(0, 7);
  const [row] = await sql<{ periodo: string | null }[]>`SELECT max(periodo) AS periodo FROM assignment_data`;
  return row.periodo;
}

export function previousMonth(periodo: string): string {
  const [y, m] = periodo.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function emptyAssignment(): AssignmentKPI {
  const zero = totals(undefined);
  const none = { archivos: null, clientes: null, cuentas: null, deudaAsig: null, deudaActual: null, ticketPromedio: null };
  return { periodo: null, periodoAnterior: null, actual: zero, anterior: zero, variacion: none, composicion: [], detalle: [] };
}
