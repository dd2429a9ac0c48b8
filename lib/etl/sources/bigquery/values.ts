// Turns BigQuery's REST wire rows (every cell a string) into the exact values
// the loader expects, never through a lossy JS number for INT64 or NUMERIC.
import type { TableField } from '@google-cloud/bigquery';
import { columnsOf } from '../../columns';
import type { MartTable } from '../../config';
import type { SourceRow, SourceValue } from '../source';
import { missingColumn, type ErrorContext } from './errors';

/** A cell as the REST API sends it: `{ v: string | null }` (RECORD/REPEATED never reach the marts). */
export type RestCell = { v?: unknown };
export type RawRow = { f?: RestCell[] };

/** Maps a raw row to the target's columns by name; a column missing from the result is a broken view. */
export function rowDecoder(table: MartTable, schema: TableField[], ctx: ErrorContext) {
  // BigQuery column names are case-insensitive.
  const positions = new Map(schema.map((field, i) => [String(field.name).toLowerCase(), i]));
  const plan = columnsOf(table).map(({ name }) => {
    const index = positions.get(name.toLowerCase());
    if (index === undefined) throw missingColumn(name, ctx);
    return { name, index, type: String(schema[index].type) };
  });
  return (row: RawRow): SourceRow => {
    const out: SourceRow = {};
    for (const { name, index, type } of plan) out[name] = decodeValue(type, row.f?.[index]?.v);
    return out;
  };
}

const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const SPECIAL_FLOAT = /^([+-]?Infinity|NaN)$/;
const INT64_MICROS = /^-?\d+$/;
const FLOAT_SECONDS = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * One value, mapped by its BigQuery type. Anything that does not parse as its
 * type is handed over unchanged, as the string it is, so the loader rejects and
 * counts that row instead of the whole extraction crashing.
 */
export function decodeValue(type: string, raw: unknown): SourceValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string') return JSON.stringify(raw);
  switch (type) {
    case 'FLOAT':
    case 'FLOAT64':
      return FLOAT.test(raw) || SPECIAL_FLOAT.test(raw) ? Number(raw) : raw;
    case 'BOOL':
    case 'BOOLEAN':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    case 'TIMESTAMP':
      return timestampToIso(raw) ?? raw;
    // DATE arrives as YYYY-MM-DD; INT64, NUMERIC and BIGNUMERIC as exact decimal
    // strings; STRING as itself: all pass through untouched.
    default:
      return raw;
  }
}

/**
 * A TIMESTAMP as ISO-8601 with all six fractional digits. The API sends int64
 * microseconds since the epoch (`formatOptions.useInt64Timestamp`); older
 * servers send float seconds such as `1.672574400123456E9`, which is read as a
 * decimal string so no digit is lost to a binary float.
 */
export function timestampToIso(raw: string): string | undefined {
  const micros = INT64_MICROS.test(raw) ? BigInt(raw) : floatSecondsToMicros(raw);
  if (micros === undefined) return undefined;
  const millis = floorDiv(micros, 1000n);
  const date = new Date(Number(millis));
  if (Number.isNaN(date.getTime())) return undefined;
  const extra = String(micros - millis * 1000n).padStart(3, '0');
  return date.toISOString().replace('Z', `${extra}Z`);
}

function floatSecondsToMicros(raw: string): bigint | undefined {
  const match = FLOAT_SECONDS.exec(raw);
  if (!match) return undefined;
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  if (whole === '' && fraction === '') return undefined;
  const digits = BigInt(`${sign}${whole}${fraction}` || '0');
  const shift = Number(exponent) - fraction.length + 6;
  if (shift >= 0) return digits * 10n ** BigInt(shift);
  // More digits than microseconds: round to the nearest microsecond.
  const divisor = 10n ** BigInt(-shift);
  return floorDiv(digits * 2n + divisor, divisor * 2n);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}
