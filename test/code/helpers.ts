// Test helpers for the CODE stage.
import { extract } from '../../src/code/index.js';
import type { CodedEvent, CodedRecord } from '../../src/types.js';

export function code(text: string, lang = 'fr', published: string | null = '2024-11-19'): CodedRecord {
  return extract({ id: 'test', source: 'test', title: null, lang, published, text, removedBoilerplate: [] });
}

export function find(record: CodedRecord, type: CodedEvent['type'], actor?: string): CodedEvent | undefined {
  return record.events.find((e) => e.type === type && (actor === undefined || e.actor === actor));
}

/** The events of one type as sorted "ACTOR:polarity" strings. */
export function actorPolarities(record: CodedRecord, type: CodedEvent['type']): string[] {
  return record.events.filter((e) => e.type === type).map((e) => `${e.actor}:${e.polarity}`).sort();
}

/** The events of one type as sorted "ACTOR:polarity:attributedTo" strings. */
export function attributions(record: CodedRecord, type: CodedEvent['type']): string[] {
  return record.events.filter((e) => e.type === type).map((e) => `${e.actor}:${e.polarity}:${e.attributedTo}`).sort();
}
