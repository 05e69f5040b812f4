// Ingest: read → drop duplicates → code → keep, in transactional batches.
// Used by the CLI, the HTTP API, watch mode and the stream workers alike.
import { extract, SUPPORTED_LANGUAGES } from '../code/index.js';
import { minhashOf, NEAR_DUPLICATE_THRESHOLD, readInputs, similarity, type ReadOptions } from '../read/index.js';
import type { DocumentToSave, Store } from '../store/store.js';
import type { CodedRecord, ReadDocument } from '../types.js';

export interface IngestReport {
  /** Documents read successfully from the inputs. */
  read: number;
  /** New distinct documents (near-duplicates are counted apart, though they are kept too). */
  new: number;
  duplicate: number;
  nearDuplicate: number;
  /** New documents kept but not coded (unsupported language). */
  notCoded: number;
  events: number;
  quotes: number;
  failed: { input: string; error: string }[];
  /** Ids of every document kept by this run (new and near-duplicates), in input order. */
  documentIds: string[];
  /** Per new document: id, and the id of the first copy when it is a near-duplicate. */
  documents: { id: string; source: string; nearDuplicateOf: string | null; events: number }[];
}

export interface IngestOptions extends ReadOptions {
  /** Documents per transaction (default 200). */
  batchSize?: number;
  onProgress?: (report: IngestReport) => void;
  /** Called after each committed batch, e.g. to refresh derived tables. */
  afterBatch?: (store: Store, saved: DocumentToSave[]) => Promise<void>;
}

export function emptyReport(): IngestReport {
  return { read: 0, new: 0, duplicate: 0, nearDuplicate: 0, notCoded: 0, events: 0, quotes: 0, failed: [], documentIds: [], documents: [] };
}

/** Reads every input and keeps what is new. A bad input is reported and the rest goes on. */
export async function ingest(store: Store, inputs: string[], options: IngestOptions = {}): Promise<IngestReport> {
  const report = emptyReport();
  const batcher = new Batcher(store, report, options);
  for await (const outcome of readInputs(inputs, options)) {
    if (!outcome.ok) {
      report.failed.push({ input: outcome.input, error: outcome.error });
      options.onProgress?.(report);
      continue;
    }
    report.read++;
    await batcher.add(outcome.doc);
  }
  await batcher.flush();
  return report;
}

/** Keeps documents already read (API, watch, stream worker). */
export async function ingestDocuments(store: Store, docs: ReadDocument[], options: IngestOptions = {}): Promise<IngestReport> {
  const report = emptyReport();
  const batcher = new Batcher(store, report, options);
  for (const doc of docs) {
    report.read++;
    await batcher.add(doc);
  }
  await batcher.flush();
  return report;
}

/** Codes a document unless its language is not supported. */
export function codeDocument(doc: ReadDocument): { record: CodedRecord | null; notCodedReason: string | null } {
  if (!SUPPORTED_LANGUAGES.includes(doc.lang)) {
    return { record: null, notCodedReason: `language "${doc.lang}" is not supported for coding (stored and labelled only)` };
  }
  return { record: extract(doc), notCodedReason: null };
}

class Batcher {
  private pending: DocumentToSave[] = [];
  private readonly pendingIds = new Set<string>();
  private readonly batchSize: number;

  constructor(
    private readonly store: Store,
    private readonly report: IngestReport,
    private readonly options: IngestOptions,
  ) {
    this.batchSize = options.batchSize ?? 200;
  }

  async add(doc: ReadDocument): Promise<void> {
    if (this.pendingIds.has(doc.id) || (await this.store.hasDocument(doc.id))) {
      this.report.duplicate++;
      this.options.onProgress?.(this.report);
      return;
    }
    const minhash = minhashOf(doc.text);
    const original = await this.findNearDuplicate(minhash);
    const item: DocumentToSave = original
      ? { doc, record: null, notCodedReason: `near-duplicate of ${original.id}`, nearDuplicateOf: original.id, similarity: original.similarity, minhash }
      : { doc, ...codeDocument(doc), minhash };
    this.pending.push(item);
    this.pendingIds.add(doc.id);
    if (this.pending.length >= this.batchSize) await this.flush();
  }

  private async findNearDuplicate(minhash: { signature: number[]; bands: string[] }): Promise<{ id: string; similarity: number } | null> {
    let best: { id: string; similarity: number } | null = null;
    const consider = (id: string, signature: number[]) => {
      const s = similarity(minhash.signature, signature);
      if (s >= NEAR_DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { id, similarity: s };
    };
    for (const item of this.pending) {
      if (item.nearDuplicateOf || !item.minhash) continue;
      if (item.minhash.bands.some((band, i) => minhash.bands[i] === band)) consider(item.doc.id, item.minhash.signature);
    }
    for (const candidate of await this.store.nearDuplicateCandidates(minhash.bands)) consider(candidate.id, candidate.signature);
    return best;
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    await this.store.saveDocuments(batch);
    this.pending = [];
    this.pendingIds.clear();
    for (const item of batch) {
      const events = item.record?.events.length ?? 0;
      if (item.nearDuplicateOf) this.report.nearDuplicate++;
      else {
        this.report.new++;
        if (!item.record) this.report.notCoded++;
      }
      this.report.events += events;
      this.report.quotes += item.record?.quotes.length ?? 0;
      this.report.documentIds.push(item.doc.id);
      this.report.documents.push({ id: item.doc.id, source: item.doc.source, nearDuplicateOf: item.nearDuplicateOf ?? null, events });
    }
    await this.options.afterBatch?.(this.store, batch);
    this.options.onProgress?.(this.report);
  }
}
