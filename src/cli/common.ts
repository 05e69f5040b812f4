// What every command shares: opening the store, printing rows, reporting errors in one line.
import type { Command } from 'commander';
import { Store, type StoreOptions } from '../store/store.js';
import { EscaladeError, oneLine } from '../errors.js';

export type OutputFormat = 'table' | 'json' | 'csv';

export interface StoreFlags {
  data?: string;
  database?: string;
}

/** Adds --data and --database to a command. */
export function storeFlags(command: Command): Command {
  return command
    .option('--data <dir>', 'embedded store folder', '.escalade')
    .option('--database <url>', 'PostgreSQL server URL (or ESCALADE_DATABASE_URL); overrides --data');
}

export async function withStore<T>(flags: StoreFlags, fn: (store: Store) => Promise<T>): Promise<T> {
  const options: StoreOptions = { data: flags.data, databaseUrl: flags.database };
  const store = await Store.open(options);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function parseFormat(value: string | undefined, allowed: readonly OutputFormat[] = ['table', 'json', 'csv']): OutputFormat {
  const format = (value ?? 'table') as OutputFormat;
  if (!allowed.includes(format)) throw new EscaladeError(`--format must be one of ${allowed.join(', ')} (got "${value}")`, 2);
  return format;
}

export function parseDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value.length === 4 ? `${value}-01-01` : value))) {
    throw new EscaladeError(`${flag} must be a date YYYY-MM-DD (got "${value}")`, 2);
  }
  return value;
}

export function parsePositiveInt(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new EscaladeError(`${flag} must be a positive integer (got "${value}")`, 2);
  return n;
}

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  /** Maximum width in a table; longer cells are cut with an ellipsis. */
  width?: number;
}

/** Prints rows as an aligned table, JSON (the objects themselves) or CSV. */
export function printRows<T>(rows: T[], columns: Column<T>[], format: OutputFormat, json: (row: T) => unknown = (r) => r): void {
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(rows.map(json), null, 2)}\n`);
    return;
  }
  const cells = rows.map((row) => columns.map((c) => stringCell(c.value(row))));
  if (format === 'csv') {
    const lines = [columns.map((c) => csvCell(c.header)), ...cells.map((r) => r.map(csvCell))];
    process.stdout.write(`${lines.map((l) => l.join(',')).join('\n')}\n`);
    return;
  }
  const shown = cells.map((r) => r.map((cell, i) => truncate(cell.replace(/\s+/g, ' '), columns[i].width ?? 60)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...shown.map((r) => r[i].length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
  process.stdout.write(`${[line(columns.map((c) => c.header)), ...shown.map(line)].join('\n')}\n`);
}

function stringCell(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function truncate(value: string, width: number): string {
  return value.length > width ? `${value.slice(0, width - 1)}…` : value;
}

/** Wraps a command action: user errors become one line on stderr and a non-zero exit. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void | number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      const code = await fn(...args);
      if (typeof code === 'number') process.exitCode = code;
    } catch (error) {
      reportError(error);
    }
  };
}

export function reportError(error: unknown): void {
  process.stderr.write(`escalade: ${oneLine(error)}\n`);
  if (process.env.ESCALADE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = error instanceof EscaladeError ? error.exitCode : 1;
}

/** True when progress bars may be drawn: a terminal, not a pipe, and not CI. */
export function interactive(): boolean {
  return Boolean(process.stderr.isTTY) && !process.env.CI;
}
