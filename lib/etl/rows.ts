// Validation of source rows against the target columns, producing COPY text:
// a value the column cannot hold rejects its row here (counted, explained),
// so one bad row never aborts the COPY of a whole extraction.
import type { ColumnSpec } from './columns';
import type { SourceRow, SourceValue } from './sources/source';

export interface Rejection {
  reason: string;
  row: SourceRow;
}

const INT_RANGE = { integer: [-2147483648, 2147483647], smallint: [-32768, 32767] } as const;
const INTEGER = /^-?\d+$/;
// numeric(14,2): at most 12 digits before the point; extra decimals are rounded by PostgreSQL.
const NUMERIC = /^-?\d{1,12}(\.\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Rows arrive grouped by date: remember the dates already checked (bounded, cleared when full).
const checkedDates = new Set<string>();

function isKnownValidDate(text: string): boolean {
  if (checkedDates.has(text)) return true;
  if (!isValidDate(text)) return false;
  if (checkedDates.size > 10_000) checkedDates.clear();
  checkedDates.add(text);
  return true;
}

export function isValidDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The COPY text of one value, or an Error saying why the column cannot hold it. */
function encode(column: ColumnSpec, value: SourceValue): string | Error {
  if (value === null || value === undefined || value === '') {
    if (column.key) return new Error(`${column.name} is empty (part of the primary key)`);
    if (column.kind === 'text') return '';
    return new Error(`${column.name} is empty`);
  }
  const text = typeof value === 'string' ? value : String(value);
  switch (column.kind) {
    case 'date':
      return isKnownValidDate(text) ? text : new Error(`${column.name}: "${text}" is not a date (YYYY-MM-DD)`);
    case 'integer':
    case 'smallint': {
      const [min, max] = INT_RANGE[column.kind];
      const n = INTEGER.test(text) ? Number(text) : NaN;
      if (!Number.isSafeInteger(n) || n < Math.max(min, column.min ?? min) || n > Math.min(max, column.max ?? max)) {
        return new Error(`${column.name}: "${text}" is not an integer in ${column.min ?? min}..${column.max ?? max}`);
      }
      return text;
    }
    case 'numeric':
      if (typeof value === 'number' && !Number.isFinite(value)) return new Error(`${column.name}: ${text} is not a number`);
      return NUMERIC.test(text) ? text : new Error(`${column.name}: "${text}" does not fit numeric(14,2)`);
    case 'double': {
      if (typeof value === 'number') return Number.isFinite(value) ? text : new Error(`${column.name}: ${text} is not a number`);
      const n = Number(text);
      return Number.isFinite(n) && text.trim() !== '' ? String(n) : new Error(`${column.name}: "${text}" is not a number`);
    }
    case 'text':
      if (text.includes('\0')) return new Error(`${column.name} contains a NUL character`);
      if (column.allowed && !column.allowed.includes(text)) {
        return new Error(`${column.name}: "${text}" is not one of ${column.allowed.join(', ')}`);
      }
      if (column.pattern && !column.pattern.test(text)) return new Error(`${column.name}: "${text}" has the wrong format`);
      return escapeCopy(text);
  }
}

/** COPY's text format: backslash, tab, newline and carriage return are escaped. */
function escapeCopy(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!)
    : text;
}

export interface RowEncoder {
  /** The row as one COPY line (with a trailing sequence number when given), or why it was rejected. */
  encode(row: SourceRow, seq?: number): string | Rejection;
}

/**
 * Builds the encoder for one table and window. Rows whose incremental column
 * falls outside the window are rejected too: the merge only owns the window,
 * so such a row could never be loaded consistently.
 */
export function rowEncoder(
  columns: readonly ColumnSpec[],
  incrementalColumn: string,
  window: { start: string | null; end: string },
): RowEncoder {
  return {
    encode(row, seq) {
      let line = '';
      for (const column of columns) {
        const encoded = encode(column, row[column.name]);
        if (encoded instanceof Error) return { reason: encoded.message, row };
        if (column.name === incrementalColumn && ((window.start !== null && encoded < window.start) || encoded > window.end)) {
          return { reason: `${column.name} ${encoded} is outside the window ${window.start ?? '…'}..${window.end}`, row };
        }
        line += encoded + '\t';
      }
      return seq === undefined ? `${line.slice(0, -1)}\n` : `${line}${seq}\n`;
    },
  };
}
