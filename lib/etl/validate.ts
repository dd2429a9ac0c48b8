// Validation of one table: its schema against the model (columns, types, key),
// and a reconciliation of source and target per day — row counts and the
// exact sums of every count and amount — over the last N days.
import type postgres from 'postgres';
import { columnsOf, type ColumnKind } from './columns';
import { TABLES, type MartTable } from './config';
import type { Source } from './sources/source';
import { addDays, limaDate } from './window';

const PG_TYPE: Record<ColumnKind, string> = {
  date: 'date', text: 'text', integer: 'integer', smallint: 'smallint', numeric: 'numeric', double: 'double precision',
};

export interface SchemaProblem {
  column: string;
  problem: string;
}

export async function checkSchema(sql: postgres.Sql, table: MartTable): Promise<SchemaProblem[]> {
  const actual = await sql<{ name: string; type: string }[]>`
    SELECT column_name AS name, data_type AS type FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name = ${table}`;
  if (actual.length === 0) return [{ column: '*', problem: `table ${table} does not exist (run db:migrate)` }];
  const types = new Map(actual.map((c) => [c.name, c.type]));
  const problems: SchemaProblem[] = [];
  for (const column of columnsOf(table)) {
    const type = types.get(column.name);
    if (!type) problems.push({ column: column.name, problem: 'missing' });
    else if (type !== PG_TYPE[column.kind]) problems.push({ column: column.name, problem: `is ${type}, the model says ${PG_TYPE[column.kind]}` });
  }
  const known = new Set([...columnsOf(table).map((c) => c.name), 'created_at', 'updated_at']);
  for (const { name } of actual) if (!known.has(name)) problems.push({ column: name, problem: 'not in the model' });
  const key = await sql<{ name: string }[]>`
    SELECT a.attname AS name FROM pg_index i
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
    WHERE i.indrelid = ${`public.${table}`}::regclass AND i.indisprimary`;
  const expected = [...TABLES[table].primaryKey].sort().join(', ');
  const found = key.map((k) => k.name).sort().join(', ');
  if (expected !== found) problems.push({ column: 'primary key', problem: `is (${found || 'none'}), the model says (${expected})` });
  return problems;
}

export interface DayReconciliation {
  date: string;
  source: { rows: number; sums: Record<string, string> };
  target: { rows: number; sums: Record<string, string> };
  /** Columns (and "rows") whose values differ. */
  differences: string[];
}

/** Counts and amounts only: ratios are derived from them (SPEC §4). */
function summedColumns(table: MartTable) {
  return columnsOf(table).filter((c) => !c.key && (c.kind === 'integer' || c.kind === 'numeric'));
}

export async function reconcile(
  sql: postgres.Sql,
  source: Source,
  table: MartTable,
  options: { days: number; now?: Date },
): Promise<DayReconciliation[]> {
  const end = limaDate(options.now ?? new Date());
  const start = addDays(end, -(options.days - 1));
  const columns = summedColumns(table);
  const day = TABLES[table].incrementalColumn;

  const sourceDays = new Map<string, { rows: number; sums: Record<string, bigint> }>();
  for await (const rows of source.extract({ table, start, end }, { batchSize: TABLES[table].batchSize })) {
    for (const row of rows) {
      const date = String(row[day]);
      const entry = sourceDays.get(date) ?? { rows: 0, sums: Object.fromEntries(columns.map((c) => [c.name, 0n])) };
      entry.rows++;
      // Exact: amounts in cents as BigInt, never through a float.
      for (const c of columns) entry.sums[c.name] += c.kind === 'numeric' ? cents(row[c.name]) : BigInt(Number(row[c.name] ?? 0));
      sourceDays.set(date, entry);
    }
  }

  const sums = columns.map((c) => `sum("${c.name}")::text AS "${c.name}"`).join(', ');
  const targetRows = await sql.unsafe<Record<string, string>[]>(
    `SELECT to_char("${day}", 'YYYY-MM-DD') AS day, count(*)::text AS rows${sums ? `, ${sums}` : ''}
     FROM public."${table}" WHERE "${day}" BETWEEN $1 AND $2 GROUP BY 1`,
    [start, end],
  );
  const targetDays = new Map(targetRows.map((r) => [r.day, r]));

  const result: DayReconciliation[] = [];
  for (let date = start; date <= end; date = addDays(date, 1)) {
    const s = sourceDays.get(date);
    const t = targetDays.get(date);
    const sourceSums = Object.fromEntries(columns.map((c) => [c.name, format(c.kind, s?.sums[c.name] ?? 0n)]));
    const targetSums = Object.fromEntries(columns.map((c) => [c.name, format(c.kind, t ? parseSum(c.kind, t[c.name]) : 0n)]));
    const differences = [
      ...((s?.rows ?? 0) !== Number(t?.rows ?? 0) ? ['rows'] : []),
      ...columns.filter((c) => sourceSums[c.name] !== targetSums[c.name]).map((c) => c.name),
    ];
    result.push({ date, source: { rows: s?.rows ?? 0, sums: sourceSums }, target: { rows: Number(t?.rows ?? 0), sums: targetSums }, differences });
  }
  return result;
}

function cents(value: unknown): bigint {
  const [whole, fraction = ''] = String(value ?? '0').split('.');
  const negative = whole.startsWith('-');
  const magnitude = BigInt(whole.replace('-', '') || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -magnitude : magnitude;
}

function parseSum(kind: ColumnKind, text: string | undefined): bigint {
  if (text === undefined || text === null) return 0n;
  return kind === 'numeric' ? cents(text) : BigInt(text);
}

function format(kind: ColumnKind, value: bigint): string {
  if (kind !== 'numeric') return value.toString();
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
