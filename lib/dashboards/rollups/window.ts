// The days a rollup refresh recomputes: the merged window of its mart
// (`start: null` = everything up to `end`), as a parameterised condition.
import type postgres from 'postgres';

/** A connection or a transaction: refreshes run inside the ETL's merge transaction. */
export type Tx = postgres.ISql;

export interface RollupWindow {
  start: string | null;
  end: string;
}

/** Every day: what a full rebuild covers. */
export const EVERYTHING: RollupWindow = { start: null, end: '9999-12-31' };

export function inWindow(sql: Tx, window: RollupWindow, column = 'fecha_foto') {
  const c = sql(column);
  return window.start === null
    ? sql`${c} <= ${window.end}::date`
    : sql`${c} BETWEEN ${window.start}::date AND ${window.end}::date`;
}

/** Rollup days before the mart's oldest day are gone from the mart (retention): drop them too. */
export function beforeOldest(sql: Tx, mart: string, column = 'fecha_foto') {
  return sql`${sql(column)} < coalesce((SELECT min(fecha_foto) FROM ${sql(mart)}), 'infinity'::date)`;
}
