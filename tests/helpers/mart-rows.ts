// Valid dashboard_data rows for loader tests, and a reader that returns the
// target exactly as text so "target equals source" is a plain deep-equal.
import type postgres from 'postgres';
import { columnsOf } from '../../lib/etl/columns';
import { TABLES, type MartTable } from '../../lib/etl/config';
import type { SourceRow } from '../../lib/etl/sources/source';
import { addDays } from '../../lib/etl/window';

export function dashboardRow(fecha: string, archivo: string, servicio: 'MOVIL' | 'FIJA', seed = 1): SourceRow {
  const cuentas = 100 + seed;
  const cd = 20 + (seed % 7), ci = 10, sc = 30, sg = cuentas - cd - ci - sc;
  return {
    fecha_foto: fecha, archivo, cartera: 'TEMPRANA', servicio,
    cuentas, clientes: cuentas - 5, deuda_asig: `${1000 + seed}.50`, deuda_act: `${900 + seed}.25`,
    cuentas_gestionadas: cd + ci + sc, cuentas_cd: cd, cuentas_ci: ci, cuentas_sc: sc, cuentas_sg: sg,
    cuentas_pdp: 5, total_gestiones: 150 + seed, recupero: '120.00',
    pct_cober: 60, pct_contac: 30.5, pct_cd: 20, pct_ci: 10, pct_conversion: 25,
    pct_efectividad: 8.33, pct_cierre: 11.98, inten: 2.5,
  };
}

/** `days` days ending at `end`, `archivos` campaigns, both servicios. */
export function dashboardRows(end: string, days: number, archivos = 3): SourceRow[] {
  const rows: SourceRow[] = [];
  for (let d = days - 1; d >= 0; d--) {
    for (let a = 0; a < archivos; a++) {
      for (const servicio of ['MOVIL', 'FIJA'] as const) rows.push(dashboardRow(addDays(end, -d), `Campana_${a}`, servicio, d + a));
    }
  }
  return rows;
}

/** The target's rows with the source's columns, every value as PostgreSQL prints it, in key order. */
export async function readTable(sql: postgres.Sql, table: MartTable): Promise<Record<string, string>[]> {
  const columns = columnsOf(table).map((c) => `"${c.name}"::text AS "${c.name}"`).join(', ');
  const order = TABLES[table].primaryKey.map((k) => `"${k}"`).join(', ');
  return sql.unsafe(`SELECT ${columns} FROM ${table} ORDER BY ${order}`);
}

/** The source rows as readTable would return them once loaded. */
export function asLoaded(table: MartTable, rows: SourceRow[]): Record<string, string>[] {
  const key = TABLES[table].primaryKey;
  const text = rows.map((row) =>
    Object.fromEntries(columnsOf(table).map((c) => [c.name, c.kind === 'numeric' ? Number(row[c.name]).toFixed(2) : String(row[c.name])])),
  );
  return text.sort((a, b) => {
    for (const k of key) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
    return 0;
  });
}

/** One hash of the table's source columns in key order: equal tables, equal checksums. */
export async function checksum(sql: postgres.Sql, table: MartTable): Promise<string> {
  const columns = columnsOf(table).map((c) => `"${c.name}"`).join(', ');
  const order = TABLES[table].primaryKey.map((k) => `"${k}"`).join(', ');
  const [row] = await sql.unsafe(`SELECT md5(coalesce(string_agg(row(${columns})::text, '|' ORDER BY ${order}), '')) AS sum FROM ${table}`);
  return row.sum as string;
}
