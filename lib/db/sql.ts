// The small query interface every raw-SQL module (migrations, TimescaleDB
// setup and admin views) is written against, so the same code runs on a
// postgres.js connection and on the PGlite TimescaleDB engine used in tests.
import type postgres from 'postgres';

export type Row = Record<string, unknown>;

export interface SqlRunner {
  query<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction: all of it commits, or none of it. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
}

export function postgresRunner(sql: postgres.Sql | postgres.TransactionSql): SqlRunner {
  return {
    query: async <T extends Row>(text: string, params: unknown[] = []) =>
      (await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[],
    transaction: async (fn) => {
      if (!('begin' in sql)) return fn(postgresRunner(sql)); // already inside one
      return (await sql.begin((tx) => fn(postgresRunner(tx)))) as Awaited<ReturnType<typeof fn>>;
    },
  };
}

/** Double-quotes an identifier for SQL built from trusted config names. */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a string literal for DDL that cannot take bind parameters. */
export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
