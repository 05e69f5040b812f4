// Ingest: read → drop duplicates → code → keep, in transactional batches.
// Used by the CLI, the HTTP API, watch mode and the stream workers alike.
import { extract, SUPPORTED_LANGUAGES } from '../code/index.js';
import { BANDS, bandKey, minhashOf, NEAR_DUPLICATE_THRESHOLD, readInputs, ROWS_PER_BAND, similarity, type ReadOptions } from '../read/index.js';
import { type DocumentToSave, type NearDuplicateCandidate, type Store } from '../store/store.js';
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
  /** Characters (raw and cleaned text) per transaction (default 32 Mi): a few large files never make one huge batch. */
  batchChars?: number;
  onProgress?: (report: IngestReport) => void;
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

/** A document read but not yet checked against the store. */
interface Incoming {
  doc: ReadDocument;
  minhash: { signature: number[]; bands: number[] };
}

/**
 * Collects documents and keeps them batch by batch. The store is asked twice per batch (which ids it
 * has, which documents share an LSH band with the batch), not twice per document; near-duplicates
 * inside a batch are found in memory, in input order.
 */
class Batcher {
  private incoming: Incoming[] = [];
  private incomingChars = 0;
  private readonly batchSize: number;
  private readonly batchChars: number;

  constructor(
    private readonly store: Store,
    private readonly report: IngestReport,
    private readonly options: IngestOptions,
  ) {
    this.batchSize = options.batchSize ?? 200;
    this.batchChars = options.batchChars ?? 32 * 1024 * 1024;
  }

  async add(doc: ReadDocument): Promise<void> {
    this.incoming.push({ doc, minhash: minhashOf(doc.text) });
    this.incomingChars += doc.raw.length + doc.text.length;
    if (this.incoming.length >= this.batchSize || this.incomingChars >= this.batchChars) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.incoming.length === 0) return;
    const incoming = this.incoming;
    this.incoming = [];
    this.incomingChars = 0;
    const known = await this.store.existingDocumentIds(incoming.map((i) => i.doc.id));
    const fresh = incoming.filter((i) => !known.has(i.doc.id));
    const stored = await this.store.nearDuplicateCandidates([...new Set(fresh.flatMap((i) => i.minhash.bands))]);

    const batch: DocumentToSave[] = [];
    const originals = new CandidateIndex();
    for (const candidate of stored) originals.add(candidate.id, candidate.signature);
    const seen = new Set<string>();
    for (const item of incoming) {
      if (known.has(item.doc.id) || seen.has(item.doc.id)) {
        this.report.duplicate++;
        continue;
      }
      seen.add(item.doc.id);
      const original = originals.bestMatch(item.minhash.signature);
      if (original) {
        batch.push(nearDuplicate(item.doc, item.minhash, original));
      } else {
        batch.push({ doc: item.doc, ...codeDocument(item.doc), minhash: item.minhash });
        originals.add(item.doc.id, item.minhash.signature);
      }
    }
    const saved = batch.length === 0 ? batch : await this.save(batch, new Set(stored.map((c) => c.id)));
    for (const item of saved) this.count(item);
    this.options.onProgress?.(this.report);
  }

  /**
   * Saves the batch. On a server store other writers (stream workers) may have kept, since the check
   * above, an original that some document of this batch copies. So, in the same transaction, after the
   * rows are written, the check is repeated under the store's save lock, held only for that check and
   * the commit, and such documents become near-duplicates: one story is never coded twice. The embedded
   * store has one writer (its folder lock), so there the first check stands.
   */
  private async save(batch: DocumentToSave[], checked: Set<string>): Promise<DocumentToSave[]> {
    if (this.store.kind === 'embedded') {
      await this.store.saveDocuments(batch);
      return batch;
    }
    const known = new Set([...checked, ...batch.map((item) => item.doc.id)]);
    const keys = [...new Set(batch.flatMap((item) => (!item.nearDuplicateOf && item.minhash ? item.minhash.bands : [])))];
    return this.store.transaction(async (tx) => {
      await tx.saveDocuments(batch);
      await tx.lockSaves();
      const late = await tx.nearDuplicateCandidates(keys, known);
      if (late.length === 0) return batch;
      const final = demoteLateCopies(batch, late);
      for (let i = 0; i < batch.length; i++) {
        const item = final[i];
        if (item !== batch[i]) await tx.markNearDuplicate(item.doc.id, item.nearDuplicateOf!, item.similarity!, item.notCodedReason!);
      }
      return final;
    });
  }

  private count(item: DocumentToSave): void {
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
}

/** The batch with each original that copies one of `late` (kept meanwhile by another writer) turned into its near-duplicate. */
function demoteLateCopies(batch: DocumentToSave[], late: NearDuplicateCandidate[]): DocumentToSave[] {
  const index = new CandidateIndex();
  for (const candidate of late) index.add(candidate.id, candidate.signature);
  return batch.map((item) => {
    if (item.nearDuplicateOf || !item.minhash) return item;
    const original = index.bestMatch(item.minhash.signature);
    return original ? nearDuplicate(item.doc, item.minhash, original) : item;
  });
}

function nearDuplicate(doc: ReadDocument, minhash: Incoming['minhash'], original: { id: string; similarity: number }): DocumentToSave {
  return { doc, record: null, notCodedReason: `near-duplicate of ${original.id}`, nearDuplicateOf: original.id, similarity: original.similarity, minhash };
}

interface Candidate {
  id: string;
  signature: number[];
  /** Rank of addition: among equally similar candidates the first added wins. */
  rank: number;
}

/**
 * Original documents indexed by LSH band, so that a document meets only the candidates it shares a band
 * with (the same values in the same band: what the store's band keys say, compared as numbers).
 */
class CandidateIndex {
  private readonly byBand = new Map<number, Candidate[]>();
  private size = 0;

  add(id: string, signature: number[]): void {
    const candidate: Candidate = { id, signature, rank: this.size++ };
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(signature, band);
      const list = this.byBand.get(key);
      if (list) list.push(candidate);
      else this.byBand.set(key, [candidate]);
    }
  }

  /** The most similar candidate sharing at least one band, when it clears the threshold. */
  bestMatch(signature: number[]): { id: string; similarity: number } | null {
    let best: Candidate | null = null;
    let bestSimilarity = 0;
    const compared = new Set<Candidate>();
    for (let band = 0; band < BANDS; band++) {
      for (const candidate of this.byBand.get(bandKey(signature, band)) ?? []) {
        if (compared.has(candidate) || !sameBand(signature, candidate.signature, band)) continue;
        compared.add(candidate);
        const s = similarity(signature, candidate.signature);
        if (s < NEAR_DUPLICATE_THRESHOLD) continue;
        if (!best || s > bestSimilarity || (s === bestSimilarity && candidate.rank < best.rank)) {
          best = candidate;
          bestSimilarity = s;
        }
      }
    }
    return best ? { id: best.id, similarity: bestSimilarity } : null;
  }
}

function sameBand(a: number[], b: number[], band: number): boolean {
  for (let row = band * ROWS_PER_BAND; row < (band + 1) * ROWS_PER_BAND; row++) if (a[row] !== b[row]) return false;
  return true;
}
