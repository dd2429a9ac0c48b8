// The fake BigQuery's query engine: the few query shapes Pulso sends, really
// evaluated (projection, DATE window) over tables of REST-style string values.
import { columnsOf, type ColumnKind } from '../../lib/etl/columns';
import type { MartTable } from '../../lib/etl/config';

export interface FakeField {
  name: string;
  /** A REST type name: DATE, STRING, INT64, NUMERIC, FLOAT64, BOOL, TIMESTAMP… */
  type: string;
  mode?: 'NULLABLE' | 'REQUIRED' | 'REPEATED';
}

/** A cell as the REST API sends it: always a string (TIMESTAMP as int64 µs), or null. */
export type RestValue = string | null;

export interface FakeTable {
  schema: FakeField[];
  rows: Array<Record<string, RestValue>>;
  /** Bytes any query on it "processes" (dry runs, maximumBytesBilled); default 8 per cell. */
  bytes?: number;
}

export interface QueryResult {
  schema: FakeField[];
  rows: RestValue[][];
  bytes: number;
}

export interface QueryParameter {
  name?: string;
  parameterType?: { type?: string };
  parameterValue?: { value?: string };
}

/** A failure BigQuery would answer with an HTTP error. */
export class FakeQueryError extends Error {
  constructor(readonly status: number, readonly reason: string, message: string) {
    super(message);
  }
}

export const BIGQUERY_TYPE: Record<ColumnKind, string> = {
  date: 'DATE', text: 'STRING', integer: 'INT64', smallint: 'INT64', numeric: 'NUMERIC', double: 'FLOAT64',
};

/** REST rows + schema for a mart from typed values (numbers and strings become REST strings). */
export function restRowsFor(table: MartTable, rows: Array<Record<string, string | number | boolean | null | undefined>>): FakeTable {
  const columns = columnsOf(table);
  return {
    schema: columns.map((c) => ({ name: c.name, type: BIGQUERY_TYPE[c.kind], mode: c.key ? 'REQUIRED' : 'NULLABLE' })),
    rows: rows.map((row) =>
      Object.fromEntries(columns.map((c) => [c.name, row[c.name] === null || row[c.name] === undefined ? null : String(row[c.name])])),
    ),
  };
}

const SELECT = /^\s*SELECT\s+([\s\S]+?)\s+FROM\s+`([^`]+)`(?:\s+WHERE\s+([\s\S]+?))?\s*$/i;
const BETWEEN = /^`?(\w+)`?\s+BETWEEN\s+@(\w+)\s+AND\s+@(\w+)$/i;
const UP_TO = /^`?(\w+)`?\s*<=\s*@(\w+)$/i;

/**
 * `SELECT 1`, or `SELECT a, b FROM \`p.d.rel\` [WHERE col BETWEEN @x AND @y | col <= @y]`
 * with DATE parameters. A table is found by its full path, `dataset.name` or `name`.
 */
export function evaluate(
  sql: string, params: QueryParameter[], tables: Map<string, FakeTable>, unknownColumns: 'error' | 'omit',
): QueryResult {
  if (/^\s*SELECT\s+1\s*$/i.test(sql)) return { schema: [{ name: 'f0_', type: 'INTEGER', mode: 'NULLABLE' }], rows: [['1']], bytes: 0 };
  const match = SELECT.exec(sql);
  if (!match) throw new FakeQueryError(400, 'invalidQuery', `Syntax error: the fake BigQuery cannot run: ${sql.slice(0, 80)}`);
  const [, list, path, where] = match;
  const parts = path.split('.');
  const table = tables.get(path) ?? tables.get(parts.slice(-2).join('.')) ?? tables.get(parts[parts.length - 1]);
  if (!table) {
    const [project, dataset, name] = path.split('.');
    throw new FakeQueryError(404, 'notFound', `Not found: Table ${project}:${dataset}.${name} was not found in location US`);
  }
  const fields = projection(list, table.schema, unknownColumns);
  const keep = where === undefined ? () => true : windowFilter(where, params, table.schema);
  const rows = table.rows.filter(keep).map((row) => fields.map((f) => row[f.name] ?? null));
  return { schema: fields, rows, bytes: table.bytes ?? table.rows.length * table.schema.length * 8 };
}

function projection(list: string, schema: FakeField[], unknownColumns: 'error' | 'omit'): FakeField[] {
  if (list.trim() === '*') return schema;
  const fields: FakeField[] = [];
  for (const raw of list.split(',')) {
    const name = raw.trim().replace(/^`|`$/g, '');
    const field = schema.find((f) => f.name.toLowerCase() === name.toLowerCase());
    if (field) fields.push(field);
    else if (unknownColumns === 'error') throw new FakeQueryError(400, 'invalidQuery', `Unrecognized name: ${name} at [1:8]`);
  }
  return fields;
}

function windowFilter(where: string, params: QueryParameter[], schema: FakeField[]) {
  const between = BETWEEN.exec(where.trim());
  const upTo = UP_TO.exec(where.trim());
  if (!between && !upTo) throw new FakeQueryError(400, 'invalidQuery', `Syntax error: unsupported WHERE ${where}`);
  const column = (between ?? upTo)![1];
  if (!schema.some((f) => f.name === column)) throw new FakeQueryError(400, 'invalidQuery', `Unrecognized name: ${column}`);
  const start = between ? dateParam(params, between[2]) : undefined;
  const end = dateParam(params, between ? between[3] : upTo![2]);
  return (row: Record<string, RestValue>) => {
    const value = row[column];
    return value !== null && value !== undefined && (start === undefined || value >= start) && value <= end;
  };
}

function dateParam(params: QueryParameter[], name: string): string {
  const param = params.find((p) => p.name === name);
  if (!param) throw new FakeQueryError(400, 'invalidQuery', `Query parameter '${name}' not found at [3:7]`);
  const type = param.parameterType?.type;
  const value = param.parameterValue?.value;
  if (type !== 'DATE') throw new FakeQueryError(400, 'invalidQuery', `No matching signature for operator BETWEEN for argument types: DATE, ${type}`);
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new FakeQueryError(400, 'invalidQuery', `Invalid DATE parameter ${name}: ${value}`);
  return value;
}
