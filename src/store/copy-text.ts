// Rows in PostgreSQL's COPY text format (https://www.postgresql.org/docs/current/sql-copy.html, "Text Format"):
// one line per row, columns separated by tabs, \N for null, and backslash, newline, carriage return and tab
// written as escapes. Bulk loading with COPY costs the server less than a multi-row INSERT of the same rows.

export type CopyValue = string | number | boolean | null;

const SPECIAL = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function field(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`COPY text: ${value} is not a finite number`);
    return String(value);
  }
  return value.replace(SPECIAL, (c) => ESCAPES[c]);
}

/** One row as a line of COPY text data, ended by a newline. */
export function copyLine(row: readonly CopyValue[]): string {
  return `${row.map(field).join('\t')}\n`;
}

/** A bytea value in hex form ("\x0a1b..."), as a COPY text field before escaping. */
export function byteaHex(bytes: Uint8Array): string {
  return `\\x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;
}

/** An integer array literal ("{1,2,3}"). */
export function integerArray(values: readonly number[]): string {
  for (const v of values) if (!Number.isInteger(v)) throw new RangeError(`COPY text: ${v} is not an integer`);
  return `{${values.join(',')}}`;
}
