// The CODE stage: cleaned document -> coded record (ontology §5). Pure, synchronous, deterministic.
// Pipeline over one document model: tokens -> sentences -> gazetteer mentions -> quotes & speakers
// (coreference-lite) -> event triggers -> polarity -> actor/target/attribution -> dates -> attributes.
// Decisions: `Quote.direct` is true for a quoted passage standing as the speaker's words, false for a short
// quoted phrase embedded in the narrator's sentence (partial quote; its speaker is the subject of the reporting
// verb); partial quotes of one speaker a few words apart are joined as "a […] b". A paragraph repeating an
// earlier one word for word (a title printed twice) yields no events again. Evidence is the sentence (a window
// of at most 600 characters around the trigger in a run-on text).
import { documentMeta, type ActorMentionSummary, type CodedEvent, type CodedRecord, type DateValue, type EventAttributes, type Quote, type Span } from '../types.js';
import { extractAttributes } from './attributes/index.js';
import { resolveDates, type DateMention } from './dates/index.js';
import { holdsDateHead } from './date-words.js';
import { datesLexicon, phraseSource } from './dates/lexicon.js';
import { findSequel, isDateline, shiftDay, type Sequel } from './dates/sequel.js';
import { analyseDiscourse, type Discourse, type QuoteSpan } from './discourse.js';
import { detectEvents, type DraftEvent } from './events.js';
import { gazetteer, type Mention } from './gazetteer.js';
import { wordIdsOf } from './pattern.js';
import { segment, type Segmented } from './segment.js';

export interface ExtractInput {
  id: string;
  source: string;
  title: string | null;
  lang: string;
  published: string | null;
  text: string;
  removedBoilerplate: string[];
}

export const SUPPORTED_LANGUAGES: readonly string[] = ['fr', 'en'];

/** Longest evidence kept for one event: a longer sentence is cut to a window around the trigger. */
const MAX_EVIDENCE = 600;

/** Pure, synchronous, deterministic. Unsupported language → record with empty lists and `notCoded` saying why. */
export function extract(doc: ExtractInput): CodedRecord {
  const document = documentMeta(doc);
  if (!SUPPORTED_LANGUAGES.includes(doc.lang)) {
    return { document, actors: [], quotes: [], events: [], notCoded: `language "${doc.lang}" is not supported by the extractor (supported: ${SUPPORTED_LANGUAGES.join(', ')})` };
  }
  const text = doc.text;
  const seg = segment(text);
  const mentions = gazetteer().match(seg.tokens, doc.published);
  const disc = analyseDiscourse(seg, mentions);
  const drafts = detectEvents(seg, mentions, disc);
  const sequelOf = sequelsOf(text, seg);
  const dates = datesNear(text, seg, drafts, doc.published, doc.lang, sequelOf);
  const quotes = buildQuotes(text, disc);
  const attributeCache = new Map<number, EventAttributes>();
  const events = drafts.map((d) => buildEvent(text, seg, disc, d, dates, doc.lang, doc.published, attributeCache, sequelOf));
  return { document, actors: summariseActors(mentions, quotes), quotes, events };
}

/** The sequel ("le lendemain", "two days later") of a sentence, looked for once per sentence of the document. */
type SequelOf = (sentence: number) => Sequel | null;

function sequelsOf(text: string, seg: Segmented): SequelOf {
  const found = new Map<number, Sequel | null>();
  return (i) => {
    let sequel = found.get(i);
    if (sequel === undefined) {
      sequel = findSequel(text.slice(seg.sentences[i].start, seg.sentences[i].end));
      found.set(i, sequel);
    }
    return sequel;
  };
}

function buildEvent(
  text: string,
  seg: Segmented,
  disc: Discourse,
  d: DraftEvent,
  dates: DateMention[],
  lang: string,
  published: string | null,
  cache: Map<number, EventAttributes>,
  sequelOf: SequelOf,
): CodedEvent {
  const sent = seg.sentences[d.sentence];
  const evidence = evidenceSpan(text, seg, d);
  let attributes = cache.get(d.sentence);
  if (!attributes) {
    try {
      attributes = extractAttributes(evidence.text, lang);
    } catch {
      attributes = {};
    }
    cache.set(d.sentence, attributes);
  }
  // Each event owns its attribute object (later stages may add keys).
  attributes = { ...attributes };
  return {
    type: d.type,
    actor: d.actor,
    target: d.target,
    polarity: d.polarity,
    attributedTo: d.attributedTo,
    date: chooseDate(text, seg, disc, d, dates, published, sequelOf),
    evidence,
    attributes,
    confidence: d.confidence,
  };
}

function evidenceSpan(text: string, seg: Segmented, d: DraftEvent): Span {
  const sent = seg.sentences[d.sentence];
  let start = sent.start;
  let end = sent.end;
  if (end - start > MAX_EVIDENCE) {
    const ts = seg.tokens[d.trigStart].start;
    const te = seg.tokens[d.trigEnd - 1].end;
    start = Math.max(sent.start, ts - 250);
    end = Math.min(sent.end, te + 250);
    // Snap to token boundaries.
    while (start > sent.start && /\S/.test(text[start - 1])) start--;
    while (end < sent.end && /\S/.test(text[end])) end++;
  }
  return { start, end, text: text.slice(start, end) };
}

/**
 * Date mentions of the sentences an event may take its date from (its own, its quote's cue sentence, its
 * paragraph's first sentence), resolved sentence by sentence: the dates engine never reads the whole text.
 */
function datesNear(text: string, seg: Segmented, drafts: DraftEvent[], published: string | null, lang: string, sequelOf: SequelOf): DateMention[] {
  // Only sentences that can hold a date: a number, or a head word of the dates lexicon (month, weekday,
  // season, relative day, calendar unit). A date expression without one of these does not exist there.
  const wordIds = wordIdsOf(seg.tokens);
  const holdsDate = new Uint8Array(seg.sentences.length); // 0 not yet known, 1 no, 2 yes
  const mayHoldDate = (si: number): boolean => {
    if (holdsDate[si] === 0) {
      const s = seg.sentences[si];
      let found = false;
      for (let k = s.tokStart; k < s.tokEnd && !found; k++) {
        const t = seg.tokens[k];
        if (t.kind === 'number' || holdsDateHead.get(wordIds[k], t.norm)) found = true;
      }
      holdsDate[si] = found ? 2 : 1;
    }
    return holdsDate[si] === 2;
  };
  const wanted = new Set<number>();
  for (const d of drafts) {
    wanted.add(d.sentence);
    wanted.add(d.cueSentence);
    wanted.add(seg.paragraphs[seg.sentences[d.sentence].paragraph].sentStart);
    // "Le lendemain, ...": the sentences before may hold the date it counts from (the sequel is looked for
    // only when one of them can hold a date at all).
    const from = Math.max(0, d.sentence - SEQUEL_LOOKBACK);
    let lookback = false;
    for (let b = from; b < d.sentence && !lookback; b++) lookback = mayHoldDate(b);
    if (lookback && sequelOf(d.sentence)) for (let b = from; b < d.sentence; b++) wanted.add(b);
  }
  for (const si of [...wanted]) if (!mayHoldDate(si)) wanted.delete(si);
  if (wanted.size === 0) return [];
  // One call over the wanted sentences joined by blank lines; offsets are mapped back piece by piece.
  const pieces: Array<{ at: number; start: number; end: number }> = [];
  let joined = '';
  for (const si of [...wanted].sort((a, b) => a - b)) {
    const s = seg.sentences[si];
    if (joined.length > 0) joined += '\n\n';
    pieces.push({ at: joined.length, start: s.start, end: s.end });
    joined += text.slice(s.start, s.end);
  }
  const out: DateMention[] = [];
  let p = 0;
  for (const m of resolveDates(joined, { published, lang }).sort((a, b) => a.start - b.start)) {
    if (m.value === null) continue;
    while (p + 1 < pieces.length && pieces[p + 1].at <= m.start) p++;
    const piece = pieces[p];
    const start = m.start - piece.at + piece.start;
    const end = m.end - piece.at + piece.start;
    if (end > piece.end) continue; // a mention across two joined sentences is an artefact
    out.push({ ...m, start, end });
  }
  return out;
}

/** How many sentences back a sequel ("le lendemain", "two days later") looks for the date it counts from. */
const SEQUEL_LOOKBACK = 5;

/**
 * Same clause, then same sentence (nearest), then the sentence of the quote's cue, then a sequel ("le lendemain")
 * counted from the last day-precise date before, then the paragraph's first sentence, then a live-blog stamp.
 */
function chooseDate(text: string, seg: Segmented, disc: Discourse, d: DraftEvent, usable: DateMention[], published: string | null, sequelOf: SequelOf): DateValue {
  const sent = seg.sentences[d.sentence];
  const trigStart = seg.tokens[d.trigStart].start;
  let pick = nearestDate(withoutDatelines(text, seg, datesIn(usable, sent.start, sent.end)), trigStart);
  if (!pick && d.cueSentence !== d.sentence) {
    const cs = seg.sentences[d.cueSentence];
    pick = nearestDate(datesIn(usable, cs.start, cs.end), trigStart);
  }
  if (!pick) {
    // The sequel is looked for only when there is a day-precise date before to count from.
    const from = seg.sentences[Math.max(0, d.sentence - SEQUEL_LOOKBACK)].start;
    const before = withoutDatelines(text, seg, datesIn(usable, from, sent.start)).filter((m) => m.precision === 'day' && m.value !== null);
    const anchor = before[before.length - 1];
    const sequel = anchor?.value ? sequelOf(d.sentence) : null;
    const value = anchor?.value && sequel ? shiftDay(anchor.value, sequel.offset) : null;
    if (sequel && value) return { value, precision: 'day', text: sequel.text };
  }
  if (!pick) {
    const para = seg.paragraphs[sent.paragraph];
    const first = seg.sentences[para.sentStart];
    if (first.index !== sent.index) pick = nearestDate(datesIn(usable, first.start, first.end), trigStart);
  }
  if (!pick) {
    // A live-blog entry opening with a clock time ("19:45", "10h32 –") happened on the day of the page.
    const stamp = clockStamp(seg, sent.paragraph);
    if (stamp && published) return { value: published, precision: 'day', text: stamp };
    return { value: null, precision: 'unknown', text: '' };
  }
  if (pick.value && !/\d{4}/.test(pick.text) && followedBy(previousYearRe(), text, pick.end)) {
    // "in December last year": the year before the page's, not before the December the month alone resolved to.
    const year = Number((published ?? pick.value).slice(0, 4)) - 1;
    return { value: String(year) + pick.value.slice(4), precision: pick.precision, text: text.slice(pick.start, pick.end) };
  }
  const year = pick.value ? sameYearAs(text, pick.start, pick.end) : null;
  if (year && pick.value) return { value: year + pick.value.slice(4), precision: pick.precision, text: text.slice(pick.start, pick.end) };
  return { value: pick.value, precision: pick.precision, text: pick.text };
}

let sameYearRe: RegExp | null = null;
let prevYearRe: RegExp | null = null;

/** A regex matching one of the phrases right at the start of a string (after spaces and a comma). */
function phrasesAtStart(phrases: readonly string[]): RegExp {
  const alts = phrases.map(phraseSource);
  return alts.length ? new RegExp(`^\\s*,?\\s*(?:${alts.join('|')})(?![\\p{L}])`, 'iu') : /(?!)/;
}

function previousYearRe(): RegExp {
  const lex = datesLexicon();
  return (prevYearRe ??= phrasesAtStart([...lex.previousYear.fr, ...lex.previousYear.en]));
}

function followedBy(re: RegExp, text: string, end: number): boolean {
  return re.test(text.slice(end, end + 30));
}
const WRITTEN_YEAR = /(?<![\d/.-])(1[89]\d\d|20\d\d)(?![\d/])(?![.-]\d)/g;

/**
 * "In November of that year", "en septembre de la même année": the year last written out in the text before the
 * date (dates.yaml `sameYear`), or null when the date is not followed by such a phrase.
 */
function sameYearAs(text: string, start: number, end: number): string | null {
  const lex = datesLexicon();
  sameYearRe ??= phrasesAtStart([...lex.sameYear.fr, ...lex.sameYear.en]);
  if (!followedBy(sameYearRe, text, end)) return null;
  let year: string | null = null;
  for (const m of text.slice(Math.max(0, start - 3000), start).matchAll(WRITTEN_YEAR)) year = m[1];
  return year;
}

const CLOCK_TIME = /^(?:[01]?\d|2[0-3])h[0-5]\d$/;

/**
 * The clock time opening a paragraph ("19:45", "10h32"), or null. A line without one right after stamped lines
 * ("Il a aussi indiqué...") continues the entry above.
 */
function clockStamp(seg: Segmented, paragraph: number): string | null {
  for (let p = paragraph; p >= 0 && p >= paragraph - 2; p--) {
    const stamp = ownClockStamp(seg, p);
    if (stamp) return stamp;
  }
  return null;
}

function ownClockStamp(seg: Segmented, paragraph: number): string | null {
  const { tokens } = seg;
  const k = seg.paragraphs[paragraph].tokStart;
  const first = tokens[k];
  if (!first || first.kind !== 'number') return null;
  if (CLOCK_TIME.test(first.norm)) return first.text;
  const hours = Number(first.text);
  if (tokens[k + 1]?.text === ':' && tokens[k + 2]?.kind === 'number' && /^\d{2}$/.test(tokens[k + 2].text) && Number.isInteger(hours) && hours < 24 && first.text.length <= 2) return `${first.text}:${tokens[k + 2].text}`;
  return null;
}

/** Drops dispatch datelines ("BEIJING, Sept 28 -") from a sentence's dates when it names another date. */
function withoutDatelines(text: string, seg: Segmented, list: DateMention[]): DateMention[] {
  if (list.length < 2) return list;
  const kept = list.filter((m) => {
    const lineStart = lineStartWithin(text, m.start, MAX_DATELINE_LEAD);
    return lineStart < 0 || !isDateline(text, lineStart, m.start, m.end);
  });
  return kept.length > 0 ? kept : list;
}

/** A dateline's place and comma ("BEIJING, ") are short: a date further into its line is no dateline's. */
const MAX_DATELINE_LEAD = 64;

/**
 * Where the line holding `at` starts, when that is at most `window` characters back; -1 otherwise. Bounded so that a
 * long line without breaks (a 5 MB run-on paragraph) is not scanned back to its start for every date in it.
 */
function lineStartWithin(text: string, at: number, window: number): number {
  for (let k = at - 1; k >= Math.max(0, at - window); k--) if (text.charCodeAt(k) === 10) return k + 1;
  return at <= window ? 0 : -1;
}

/** Mentions of `usable` (sorted by start) lying within [a, b). */
function datesIn(usable: DateMention[], a: number, b: number): DateMention[] {
  // usable is sorted by start: binary search the first mention at or after a.
  let lo = 0;
  let hi = usable.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (usable[mid].start < a) lo = mid + 1;
    else hi = mid;
  }
  const out: DateMention[] = [];
  for (let k = lo; k < usable.length && usable[k].start < b; k++) if (usable[k].end <= b) out.push(usable[k]);
  return out;
}

/** The mention starting nearest to `trigStart` (the first one on a tie), or null. */
function nearestDate(list: DateMention[], trigStart: number): DateMention | null {
  return list.reduce<DateMention | null>((best, m) => (best === null || Math.abs(m.start - trigStart) < Math.abs(best.start - trigStart) ? m : best), null);
}

function buildQuotes(text: string, disc: Discourse): Quote[] {
  const out: Array<{ q: QuoteSpan; quote: Quote }> = [];
  for (const q of disc.quotes) {
    if (!q.speaker) continue;
    const raw = text.slice(q.start, q.end).trim();
    const shape = wordShape(raw);
    if (shape.words < 2) continue; // a single quoted word is a term, not speech
    if (shape.words <= 3 && shape.allCapitalised) continue; // a quoted name ("Steadfast Noon")
    const quote: Quote = {
      speaker: { id: q.speaker.vague ? null : q.speaker.id, name: q.speaker.name },
      text: raw,
      direct: !q.partial,
      cue: q.cue,
      start: q.start,
      end: q.end,
    };
    // Partial quotes of one speaker in one sentence, a few words apart, are one quotation "a […] b".
    const prev = out[out.length - 1];
    const cueBetween = prev ? disc.frames[q.sentence].some((f) => f.cueStart > prev.q.close && f.cueStart < q.open) : false;
    if (prev && !cueBetween && prev.q.partial && q.partial && prev.q.sentence === q.sentence && prev.quote.speaker.id === quote.speaker.id && prev.quote.speaker.name === quote.speaker.name && q.open - prev.q.close <= 7) {
      prev.quote.text = `${prev.quote.text} […] ${raw}`;
      prev.quote.end = q.end;
      continue;
    }
    out.push({ q, quote });
  }
  return out.map((o) => o.quote);
}

const NON_SPACE_RUN = /\S+/g;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const STARTS_CAPITALISED = /^\p{Lu}/u;

/**
 * The words of `raw` (runs of non-whitespace) holding a letter or digit, counted up to 4 (more does
 * not matter to the caller), and whether all those counted start with a capital letter.
 */
function wordShape(raw: string): { words: number; allCapitalised: boolean } {
  let words = 0;
  let allCapitalised = true;
  NON_SPACE_RUN.lastIndex = 0;
  for (let m = NON_SPACE_RUN.exec(raw); m !== null && words < 4; m = NON_SPACE_RUN.exec(raw)) {
    const w = m[0];
    if (!HAS_LETTER_OR_DIGIT.test(w)) continue;
    words++;
    if (!STARTS_CAPITALISED.test(w)) allCapitalised = false;
  }
  return { words, allCapitalised };
}

function summariseActors(mentions: Mention[], quotes: Quote[]): ActorMentionSummary[] {
  const gaz = gazetteer();
  const byKey = new Map<string, ActorMentionSummary>();
  for (const m of mentions) {
    const id = m.kind === 'adjective' ? m.state : m.id;
    const key = id ?? `?${m.text}`;
    let entry = byKey.get(key);
    if (!entry) {
      const info = id ? gaz.actors.get(id) : undefined;
      entry = {
        id,
        name: info?.name ?? m.text,
        kind: info?.kind ?? (m.kind === 'role' ? 'person' : 'unknown'),
        state: info ? info.state : m.state,
        mentions: [],
      };
      byKey.set(key, entry);
    }
    entry.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  for (const q of quotes) {
    if (q.speaker.id !== null || byKey.has(`?${q.speaker.name}`)) continue;
    byKey.set(`?${q.speaker.name}`, { id: null, name: q.speaker.name, kind: 'person', state: null, mentions: [] });
  }
  return [...byKey.values()];
}
