// Shapes of the API's answers, as the dashboard reads them.
import type { ActorMentionSummary, CodedRecord, EventType, Polarity } from '../../../types.js';

export interface ApiEvent {
  id: string;
  documentId: string;
  source: string;
  published: string | null;
  type: EventType;
  actor: string;
  target: string | null;
  polarity: Polarity;
  attributedTo: string | null;
  date: { value: string | null; precision: string; text: string };
  evidence: { start: number; end: number; text: string };
  confidence: number;
}

export interface ApiQuote {
  documentId: string;
  seq: number;
  speaker: { id: string | null; name: string };
  text: string;
  direct: boolean;
  start: number;
  end: number;
  published?: string | null;
}

export interface Page<T> {
  items: T[];
  total?: number;
  limit: number;
  offset: number;
}

export interface Overview {
  counts: { total: number; coded: number; nearDuplicates: number; events: number };
  actors: { id: string; events: number }[];
  latestDate: string | null;
  latestEvents: ApiEvent[];
  latestQuotes: ApiQuote[];
}

export interface Highlight {
  kind: 'evidence' | 'actor' | 'quote';
  start: number;
  end: number;
  ref: string;
  label: string;
}

export interface DocumentDetail {
  document: {
    id: string;
    source: string;
    title: string | null;
    lang: string;
    published: string | null;
    coded: boolean;
    notCodedReason: string | null;
    text: string;
    removedBoilerplate: string[];
  };
  events: ApiEvent[];
  actors: ActorMentionSummary[];
  quotes: ApiQuote[];
  highlights: Highlight[];
}

export interface IngestAnswer {
  status: 'new' | 'duplicate' | 'near-duplicate';
  documentId: string | null;
  report: { read: number; new: number; duplicate: number; events: number; quotes: number; failed: { input: string; error: string }[] };
  record: CodedRecord | null;
}

export interface SimulationJob {
  id: string;
  scenario: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  fraction: number | null;
  error: string | null;
}
