// Export and import of a whole store as JSON Lines, to move it between the embedded store and a server.
// Tables are discovered from the information schema, so tables added by later migrations travel too:
// a table linked to documents (a foreign key to documents.id, a document_id column, or a foreign key to
// such a table) rides on its document's line; any other table gets one line per row after the documents.
import { constants, createReadStream, createWriteStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { EscaladeError } from '../errors.js';
import { withRetry } from '../scale/retry.js';
import type { Database } from './schema.js';
import type { Store } from './store.js';

export const EXPORT_FORMAT = 'escalade-export';
export const EXPORT_VERSION = 1;
/** Migrations that changed how existing rows are written: an export made before them cannot be loaded as is. */
const ROW_FORMAT_MIGRATIONS = ['004_minhash_lookup', '006_integer_band_keys'];

type Row = Record<string, unknown>;

/** First line of an export. */
export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
  migrations: string[];
  tables: string[];
}

/** A document line: the documents row, and the rows of each linked table (omitted when empty). */
export interface DocumentLine {
  document: Row;
  [table: string]: Row | Row[];
}

/** A line for a row of a table not linked to documents. */
export interface TableRowLine {
  table: string;
  row: Row;
}

interface Column {
  name: string;
  dataType: string;
  generated: boolean;
  identityAlways: boolean;
  serial: boolean;
}

interface TableInfo {
  name: string;
  columns: Column[];
  primaryKey: string[];
  /** The column pointing at documents.id, when the table belongs to documents. */
  documentColumn: string | null;
  /** When the table belongs to documents through a parent (e.g. event_clusters → events → documents). */
  via: { column: string; parent: string; parentColumn: string } | null;
  /** Tables it references (foreign keys), itself excluded. */
  references: Set<string>;
  foreignKeys: { column: string; parent: string; parentColumn: string }[];
}

interface Schema {
  /** Every table but the migrator's, parents before children. */
  tables: TableInfo[];
  byName: Map<string, TableInfo>;
}

const SKIPPED_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);
const DOCUMENTS = 'documents';

// Queries here are raw SQL built from the discovered schema, not from the static one.
type AnyDb = Kysely<Database>;

async function readSchema(db: AnyDb): Promise<Schema> {
  const columns = await sql<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_generated: string;
    is_identity: string;
    identity_generation: string | null;
    column_default: string | null;
  }>`
    select c.table_name, c.column_name, c.data_type, c.is_generated, c.is_identity, c.identity_generation, c.column_default
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`.execute(db);
  const keys = await sql<{ table_name: string; column_name: string }>`
    select kcu.table_name, kcu.column_name
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu
      on kcu.constraint_name = tc.constraint_name and kcu.constraint_schema = tc.constraint_schema and kcu.table_name = tc.table_name
    where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = current_schema()
    order by kcu.table_name, kcu.ordinal_position`.execute(db);
  const foreignKeys = await sql<{ table_name: string; column_name: string; ref_table: string; ref_column: string }>`
    select kcu.table_name, kcu.column_name, ccu.table_name as ref_table, ccu.column_name as ref_column
    from information_schema.referential_constraints rc
    join information_schema.key_column_usage kcu
      on kcu.constraint_name = rc.constraint_name and kcu.constraint_schema = rc.constraint_schema
    join information_schema.constraint_column_usage ccu
      on ccu.constraint_name = rc.unique_constraint_name and ccu.constraint_schema = rc.unique_constraint_schema
    where rc.constraint_schema = current_schema()`.execute(db);

  const byName = new Map<string, TableInfo>();
  for (const c of columns.rows) {
    if (SKIPPED_TABLES.has(c.table_name)) continue;
    let table = byName.get(c.table_name);
    if (!table) {
      table = { name: c.table_name, columns: [], primaryKey: [], documentColumn: null, via: null, references: new Set(), foreignKeys: [] };
      byName.set(c.table_name, table);
    }
    table.columns.push({
      name: c.column_name,
      dataType: c.data_type,
      generated: c.is_generated === 'ALWAYS',
      identityAlways: c.is_identity === 'YES' && c.identity_generation === 'ALWAYS',
      serial: c.is_identity === 'YES' || (c.column_default ?? '').startsWith('nextval('),
    });
  }
  for (const k of keys.rows) byName.get(k.table_name)?.primaryKey.push(k.column_name);
  for (const fk of foreignKeys.rows) {
    const table = byName.get(fk.table_name);
    if (!table || fk.ref_table === fk.table_name) continue;
    table.references.add(fk.ref_table);
    table.foreignKeys.push({ column: fk.column_name, parent: fk.ref_table, parentColumn: fk.ref_column });
    if (fk.ref_table === DOCUMENTS && fk.ref_column === 'id' && !table.documentColumn) table.documentColumn = fk.column_name;
  }
  for (const table of byName.values()) {
    if (table.name !== DOCUMENTS && !table.documentColumn && table.columns.some((c) => c.name === 'document_id')) {
      table.documentColumn = 'document_id';
    }
  }
  // One hop: a table whose foreign key points at a document's table rides on that document's line too.
  for (const table of byName.values()) {
    if (table.name === DOCUMENTS || table.documentColumn) continue;
    const fk = table.foreignKeys.find((f) => byName.get(f.parent)?.documentColumn);
    if (fk) table.via = fk;
  }
  if (!byName.has(DOCUMENTS)) throw new EscaladeError('the store has no documents table; run `escalade migrate` first');
  return { tables: topologicalOrder(byName), byName };
}

/** Parents before children; ties by name, so the order is the same on every store. */
function topologicalOrder(byName: Map<string, TableInfo>): TableInfo[] {
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();
  const visit = (table: TableInfo) => {
    if (done.has(table.name) || visiting.has(table.name)) return;
    visiting.add(table.name);
    for (const parent of [...table.references].sort()) {
      const p = byName.get(parent);
      if (p) visit(p);
    }
    visiting.delete(table.name);
    done.add(table.name);
    ordered.push(table);
  };
  for (const name of [...byName.keys()].sort()) visit(byName.get(name)!);
  return ordered;
}

/** How a column is read: timestamps as exact UTC text (microseconds kept, whatever the session time zone). */
function selectColumn(column: Column, alias?: string): RawBuilder<unknown> {
  const ref = alias ? sql`${sql.id(alias)}.${sql.id(column.name)}` : sql.ref(column.name);
  if (column.dataType === 'timestamp with time zone') {
    return sql`to_char(${ref} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as ${sql.id(column.name)}`;
  }
  if (column.dataType === 'timestamp without time zone') {
    return sql`to_char(${ref}, 'YYYY-MM-DD"T"HH24:MI:SS.US') as ${sql.id(column.name)}`;
  }
  return alias ? sql`${ref} as ${sql.id(column.name)}` : ref;
}

function exportedColumns(table: TableInfo): Column[] {
  return table.columns.filter((c) => !c.generated);
}

/** JSON-safe values, identical from PGlite and from pg. */
function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString('hex')}`;
  return value;
}

function normalizeRow(row: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = normalize(value);
  return out;
}

/** Rows of a table reached through its parent, each with the parent's document id. */
async function selectRowsVia(db: AnyDb, table: TableInfo, parent: TableInfo, ids: string[]): Promise<{ documentId: string; row: Row }[]> {
  const via = table.via!;
  const columns = exportedColumns(table);
  const order = table.primaryKey.length > 0 ? table.primaryKey : columns.map((c) => c.name);
  const result = await sql<Row & { __document_id: string }>`
    select ${sql.join(columns.map((c) => selectColumn(c, 't')))}, p.${sql.ref(parent.documentColumn!)} as __document_id
    from ${sql.table(table.name)} t join ${sql.table(parent.name)} p on p.${sql.ref(via.parentColumn)} = t.${sql.ref(via.column)}
    where p.${sql.ref(parent.documentColumn!)} in (${sql.join(ids)})
    order by ${sql.join(order.map((c) => sql`t.${sql.ref(c)}`))}`.execute(db);
  return result.rows.map(({ __document_id, ...row }) => ({ documentId: __document_id, row: normalizeRow(row) }));
}

async function selectRows(db: AnyDb, table: TableInfo, where: RawBuilder<unknown> | null, limit?: number): Promise<Row[]> {
  const columns = exportedColumns(table);
  const order = table.primaryKey.length > 0 ? table.primaryKey : columns.map((c) => c.name);
  const result = await sql<Row>`
    select ${sql.join(columns.map((c) => selectColumn(c)))} from ${sql.table(table.name)}
    ${where ? sql`where ${where}` : sql``}
    order by ${sql.join(order.map((c) => sql.ref(c)))}
    ${limit ? sql`limit ${limit}` : sql``}`.execute(db);
  return result.rows.map(normalizeRow);
}

/** The store as JSON Lines: a header, one line per document (originals first), then other tables' rows. */
export async function* exportLines(store: Store, pageSize = 200): AsyncGenerator<string> {
  const db = store.db as unknown as AnyDb;
  const schema = await readSchema(db);
  const migrations = await sql<{ name: string }>`select name from kysely_migration order by name`
    .execute(db)
    .then((r) => r.rows.map((m) => m.name))
    .catch(() => [] as string[]);
  const header: ExportHeader = { format: EXPORT_FORMAT, version: EXPORT_VERSION, migrations, tables: schema.tables.map((t) => t.name) };
  yield JSON.stringify(header);

  const documents = schema.byName.get(DOCUMENTS)!;
  const linked = schema.tables.filter((t) => t.documentColumn !== null || t.via !== null);
  for (const nearDuplicates of [false, true]) {
    let after = '';
    for (;;) {
      const page = await selectRows(
        db,
        documents,
        sql`near_duplicate_of is ${nearDuplicates ? sql`not null` : sql`null`} and id > ${after}`,
        pageSize,
      );
      if (page.length === 0) break;
      const ids = page.map((d) => d.id as string);
      const children = new Map<string, Map<string, Row[]>>();
      for (const table of linked) {
        const rows = table.documentColumn
          ? (await selectRows(db, table, sql`${sql.ref(table.documentColumn)} in (${sql.join(ids)})`)).map((row) => ({ documentId: row[table.documentColumn!] as string, row }))
          : await selectRowsVia(db, table, schema.byName.get(table.via!.parent)!, ids);
        const perDocument = new Map<string, Row[]>();
        for (const { documentId: key, row } of rows) {
          const list = perDocument.get(key);
          if (list) list.push(row);
          else perDocument.set(key, [row]);
        }
        children.set(table.name, perDocument);
      }
      for (const doc of page) {
        const line: DocumentLine = { document: doc };
        for (const table of linked) {
          const rows = children.get(table.name)!.get(doc.id as string);
          if (rows) line[table.name] = rows;
        }
        yield JSON.stringify(line);
      }
      after = ids[ids.length - 1];
      if (page.length < pageSize) break;
    }
  }
  for (const table of schema.tables) {
    if (table.name === DOCUMENTS || table.documentColumn || table.via) continue;
    for (const row of await selectRows(db, table, null)) yield JSON.stringify({ table: table.name, row } satisfies TableRowLine);
  }
}

/** Writes the export to a file, or to stdout when path is "-". Returns the number of lines. */
export async function exportStore(store: Store, path: string): Promise<{ lines: number; documents: number }> {
  const out: Writable = path === '-' ? process.stdout : createWriteStream(path);
  let lines = 0;
  for await (const line of exportLines(store)) {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
    lines++;
  }
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  return { lines, documents: Math.max(0, lines - 1) };
}

export interface ImportReport {
  lines: number;
  /** Documents added; the others were already in the store. */
  documents: number;
  skipped: number;
  /** Rows added per table (documents included). */
  rows: Record<string, number>;
  /** Near-duplicate links whose original is not in the store (kept as plain documents). */
  danglingLinks: number;
}

export interface ImportOptions {
  /** Documents per transaction (default 200). */
  batchSize?: number;
  onProgress?: (report: ImportReport) => void;
}

/** Loads JSON Lines made by exportLines, in transactional batches; rows already present are left alone. */
export async function importLines(store: Store, lines: AsyncIterable<string> | Iterable<string>, options: ImportOptions = {}): Promise<ImportReport> {
  const db = store.db as unknown as AnyDb;
  const schema = await readSchema(db);
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const report: ImportReport = { lines: 0, documents: 0, skipped: 0, rows: {}, danglingLinks: 0 };
  const pendingLinks = new Map<string, string>(); // near-duplicate id → original id, linked once the original arrives
  let batch: DocumentLine[] = [];
  let others: TableRowLine[] = [];
  let lineNumber = 0;

  const flush = async () => {
    if (batch.length === 0 && others.length === 0) return;
    const docs = batch;
    const rest = others;
    batch = [];
    others = [];
    const added = await withRetry(() => db.transaction().execute((trx) => importBatch(trx, schema, docs, rest, pendingLinks)));
    for (const [table, n] of Object.entries(added)) report.rows[table] = (report.rows[table] ?? 0) + n;
    report.documents += added[DOCUMENTS] ?? 0;
    report.skipped += docs.length - (added[DOCUMENTS] ?? 0);
    options.onProgress?.(report);
  };

  for await (const raw of lines) {
    lineNumber++;
    const text = raw.trim();
    if (text === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new EscaladeError(`line ${lineNumber}: not JSON (${(error as Error).message})`);
    }
    report.lines++;
    const object = value as Partial<ExportHeader & DocumentLine & TableRowLine>;
    if (object.format !== undefined) {
      if (object.format !== EXPORT_FORMAT || (object.version ?? 0) > EXPORT_VERSION) {
        throw new EscaladeError(`line ${lineNumber}: not an escalade export of version ≤ ${EXPORT_VERSION}`);
      }
      const olderFormat = ROW_FORMAT_MIGRATIONS.filter((name) => !(object.migrations ?? []).includes(name));
      if (olderFormat.length > 0) {
        throw new EscaladeError(
          `the export predates migration ${olderFormat.join(', ')}, which changed the row format: import it with the escalade version that made it, open that store with this version (it migrates), then export again`,
        );
      }
      const missing = (object.tables ?? []).filter((t) => !schema.byName.has(t));
      if (missing.length > 0) throw new EscaladeError(`the export has tables this store lacks: ${missing.join(', ')} (update escalade, then run \`escalade migrate\`)`);
      continue;
    }
    if (object.document && typeof object.document === 'object') {
      for (const key of Object.keys(object)) {
        const table = schema.byName.get(key);
        if (key !== 'document' && !table?.documentColumn && !table?.via) throw new EscaladeError(`line ${lineNumber}: unknown table "${key}"`);
      }
      batch.push(object as DocumentLine);
      if (batch.length >= batchSize) await flush();
    } else if (typeof object.table === 'string' && object.row && typeof object.row === 'object') {
      if (!schema.byName.has(object.table)) throw new EscaladeError(`line ${lineNumber}: unknown table "${object.table}"`);
      await flush(); // documents before the rows that may point at them
      others.push(object as TableRowLine);
      if (others.length >= batchSize * 5) await flush();
    } else {
      throw new EscaladeError(`line ${lineNumber}: neither a document nor a table row`);
    }
  }
  await flush();

  if (pendingLinks.size > 0) {
    await withRetry(() =>
      db.transaction().execute(async (trx) => {
        for (const [id, original] of pendingLinks) {
          const updated = await sql`
            update documents set near_duplicate_of = ${original}
            where id = ${id} and near_duplicate_of is null and exists (select 1 from documents where id = ${original})`.execute(trx);
          if (Number(updated.numAffectedRows ?? 0) === 0) report.danglingLinks++;
        }
      }),
    );
  }
  await resetSequences(db, schema);
  return report;
}

async function importBatch(
  trx: AnyDb,
  schema: Schema,
  docs: DocumentLine[],
  others: TableRowLine[],
  pendingLinks: Map<string, string>,
): Promise<Record<string, number>> {
  const added: Record<string, number> = {};
  if (docs.length > 0) {
    // Near-duplicates whose original is neither in the store nor earlier in this batch wait for it.
    const targets = [...new Set(docs.map((d) => d.document.near_duplicate_of).filter((t): t is string => typeof t === 'string'))];
    const present = new Set<string>();
    if (targets.length > 0) {
      const found = await sql<{ id: string }>`select id from documents where id in (${sql.join(targets)})`.execute(trx);
      for (const r of found.rows) present.add(r.id);
    }
    const ordered = [...docs].sort((a, b) => Number(a.document.near_duplicate_of != null) - Number(b.document.near_duplicate_of != null));
    const inBatch = new Set(ordered.filter((d) => d.document.near_duplicate_of == null).map((d) => d.document.id as string));
    const documentRows = ordered.map((d) => {
      const original = d.document.near_duplicate_of;
      if (typeof original === 'string' && !present.has(original) && !inBatch.has(original)) {
        pendingLinks.set(d.document.id as string, original);
        return { ...d.document, near_duplicate_of: null };
      }
      return d.document;
    });
    const ids = documentRows.map((r) => r.id as string);
    const existing = new Set((await sql<{ id: string }>`select id from documents where id in (${sql.join(ids)})`.execute(trx)).rows.map((r) => r.id));
    const fresh = new Set(ids.filter((id) => !existing.has(id)));
    for (const id of existing) pendingLinks.delete(id);
    added[DOCUMENTS] = await insertRows(trx, schema.byName.get(DOCUMENTS)!, documentRows.filter((r) => fresh.has(r.id as string)));
    for (const table of schema.tables) {
      if (!table.documentColumn && !table.via) continue;
      // Only documents new to this store get their rows: a known document keeps what it has.
      const rows = docs.filter((d) => fresh.has(d.document.id as string)).flatMap((d) => (d[table.name] as Row[] | undefined) ?? []);
      if (rows.length > 0) added[table.name] = await insertRows(trx, table, rows);
    }
  }
  for (const table of schema.tables) {
    const rows = others.filter((o) => o.table === table.name).map((o) => o.row);
    if (rows.length > 0) added[table.name] = (added[table.name] ?? 0) + (await insertRows(trx, table, rows));
  }
  return added;
}

const MAX_PARAMETERS = 30_000;

async function insertRows(trx: AnyDb, table: TableInfo, rows: Row[]): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = exportedColumns(table).filter((c) => rows.some((r) => c.name in r));
  const overriding = columns.some((c) => c.identityAlways) ? sql`overriding system value` : sql``;
  const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns.length)));
  let inserted = 0;
  for (let i = 0; i < rows.length; i += chunk) {
    const values = rows.slice(i, i + chunk).map((row) => sql`(${sql.join(columns.map((c) => toParameter(c, row)))})`);
    const result = await sql`
      insert into ${sql.table(table.name)} (${sql.join(columns.map((c) => sql.id(c.name)))}) ${overriding}
      values ${sql.join(values)} on conflict do nothing`.execute(trx);
    inserted += Number(result.numAffectedRows ?? 0);
  }
  return inserted;
}

function toParameter(column: Column, row: Row): RawBuilder<unknown> {
  if (!(column.name in row)) return sql`default`;
  const value = row[column.name];
  if (value === null || value === undefined) return sql`null`;
  if (column.dataType === 'json' || column.dataType === 'jsonb') return sql`${JSON.stringify(value)}::${sql.raw(column.dataType)}`;
  return sql`${value}`;
}

/** After explicit ids were inserted, serial and identity columns continue past the largest. */
async function resetSequences(db: AnyDb, schema: Schema): Promise<void> {
  for (const table of schema.tables) {
    for (const column of table.columns.filter((c) => c.serial)) {
      await sql`
        select setval(pg_get_serial_sequence(${table.name}, ${column.name}), greatest(1, coalesce((select max(${sql.ref(column.name)}) from ${sql.table(table.name)}), 1)))`
        .execute(db)
        .catch(() => undefined);
    }
  }
}

/** Reads an export from a file, or from stdin when path is "-", and imports it. */
export async function importFile(store: Store, path: string, options: ImportOptions = {}): Promise<ImportReport> {
  if (path !== '-') {
    try {
      await access(path, constants.R_OK);
    } catch (error) {
      throw new EscaladeError(`cannot read ${path}: ${(error as Error).message}`);
    }
  }
  return importLines(store, readLines(path), options);
}

/** Lines of a file or stdin; opened on first use, so no line is emitted before anyone listens. */
async function* readLines(path: string): AsyncGenerator<string> {
  const input: Readable = path === '-' ? process.stdin : createReadStream(path);
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    yield* lines;
  } finally {
    lines.close();
  }
}
