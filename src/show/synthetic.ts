// Synthetic coded documents for the API's tests and benchmark: fast to build, inserted with saveDocuments.
import { createHash } from 'node:crypto';
import type { DocumentToSave } from '../store/store.js';
import type { CodedEvent, EventType, ReadDocument } from '../types.js';

const ACTORS = ['RUS', 'USA', 'UKR', 'NATO', 'CHN', 'FRA', 'GBR', 'BLR'];
const TYPES: EventType[] = ['NUCLEAR_THREAT', 'WARNING', 'MISSILE_TEST', 'NUCLEAR_EXERCISE', 'MAJOR_STRIKE', 'DOCTRINE_STATEMENT', 'RISK_ASSESSMENT', 'DE_ESCALATION', 'ALERT_RAISED'];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface SyntheticOptions {
  /** Events per document (default 10). */
  eventsPerDocument?: number;
  /** First publication date (default 2022-02-24); documents are spread one per `stepDays`. */
  start?: string;
  stepDays?: number;
  /** Distinguishes batches (ids depend on it). */
  batch?: number;
}

/** `count` English documents, each with events, two actors and one quote, all spans valid. */
export function syntheticDocuments(count: number, options: SyntheticOptions = {}): DocumentToSave[] {
  const perDoc = options.eventsPerDocument ?? 10;
  const start = options.start ?? '2022-02-24';
  const step = options.stepDays ?? 1;
  const out: DocumentToSave[] = [];
  for (let i = 0; i < count; i++) {
    const n = (options.batch ?? 0) * 1_000_000 + i;
    const published = addDays(start, Math.floor((i * step) % 1200));
    const sentences: string[] = [];
    for (let k = 0; k < perDoc; k++) {
      const actor = ACTORS[(n + k) % ACTORS.length];
      sentences.push(`Report ${n}.${k}: officials said ${actor} issued a statement about the situation on ${published}.`);
    }
    sentences.push(`"We will respond to any threat," the spokesman said in report ${n}.`);
    const text = sentences.join(' ');
    const id = createHash('sha256').update(text).digest('hex');
    const doc: ReadDocument = {
      id,
      source: `synthetic://report/${n}`,
      title: `Synthetic report ${n}`,
      lang: 'en',
      published,
      removedBoilerplate: ['Subscribe to our newsletter'],
      raw: text,
      text,
    };
    let offset = 0;
    const events: CodedEvent[] = [];
    const mentions: { actor: string; start: number; end: number }[] = [];
    sentences.slice(0, perDoc).forEach((sentence, k) => {
      const actor = ACTORS[(n + k) % ACTORS.length];
      const at = sentence.indexOf(actor);
      mentions.push({ actor, start: offset + at, end: offset + at + actor.length });
      events.push({
        type: TYPES[(n * 7 + k) % TYPES.length],
        actor,
        target: null,
        polarity: k % 11 === 10 ? 'negated' : 'asserted',
        attributedTo: null,
        date: { value: published, precision: 'day', text: published },
        evidence: { start: offset, end: offset + sentence.length, text: sentence },
        attributes: {},
        confidence: 0.8,
      });
      offset += sentence.length + 1;
    });
    const quoteText = 'We will respond to any threat,';
    const quoteStart = text.indexOf(quoteText);
    const byActor = new Map<string, { start: number; end: number; text: string }[]>();
    for (const m of mentions) {
      const list = byActor.get(m.actor) ?? [];
      list.push({ start: m.start, end: m.end, text: m.actor });
      byActor.set(m.actor, list);
    }
    out.push({
      doc,
      record: {
        document: { id, source: doc.source, title: doc.title, lang: 'en', published, removedBoilerplate: doc.removedBoilerplate },
        actors: [...byActor.entries()].map(([actor, list]) => ({ id: actor, name: actor, kind: actor === 'NATO' ? 'alliance' : 'state', mentions: list })),
        quotes: [{ speaker: { id: null, name: 'the spokesman' }, text: quoteText, direct: true, cue: 'said', start: quoteStart, end: quoteStart + quoteText.length }],
        events,
      },
    });
  }
  return out;
}
