// The one shape every TimescaleDB admin view returns: its rows, or a plain
// reason why this database cannot show it and what to do about it. Licence
// refusals become that second shape too, so a page never sees an SQL error.
import { ident, type SqlRunner } from '../../db/sql';
import { missingFeatures, type Capabilities, type Edition, type MissingFeature } from '../capabilities';

export type Feature = 'Hypertables' | 'Compression' | 'Retention policies' | 'Continuous aggregates' | 'Background jobs';

export interface AvailableView<T> {
  available: true;
  edition: Edition;
  rows: T[];
  /** What this edition lacks that bears on these rows (e.g. compression on apache). */
  limitations: MissingFeature[];
}

export interface UnavailableView {
  available: false;
  edition: Edition;
  feature: Feature;
  reason: string;
  fix: string;
}

/** A view's result; `Extra` carries side lists (a job's errors) next to the rows. */
export type AdminView<T, Extra = object> = (AvailableView<T> & Extra) | UnavailableView;

export function unavailable(caps: Capabilities, feature: Feature, serverMessage?: string): UnavailableView {
  const known = missingFeatures(caps).find((f) => f.feature === feature);
  // Plain PostgreSQL's list has no "Background jobs" entry: borrow its install fix.
  const fallback = missingFeatures(caps)[0];
  const reason =
    known?.reason ??
    (caps.edition === 'none'
      ? `TimescaleDB is not installed in this database, so it has no ${feature.toLowerCase()}.`
      : `${feature} are not available on this database.`);
  return {
    available: false,
    edition: caps.edition,
    feature,
    reason: serverMessage ? `${reason} (the server said: ${serverMessage})` : reason,
    fix: known?.fix ?? fallback?.fix ?? 'Install the TimescaleDB community edition (timescaledb.license = timescale).',
  };
}

export function limitationsOf(caps: Capabilities, features: Feature[]): MissingFeature[] {
  return missingFeatures(caps).filter((f) => features.includes(f.feature as Feature));
}

/** SQLSTATE 0A000 with the licence named: the apache edition refusing a community feature. */
export function isLicenseError(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  return e?.code === '0A000' && /licen[cs]e/i.test(e.message ?? '');
}

/**
 * Runs a view's read; a licence refusal (an edition Pulso misjudged, or a
 * licence changed under a running console) becomes the unavailable shape.
 */
export async function refusedByLicense<T extends AdminView<unknown>>(
  caps: Capabilities,
  feature: Feature,
  read: () => Promise<T>,
): Promise<T | UnavailableView> {
  try {
    return await read();
  } catch (error) {
    if (!isLicenseError(error)) throw error;
    // Whatever the edition looked like, the server just behaved as the apache one.
    return unavailable({ ...caps, edition: 'apache' }, feature, (error as Error).message);
  }
}

/**
 * A timestamptz as ISO 8601 in UTC, or for a date column just the date, formatted
 * by the server so both drivers agree. ±infinity (a job that never succeeded) is null.
 */
export function isoSql(expr: string, type: 'date' | 'timestamp' = 'timestamp'): string {
  const format = type === 'date' ? 'YYYY-MM-DD' : 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';
  return `CASE WHEN isfinite(${expr}) THEN to_char((${expr}) AT TIME ZONE 'UTC', '${format}') END`;
}

/** Picks date or timestamp formatting from a regtype column such as primary_dimension_type. */
export function isoByTypeSql(expr: string, typeExpr: string): string {
  return `CASE WHEN (${typeExpr})::text = 'date' THEN ${isoSql(expr, 'date')} ELSE ${isoSql(expr)} END`;
}

export async function relationExists(sql: SqlRunner, name: string): Promise<boolean> {
  const [row] = await sql.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [name]);
  return row.found;
}

/** The first of some schema-qualified function signatures this version has, e.g. across the 2.x renames. */
export async function firstFunction(sql: SqlRunner, signatures: string[]): Promise<string | null> {
  for (const signature of signatures) {
    const [row] = await sql.query<{ found: boolean }>('SELECT to_regprocedure($1) IS NOT NULL AS found', [signature]);
    if (row.found) return signature.slice(0, signature.indexOf('('));
  }
  return null;
}

/**
 * Rows from the planner's estimate; a table never analysed (estimate ≤ 0) is
 * counted exactly, as status.ts does — it is empty or freshly loaded.
 */
export async function rowEstimate(sql: SqlRunner, schema: string, table: string): Promise<number> {
  const qualified = `${ident(schema)}.${ident(table)}`;
  const [estimate] = await sql.query<{ rows: number }>(
    'SELECT approximate_row_count($1::regclass)::float8 AS rows',
    [qualified],
  );
  if (estimate.rows > 0) return estimate.rows;
  const [exact] = await sql.query<{ rows: number }>(`SELECT count(*)::float8 AS rows FROM ${qualified}`);
  return exact.rows;
}

/** PostgreSQL's interval text for a sentence: "12:00:00" → "12 hours", "1 day 06:00:00" → "1 day 6 hours". */
export function humanInterval(text: string): string {
  const match = /^(.*?)\s*(\d+):(\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) return text;
  const [, days, h, m, s] = match;
  const parts = [days, ...[[h, 'hour'], [m, 'minute'], [s, 'second']].flatMap(([n, unit]) =>
    Number(n) ? [`${Number(n)} ${unit}${Number(n) === 1 ? '' : 's'}`] : [],
  )].filter(Boolean);
  return parts.join(' ') || text;
}
