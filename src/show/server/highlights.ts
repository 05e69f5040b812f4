// The spans a client highlights in a document's text: evidence sentences, actor mentions and quotes.
// Only offsets and labels are sent; the client renders the text itself (never HTML from the server).
import type { StoredEvent, StoredQuote } from '../../store/store.js';
import type { ActorMentionSummary } from '../../types.js';

export type HighlightKind = 'evidence' | 'actor' | 'quote';

export interface Highlight {
  kind: HighlightKind;
  start: number;
  end: number;
  /** Event id (evidence), actor id or name (actor), speaker (quote). */
  ref: string;
  label: string;
}

export function documentHighlights(
  textLength: number,
  events: StoredEvent[],
  actors: ActorMentionSummary[],
  quotes: StoredQuote[],
): Highlight[] {
  const out: Highlight[] = [];
  const push = (h: Highlight) => {
    const start = Math.max(0, Math.min(textLength, Math.trunc(h.start)));
    const end = Math.max(start, Math.min(textLength, Math.trunc(h.end)));
    if (end > start) out.push({ ...h, start, end });
  };
  for (const e of events) {
    push({ kind: 'evidence', start: e.evidence.start, end: e.evidence.end, ref: e.id, label: `${e.type} · ${e.actor}` });
  }
  for (const a of actors) {
    for (const m of a.mentions ?? []) push({ kind: 'actor', start: m.start, end: m.end, ref: a.id ?? a.name, label: a.name });
  }
  for (const q of quotes) {
    push({ kind: 'quote', start: q.start, end: q.end, ref: q.speaker.id ?? q.speaker.name, label: q.speaker.name });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
