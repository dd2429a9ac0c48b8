// Column builders shared by the mart tables, so every count, amount and ratio
// has the same type and default everywhere (SPEC §3).
import { sql, type SQL } from 'drizzle-orm';
import { check, doublePrecision, integer, numeric, timestamp } from 'drizzle-orm/pg-core';

export const count = (name: string) => integer(name).notNull().default(0);

/** Soles with cents; read as strings so no amount ever passes through a float. */
export const amount = (name: string) =>
  numeric(name, { precision: 14, scale: 2 }).notNull().default('0');

/** A percentage 0–100 (or a plain ratio such as `inten`); 0 when its denominator is 0. */
export const ratio = (name: string) => doublePrecision(name).notNull().default(0);

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** One CHECK that every listed count column is ≥ 0. */
export function nonNegative(table: string, columns: string[]) {
  const condition: SQL = sql.raw(columns.map((c) => `"${c}" >= 0`).join(' AND '));
  return check(`${table}_counts_non_negative`, condition);
}

/** A CHECK that a text column holds one of a fixed set of values. */
export function oneOf(table: string, column: string, values: readonly string[]) {
  const list = values.map((v) => `'${v}'`).join(', ');
  return check(`${table}_${column}_check`, sql.raw(`"${column}" IN (${list})`));
}
