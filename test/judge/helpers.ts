// Small event sets for the judge and estimate tests.
import type { StoredEvent } from '../../src/store/store.js';
import type { EventType, Polarity } from '../../src/types.js';

let counter = 0;

export interface EventSpec {
  type: EventType;
  actor: string;
  target?: string | null;
  polarity?: Polarity;
  date: string;
  text?: string;
  attributedTo?: string | null;
  attributes?: StoredEvent['attributes'];
  confidence?: number;
  id?: string;
  documentId?: string;
  source?: string;
  published?: string | null;
  precision?: 'day' | 'month' | 'year' | 'unknown';
}

export function ev(spec: EventSpec): StoredEvent {
  counter += 1;
  const id = spec.id ?? `t${String(counter).padStart(5, '0')}-0`;
  const text = spec.text ?? `${spec.actor} ${spec.type} ${spec.date}`;
  return {
    id,
    documentId: spec.documentId ?? `doc-${id}`,
    source: spec.source ?? `test://${id}`,
    published: spec.published === undefined ? spec.date : spec.published,
    type: spec.type,
    actor: spec.actor,
    target: spec.target ?? null,
    polarity: spec.polarity ?? 'asserted',
    attributedTo: spec.attributedTo === undefined ? null : spec.attributedTo,
    date: { value: spec.date, precision: spec.precision ?? 'day', text: spec.date },
    evidence: { text, start: 0, end: text.length },
    attributes: spec.attributes ?? {},
    confidence: spec.confidence ?? 0.9,
  };
}
