// Row types of the store, as Kysely sees them. Domain types live in ../types.ts.
import type { ColumnType } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export interface DocumentsTable {
  id: string;
  source: string;
  title: string | null;
  lang: string;
  lang_score: number | null;
  published: string | null;
  published_from: string | null;
  raw: string;
  text: string;
  removed_boilerplate: Json<string[]>;
  near_duplicate_of: string | null;
  similarity: number | null;
  coded: boolean;
  not_coded_reason: string | null;
  ingested_at: ColumnType<Date, string | undefined, never>;
  tsv: ColumnType<unknown, never, never>;
}

export interface DocumentMinhashTable {
  document_id: string;
  /** NUM_HASHES words of 32 bits, big-endian (see signatureToBytes). */
  signature: Uint8Array;
  /** LSH band keys (see bandKey in ../read/dedup.ts); empty for near-duplicates, which are never candidates. */
  bands: number[];
}

export interface ActorsTable {
  document_id: string;
  seq: number;
  actor_id: string | null;
  name: string;
  kind: string;
  state: string | null;
  mentions: Json<{ start: number; end: number; text: string }[]>;
}

export interface QuotesTable {
  document_id: string;
  seq: number;
  speaker_id: string | null;
  speaker_name: string;
  text: string;
  direct: boolean;
  cue: string | null;
  start_offset: number;
  end_offset: number;
}

export interface EventsTable {
  id: string;
  document_id: string;
  seq: number;
  type: string;
  actor: string;
  target: string | null;
  polarity: string;
  attributed_to: string | null;
  date_value: string | null;
  date_precision: string;
  date_text: string;
  evidence_text: string;
  evidence_start: number;
  evidence_end: number;
  attributes: Json<Record<string, unknown>>;
  confidence: number;
}

export interface Database {
  documents: DocumentsTable;
  document_minhash: DocumentMinhashTable;
  actors: ActorsTable;
  quotes: QuotesTable;
  events: EventsTable;
}

