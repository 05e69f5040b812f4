// The store: one schema, on embedded PGlite (default, a data folder) or on a PostgreSQL server.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kysely, Migrator, PostgresDialect, sql, type MigrationProvider, type Transaction } from 'kysely';
import {
  documentMeta,
  type ActorMentionSummary,
  type CodedEvent,
  type CodedRecord,
  type DatePrecision,
  type EventType,
  type Polarity,
  type Quote,
  type ReadDocument,
} from '../types.js';
import { EscaladeError } from '../errors.js';
import { lockDataFolder } from './lock.js';
import { migrations } from './migrations/index.js';
import { byteaHex, copyLine, integerArray, type CopyValue } from './copy-text.js';
import { copyFromBlob, PgliteDialect } from './pglite-dialect.js';
import { signatureFromBytes, signatureToBytes } from './signature.js';
import type { Database } from './schema.js';

export interface StoreOptions {
  /** Data folder of the embedded store (default ./.escalade). */
  data?: string;
  /** postgres://... URL of a server; wins over `data`. Also read from ESCALADE_DATABASE_URL. */
  databaseUrl?: string;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
}

/** What ingest hands to the store for one document, all saved in the batch's transaction. */
export interface DocumentToSave {
  doc: ReadDocument;
  /** Null when the document was not coded (duplicate, unsupported language). */
  record: CodedRecord | null;
  notCodedReason?: string | null;
  nearDuplicateOf?: string | null;
  similarity?: number | null;
  minhash?: { signature: number[]; bands: number[] } | null;
}

/** A stored original document that shares an LSH band key with the documents being checked. */
export interface NearDuplicateCandidate {
  id: string;
  /** Its MinHash signature (its band keys follow from it). */
  signature: number[];
}

/** Store operations bound to one transaction (see Store.transaction). */
export interface StoreTransaction {
  saveDocuments(items: DocumentToSave[]): Promise<void>;
  /**
   * Takes the store's save lock (a PostgreSQL advisory lock) until the transaction ends: writers that
   * check for near-duplicates after saving take turns for that check and their commit, so each check
   * sees every document the others committed before it.
   */
  lockSaves(): Promise<void>;
  /** As Store.nearDuplicateCandidates, leaving out the documents in `known` (not even read). */
  nearDuplicateCandidates(keys: number[], known?: ReadonlySet<string>): Promise<NearDuplicateCandidate[]>;
  /** Turns a document saved as an original into a near-duplicate of `originalId`: its coded rows go. */
  markNearDuplicate(id: string, originalId: string, similarity: number, reason: string): Promise<void>;
}

export interface StoredDocument extends ReadDocument {
  nearDuplicateOf: string | null;
  similarity: number | null;
  coded: boolean;
  notCodedReason: string | null;
  ingestedAt: string;
}

export interface DocumentFilter {
  lang?: string;
  since?: string;
  until?: string;
  search?: string;
  limit?: number;
  offset?: number;
}

export interface EventFilter {
  type?: string;
  actor?: string;
  polarity?: string;
  since?: string;
  until?: string;
  documentId?: string;
  limit?: number;
  offset?: number;
}

export interface QuoteFilter {
  speaker?: string;
  documentId?: string;
  search?: string;
  limit?: number;
  offset?: number;
}

/** An event mention as kept in the store, with its document and stable id. */
export interface StoredEvent extends CodedEvent {
  id: string;
  documentId: string;
  source: string;
  published: string | null;
}

export interface StoredQuote extends Quote {
  documentId: string;
  seq: number;
}

const BATCH_ROWS = 500;
/** Advisory lock taken by lockSaves ("ESCA" in ASCII); any other holder of this number would wait with it. */
const SAVE_LOCK_ID = 0x45534341;

export class Store {
  private constructor(
    readonly db: Kysely<Database>,
    /** 'embedded' (PGlite) or 'server' (PostgreSQL). */
    readonly kind: 'embedded' | 'server',
    /** Where the data is: a folder or a redacted URL. */
    readonly location: string,
    private readonly onClose: () => Promise<void>,
  ) {}

  static async open(options: StoreOptions = {}): Promise<Store> {
    const url = options.databaseUrl ?? process.env.ESCALADE_DATABASE_URL;
    const store = url ? await Store.openServer(url) : await Store.openEmbedded(options.data ?? '.escalade');
    if (options.migrate !== false) {
      try {
        await store.migrate();
      } catch (error) {
        await store.close();
        throw error;
      }
    }
    return store;
  }

  private static async openEmbedded(dataDir: string): Promise<Store> {
    const dir = resolve(dataDir);
    const release = lockDataFolder(dir);
    try {
      const { PGlite } = await import('@electric-sql/pglite');
      const pgDir = join(dir, 'pgdata');
      const pg = new PGlite(pgDir);
      await pg.waitReady;
      const db = new Kysely<Database>({ dialect: new PgliteDialect(pg) });
      return new Store(db, 'embedded', dir, async () => {
        await db.destroy();
        await pg.close();
        release();
      });
    } catch (error) {
      release();
      if (error instanceof EscaladeError) throw error;
      throw new EscaladeError(`cannot open the store in ${dir}: ${(error as Error).message}`);
    }
  }

  private static async openServer(url: string): Promise<Store> {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 10_000 });
    pool.on('error', () => undefined); // an idle client dropped by the server is replaced on next use
    try {
      const client = await pool.connect();
      client.release();
    } catch (error) {
      await pool.end();
      throw new EscaladeError(`cannot connect to ${redact(url)}: ${(error as Error).message}`);
    }
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return new Store(db, 'server', redact(url), async () => {
      await db.destroy();
    });
  }

  private get bulkWrite(): BulkWrite {
    return this.kind === 'embedded' ? 'copy' : 'insert';
  }

  /** Applies pending migrations; returns the names applied. */
  async migrate(): Promise<string[]> {
    const provider: MigrationProvider = { getMigrations: async () => migrations };
    const migrator = new Migrator({ db: this.db, provider });
    const { error, results } = await migrator.migrateToLatest();
    if (error) throw new EscaladeError(`migration failed: ${(error as Error).message}`);
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  }

  async close(): Promise<void> {
    await this.onClose();
  }

  async hasDocument(id: string): Promise<boolean> {
    const row = await this.db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  /** Which of these ids the store already has. */
  async existingDocumentIds(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db.selectFrom('documents').select('id').where(sql<boolean>`id = any(${ids}::text[])`).execute();
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Original documents sharing at least one LSH band key with `keys` (MinHash.bands), with their MinHash
   * signatures. Near-duplicates are stored without keys, so they are never candidates.
   */
  async nearDuplicateCandidates(keys: number[]): Promise<NearDuplicateCandidate[]> {
    return candidatesIn(this.db, keys);
  }

  /** Runs `work` in one transaction with the store's operations bound to it. */
  async transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) =>
      work({
        saveDocuments: (items) => saveDocumentsIn(trx, items, this.bulkWrite),
        lockSaves: async () => {
          await sql`select pg_advisory_xact_lock(${SAVE_LOCK_ID}::bigint)`.execute(trx);
        },
        nearDuplicateCandidates: (keys, known) => candidatesIn(trx, keys, known),
        markNearDuplicate: (id, originalId, similarity, reason) => markNearDuplicateIn(trx, id, originalId, similarity, reason),
      }),
    );
  }

  /** Saves a batch of documents and what was coded in them, all or nothing. Known ids are skipped. */
  async saveDocuments(items: DocumentToSave[]): Promise<void> {
    if (items.length === 0) return;
    await this.db.transaction().execute(async (trx) => {
      await saveDocumentsIn(trx, items, this.bulkWrite);
    });
  }

  async getDocument(idOrPrefix: string): Promise<StoredDocument | null> {
    if (!/^[0-9a-f]{4,64}$/i.test(idOrPrefix)) return null;
    const rows = await this.db
      .selectFrom('documents')
      .selectAll()
      .where('id', 'like', `${idOrPrefix.toLowerCase()}%`)
      .limit(2)
      .execute();
    if (rows.length > 1) throw new EscaladeError(`document id prefix ${idOrPrefix} is ambiguous; give more characters`);
    return rows[0] ? toStoredDocument(rows[0]) : null;
  }

  async listDocuments(filter: DocumentFilter = {}): Promise<StoredDocument[]> {
    let query = this.db.selectFrom('documents').selectAll();
    if (filter.lang) query = query.where('lang', '=', filter.lang);
    if (filter.since) query = query.where('published', '>=', filter.since);
    if (filter.until) query = query.where('published', '<=', `${filter.until}\uffff`);
    if (filter.search) {
      const text = filter.search;
      query = query.where(
        sql<boolean>`tsv @@ (websearch_to_tsquery('french', ${text}) || websearch_to_tsquery('english', ${text}))`,
      );
    }
    const rows = await query
      .orderBy('published', 'desc')
      .orderBy('ingested_at', 'asc')
      .orderBy('id')
      .limit(filter.limit ?? 1000)
      .offset(filter.offset ?? 0)
      .execute();
    return rows.map(toStoredDocument);
  }

  async countDocuments(): Promise<{ total: number; coded: number; nearDuplicates: number }> {
    const row = await this.db
      .selectFrom('documents')
      .select([
        sql<string>`count(*)`.as('total'),
        sql<string>`count(*) filter (where coded)`.as('coded'),
        sql<string>`count(*) filter (where near_duplicate_of is not null)`.as('near'),
      ])
      .executeTakeFirstOrThrow();
    return { total: Number(row.total), coded: Number(row.coded), nearDuplicates: Number(row.near) };
  }

  async listEvents(filter: EventFilter = {}): Promise<StoredEvent[]> {
    let query = this.db
      .selectFrom('events as e')
      .innerJoin('documents as d', 'd.id', 'e.document_id')
      .selectAll('e')
      .select(['d.source as source', 'd.published as published']);
    if (filter.type) query = query.where('e.type', '=', filter.type);
    if (filter.actor) query = query.where('e.actor', '=', filter.actor);
    if (filter.polarity) query = query.where('e.polarity', '=', filter.polarity);
    if (filter.documentId) query = query.where('e.document_id', '=', filter.documentId);
    const effectiveDate = sql<string>`coalesce(e.date_value, d.published)`;
    if (filter.since) query = query.where(effectiveDate, '>=', filter.since);
    if (filter.until) query = query.where(effectiveDate, '<=', `${filter.until}\uffff`);
    const rows = await query
      .orderBy(effectiveDate, 'asc')
      .orderBy('e.document_id')
      .orderBy('e.seq')
      .limit(filter.limit ?? 100_000)
      .offset(filter.offset ?? 0)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      documentId: r.document_id,
      source: r.source,
      published: r.published,
      type: r.type as EventType,
      actor: r.actor,
      target: r.target,
      polarity: r.polarity as Polarity,
      attributedTo: r.attributed_to,
      date: { value: r.date_value, precision: r.date_precision as DatePrecision, text: r.date_text },
      evidence: { text: r.evidence_text, start: r.evidence_start, end: r.evidence_end },
      attributes: r.attributes as unknown as CodedEvent['attributes'],
      confidence: r.confidence,
    }));
  }

  async listQuotes(filter: QuoteFilter = {}): Promise<StoredQuote[]> {
    let query = this.db.selectFrom('quotes').selectAll();
    if (filter.speaker) query = query.where('speaker_id', '=', filter.speaker);
    if (filter.documentId) query = query.where('document_id', '=', filter.documentId);
    if (filter.search) query = query.where('text', 'ilike', `%${filter.search.replace(/[%_\\]/g, '\\$&')}%`);
    const rows = await query
      .orderBy('document_id')
      .orderBy('seq')
      .limit(filter.limit ?? 100_000)
      .offset(filter.offset ?? 0)
      .execute();
    return rows.map((r) => ({
      documentId: r.document_id,
      seq: r.seq,
      speaker: { id: r.speaker_id, name: r.speaker_name },
      text: r.text,
      direct: r.direct,
      cue: r.cue,
      start: r.start_offset,
      end: r.end_offset,
    }));
  }

  async listActors(documentId: string): Promise<ActorMentionSummary[]> {
    const rows = await this.db
      .selectFrom('actors')
      .selectAll()
      .where('document_id', '=', documentId)
      .orderBy('seq')
      .execute();
    return rows.map((r) => ({
      id: r.actor_id,
      name: r.name,
      kind: r.kind as ActorMentionSummary['kind'],
      state: r.state,
      mentions: r.mentions as unknown as ActorMentionSummary['mentions'],
    }));
  }

  /** Rebuilds the coded record of a stored document (ontology §5). */
  async getRecord(documentId: string): Promise<CodedRecord | null> {
    const doc = await this.getDocument(documentId);
    if (!doc) return null;
    const [actors, quotes, events] = await Promise.all([
      this.listActors(doc.id),
      this.listQuotes({ documentId: doc.id }),
      this.listEvents({ documentId: doc.id }),
    ]);
    return {
      document: documentMeta(doc),
      actors,
      quotes: quotes.map(({ documentId: _d, seq: _s, ...quote }) => quote),
      events: events.map(({ id: _i, documentId: _d, source: _s, published: _p, ...event }) => event),
    };
  }
}

/**
 * How a batch's documents and signatures are written: COPY on the embedded store (PGlite reads the rows from a
 * blob; about an eighth less time per document than an INSERT of the same rows, see bench/read.bench.ts),
 * a multi-row INSERT on a server. Coded rows are few and always inserted.
 */
type BulkWrite = 'copy' | 'insert';

async function saveDocumentsIn(trx: Transaction<Database>, items: DocumentToSave[], write: BulkWrite): Promise<void> {
  if (items.length === 0) return;
  const seen = new Set<string>();
  const fresh = items.filter((item) => !seen.has(item.doc.id) && seen.add(item.doc.id));
  const existing = new Set(
    (
      await trx
        .selectFrom('documents')
        .select('id')
        .where(
          'id',
          'in',
          fresh.map((i) => i.doc.id),
        )
        .execute()
    ).map((r) => r.id),
  );
  const toSave = fresh.filter((item) => !existing.has(item.doc.id));
  if (toSave.length === 0) return;

  const minhashRows = toSave.flatMap((i) =>
    i.minhash ? [{ document_id: i.doc.id, signature: signatureToBytes(i.minhash.signature), bands: i.nearDuplicateOf ? [] : i.minhash.bands }] : [],
  );
  if (write === 'copy') {
    await copyRows(trx, 'documents', toSave.map(documentRow));
    await copyRows(
      trx,
      'document_minhash',
      minhashRows.map((r) => ({ document_id: r.document_id, signature: byteaHex(r.signature), bands: integerArray(r.bands) })),
    );
  } else {
    await insertChunked(trx, 'documents', toSave.map(documentRow));
    await insertChunked(trx, 'document_minhash', minhashRows);
  }
  const coded = toSave.filter((i) => i.record !== null);
  await insertChunked(
    trx,
    'actors',
    coded.flatMap((i) =>
      i.record!.actors.map((a, seq) => ({
        document_id: i.doc.id,
        seq,
        actor_id: a.id,
        name: a.name,
        kind: a.kind,
        state: a.state ?? null,
        mentions: JSON.stringify(a.mentions),
      })),
    ),
  );
  await insertChunked(
    trx,
    'quotes',
    coded.flatMap((i) =>
      i.record!.quotes.map((q, seq) => ({
        document_id: i.doc.id,
        seq,
        speaker_id: q.speaker.id,
        speaker_name: q.speaker.name,
        text: q.text,
        direct: q.direct,
        cue: q.cue,
        start_offset: q.start,
        end_offset: q.end,
      })),
    ),
  );
  await insertChunked(
    trx,
    'events',
    coded.flatMap((i) => i.record!.events.map((e, seq) => eventRow(i.doc.id, seq, e))),
  );
}

async function markNearDuplicateIn(trx: Transaction<Database>, id: string, originalId: string, similarity: number, reason: string): Promise<void> {
  await trx
    .updateTable('documents')
    .set({ near_duplicate_of: originalId, similarity, coded: false, not_coded_reason: reason })
    .where('id', '=', id)
    .execute();
  for (const table of ['events', 'quotes', 'actors'] as const) await trx.deleteFrom(table).where('document_id', '=', id).execute();
  await trx.updateTable('document_minhash').set({ bands: [] }).where('document_id', '=', id).execute();
}

/**
 * The planner costs `&&` like any operator and picks a sequential scan on small and mid-sized tables, but
 * with a batch's hundreds of keys each row's overlap test is hundreds of comparisons per stored key: the
 * band index is always the cheaper path here, which the lookup functions (migration 005) enforce.
 */
async function candidatesIn(db: Kysely<Database>, keys: number[], known?: ReadonlySet<string>): Promise<NearDuplicateCandidate[]> {
  if (keys.length === 0) return [];
  let rows: { document_id: string; signature: Uint8Array }[];
  if (known && known.size > 0) {
    // Ids first: the signatures of documents already compared need not travel again.
    const ids = (await sql<{ document_id: string }>`select document_id from near_duplicate_candidate_ids(${keys}::integer[])`.execute(db)).rows
      .map((r) => r.document_id)
      .filter((id) => !known.has(id));
    rows = ids.length === 0 ? [] : await db.selectFrom('document_minhash').select(['document_id', 'signature']).where(sql<boolean>`document_id = any(${ids}::text[])`).execute();
  } else {
    rows = (await sql<{ document_id: string; signature: Uint8Array }>`select document_id, signature from near_duplicate_candidates(${keys}::integer[])`.execute(db)).rows;
  }
  return rows.map((r) => ({ id: r.document_id, signature: signatureFromBytes(r.signature) }));
}

type InsertableTable = 'documents' | 'document_minhash' | 'actors' | 'quotes' | 'events';

async function insertChunked<T extends InsertableTable>(
  trx: Transaction<Database>,
  table: T,
  rows: Parameters<ReturnType<Transaction<Database>['insertInto']>['values']>[0][],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const chunk = rows.slice(i, i + BATCH_ROWS) as never;
    await trx.insertInto(table).values(chunk).execute();
  }
}

/** A COPY statement ends after this many rows or once its data holds this many characters. */
const COPY_CHUNK_CHARS = 16 * 1024 * 1024;

async function copyRows(trx: Transaction<Database>, table: 'documents' | 'document_minhash', rows: Record<string, CopyValue>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const statement = `copy ${table} (${columns.join(', ')}) from '/dev/blob'`;
  let chunk: string[] = [];
  let chars = 0;
  for (const row of rows) {
    const line = copyLine(columns.map((column) => row[column]));
    chunk.push(line);
    chars += line.length;
    if (chunk.length >= BATCH_ROWS || chars >= COPY_CHUNK_CHARS) {
      await trx.executeQuery(copyFromBlob(statement, chunk.join('')));
      chunk = [];
      chars = 0;
    }
  }
  if (chunk.length > 0) await trx.executeQuery(copyFromBlob(statement, chunk.join('')));
}

function documentRow(item: DocumentToSave) {
  const d = item.doc;
  return {
    id: d.id,
    source: d.source,
    title: d.title,
    lang: d.lang,
    lang_score: d.langScore ?? null,
    published: d.published,
    published_from: d.publishedFrom ?? null,
    raw: d.raw,
    text: d.text,
    removed_boilerplate: JSON.stringify(d.removedBoilerplate),
    near_duplicate_of: item.nearDuplicateOf ?? null,
    similarity: item.similarity ?? null,
    coded: item.record !== null,
    not_coded_reason: item.record ? null : (item.notCodedReason ?? null),
  };
}

/** The stable id of an event mention: its document and its rank in that document. */
export function eventId(documentId: string, seq: number): string {
  return `${documentId.slice(0, 16)}-${seq}`;
}

function eventRow(documentId: string, seq: number, e: CodedEvent) {
  return {
    id: eventId(documentId, seq),
    document_id: documentId,
    seq,
    type: e.type,
    actor: e.actor,
    target: e.target,
    polarity: e.polarity,
    attributed_to: e.attributedTo,
    date_value: e.date.value,
    date_precision: e.date.precision,
    date_text: e.date.text,
    evidence_text: e.evidence.text,
    evidence_start: e.evidence.start,
    evidence_end: e.evidence.end,
    attributes: JSON.stringify(e.attributes ?? {}),
    confidence: e.confidence,
  };
}

function toStoredDocument(r: Database['documents'] extends infer T ? { [K in keyof T]: unknown } : never): StoredDocument {
  const row = r as Record<string, unknown>;
  return {
    id: row.id as string,
    source: row.source as string,
    title: (row.title as string | null) ?? null,
    lang: row.lang as string,
    langScore: (row.lang_score as number | null) ?? undefined,
    published: (row.published as string | null) ?? null,
    publishedFrom: (row.published_from as StoredDocument['publishedFrom']) ?? null,
    raw: row.raw as string,
    text: row.text as string,
    removedBoilerplate: (row.removed_boilerplate as string[]) ?? [],
    nearDuplicateOf: (row.near_duplicate_of as string | null) ?? null,
    similarity: (row.similarity as number | null) ?? null,
    coded: row.coded as boolean,
    notCodedReason: (row.not_coded_reason as string | null) ?? null,
    ingestedAt: new Date(row.ingested_at as string | Date).toISOString(),
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** True when a folder already holds an embedded store. */
export function hasEmbeddedStore(dataDir: string): boolean {
  return existsSync(join(resolve(dataDir), 'pgdata'));
}
