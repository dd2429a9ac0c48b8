// The column model every ETL stage shares, derived from the drizzle schema so
// the source query, the validation, the staging table and the merge can never
// disagree with the tables the migrations create.
import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import {
  assignmentData, CANALES, dashboardData, evolutionData, operationData, productivityData, SERVICIOS,
} from '../db/schema';
import { TABLES, type MartTable } from './config';

export type ColumnKind = 'date' | 'text' | 'integer' | 'smallint' | 'numeric' | 'double';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  /** Part of the primary key: a null here rejects the row. */
  key: boolean;
  /** Values the column's CHECK constraint allows, when it has such a list. */
  allowed?: readonly string[];
  /** Inclusive bounds from the column's CHECK constraint. */
  min?: number;
  max?: number;
  /** A regular expression the column's CHECK constraint enforces. */
  pattern?: RegExp;
}

const DRIZZLE_TABLES: Record<MartTable, PgTable> = {
  dashboard_data: dashboardData,
  evolution_data: evolutionData,
  assignment_data: assignmentData,
  operation_data: operationData,
  productivity_data: productivityData,
};

/** Bookkeeping columns Pulso fills itself; a source never provides them. */
const MANAGED = new Set(['created_at', 'updated_at']);

const CHECKS: Record<string, Partial<ColumnSpec>> = {
  servicio: { allowed: SERVICIOS },
  canal: { allowed: CANALES },
  hora: { min: 0, max: 23 },
  periodo: { pattern: /^[0-9]{4}-(0[1-9]|1[0-2])$/ },
};

function kindOf(sqlType: string): ColumnKind {
  if (sqlType.startsWith('numeric')) return 'numeric';
  if (sqlType === 'double precision') return 'double';
  if (sqlType === 'date' || sqlType === 'text' || sqlType === 'integer' || sqlType === 'smallint') return sqlType;
  throw new Error(`No ETL mapping for column type ${sqlType}`);
}

function buildColumns(table: MartTable): ColumnSpec[] {
  const keys = new Set(TABLES[table].primaryKey);
  return Object.values(getTableColumns(DRIZZLE_TABLES[table]))
    .filter((column) => !MANAGED.has(column.name))
    .map((column) => {
      const kind = kindOf(column.getSQLType());
      // Every integer count of the marts is CHECKed ≥ 0 (SPEC §3).
      const countBound = kind === 'integer' ? { min: 0 } : {};
      return { name: column.name, kind, key: keys.has(column.name), ...countBound, ...CHECKS[column.name] };
    });
}

const COLUMNS = Object.fromEntries(
  (Object.keys(DRIZZLE_TABLES) as MartTable[]).map((table) => [table, buildColumns(table)]),
) as Record<MartTable, ColumnSpec[]>;

/** The columns a source must return for `table`, in the target's order. */
export function columnsOf(table: MartTable): readonly ColumnSpec[] {
  return COLUMNS[table];
}
