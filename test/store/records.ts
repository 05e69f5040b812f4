// Hand-made coded records for store tests (the store never needs the extractor).
import type { CodedEvent, CodedRecord, ReadDocument } from '../../src/types.js';

export function event(doc: ReadDocument, overrides: Partial<CodedEvent>): CodedEvent {
  return {
    type: 'NUCLEAR_THREAT',
    actor: 'RUS',
    target: 'USA',
    polarity: 'asserted',
    attributedTo: 'vladimir-putin',
    date: { value: doc.published, precision: 'day', text: 'mardi' },
    evidence: { start: 0, end: 20, text: doc.text.slice(0, 20) },
    attributes: { weaponClass: 'nuclear' },
    confidence: 0.75,
    ...overrides,
  };
}

export function record(doc: ReadDocument, events: CodedEvent[], speaker = 'vladimir-putin'): CodedRecord {
  return {
    document: { id: doc.id, source: doc.source, title: doc.title, lang: doc.lang, published: doc.published, removedBoilerplate: [] },
    actors: [{ id: 'RUS', name: 'Russie', kind: 'state', state: null, mentions: [{ start: 0, end: 6, text: doc.text.slice(0, 6) }] }],
    quotes: [{ speaker: { id: speaker, name: speaker }, text: 'Il est impossible de les arrêter.', direct: true, cue: 'a déclaré', start: 10, end: 40 }],
    events,
  };
}
