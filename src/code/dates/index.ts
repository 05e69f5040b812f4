// Date expressions of a text, resolved against the document's publication date.
//
// Resolution rules (see also data/code/dates.yaml):
// - Absolute dates with a year ("19 novembre 2024", "November 19, 2024", "en octobre 2022",
//   "in 2022") resolve without the publication date (relative: false).
// - Anchored day counts ("au millième jour de son offensive", "the 1,000th day of the war")
//   resolve to anchor + (N - 1) days: day 1 is the anchor day (2022-02-24 + 999 = 2024-11-19).
// - Everything else is relative to `published`; when it is null the value is null,
//   the precision 'unknown', and the text is kept.
// - Weekdays follow a tense rule: the nearest tense cue in the clause decides; past (the
//   default for news) → the most recent such weekday ON OR BEFORE the publication date (an
//   article published on a Tuesday saying "a déclaré mardi" means that same day); future
//   → the first such weekday on or after it. "dernier"/"last" → strictly before,
//   "prochain"/"next" → strictly after.
// - Months without a year ("en mai", "fin septembre", "mi-octobre"): past or no cue → the
//   most recent such month on or before the publication month; future cue → the first one
//   on or after; "dernier"/"last" → strictly before; "prochain"/"next" → strictly after.
//   Day + month without a year: past → on/before, future → on/after, no cue → nearest.
// - Weeks ("cette semaine", "la semaine prochaine", "last week") have MONTH precision: the
//   month of the publication date shifted by 0/+7/-7 days; `range` gives the Monday–Sunday.
// - Seasons ("l'été 2023", "last summer") have YEAR precision (the year the season starts).
// - "il y a N jours/semaines" → day precision; N mois → month; N ans → year; vague counts
//   ("il y a quelques jours") use dates.yaml `vagueCount` with one step coarser precision.
// - Day ranges ("du 17 au 30 octobre", "10-15 October 2024"): value = first day, `range` = span.
// - chrono-node (strict fr/en parsers, loaded lazily) parses small windows around numeric
//   dates ("19/11/2024", "2024-11-19"), always with the publication date (or a fixed instant)
//   as reference; only results with a certain day, month and year are kept.
// - Not dates: durations ("depuis plus de neuf mois", "for nine months"), percentages,
//   "des 70 dernières années", numbers followed by a unit (dates.yaml notDateFollowers), bare
//   years without a date-like preposition, clock times, and names listed in notDatePhrases
//   ("Sunday Times", "Arab Spring"). English "May"/"March" count only when capitalised; a
//   capitalised "Today" inside a sentence is a programme name.
// - Overlapping candidates: the longest wins. Mentions are returned in text order.
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import type { DatePrecision } from '../../types.js';
import {
  addDays,
  addMonths,
  dayNumber,
  daysInMonth,
  fmtDay,
  fmtMonth,
  fmtYear,
  fromDayNumber,
  isValidYmd,
  isoWeekday,
  parseIsoDay,
  type Ymd,
} from './calendar.js';
import { buildGrammar, key, type Grammar, type Lang, type PeriodPart, type Shift } from './grammar.js';
import { nextMatch, scanAround, type PhraseScanner, type WordEndingScanner } from './scan.js';
import { datesLexicon } from './lexicon.js';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  value: string | null;
  precision: DatePrecision;
  relative: boolean;
  /** Optional day bounds (inclusive, YYYY-MM-DD) when the expression covers a span: weeks, parts of a month. */
  range?: { start: string; end: string };
}

export type Tense = 'past' | 'future' | null;

interface Candidate {
  start: number;
  end: number;
  value: string | null;
  precision: DatePrecision;
  relative: boolean;
  range?: { start: string; end: string };
  /** Priority of the family that found it (set once found; lower wins on equal length). */
  rank?: number;
}

const grammars = new Map<string, Grammar>();

function langsOf(lang: string): Lang[] {
  const l = (lang || '').toLowerCase().slice(0, 2);
  if (l === 'fr') return ['fr'];
  if (l === 'en') return ['en'];
  return ['fr', 'en'];
}

function grammarFor(lang: string): Grammar {
  const langs = langsOf(lang);
  const k = langs.join('+');
  let g = grammars.get(k);
  if (!g) {
    g = buildGrammar(datesLexicon(), langs);
    grammars.set(k, g);
  }
  return g;
}

// ---------------------------------------------------------------- tense

const CLAUSE_MAX = 250;

/** `[.!?\n;:«»“”"]`: characters that end a clause. */
function isClauseBreak(cu: number): boolean {
  switch (cu) {
    case 0x2e: // .
    case 0x21: // !
    case 0x3f: // ?
    case 0x0a: // \n
    case 0x3b: // ;
    case 0x3a: // :
    case 0xab: // «
    case 0xbb: // »
    case 0x201c: // “
    case 0x201d: // ”
    case 0x22: // "
      return true;
    default:
      return false;
  }
}

function isAsciiDigit(cu: number): boolean {
  return cu >= 0x30 && cu <= 0x39;
}

/** A clause break at i, except a dot between two digits ("1.5"). */
function breaksClauseAt(text: string, i: number): boolean {
  const cu = text.charCodeAt(i);
  return isClauseBreak(cu) && !(cu === 0x2e && isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1)));
}

function clauseBounds(text: string, start: number, end: number): [number, number] {
  let a = start;
  const minA = Math.max(0, start - CLAUSE_MAX);
  while (a > minA && !breaksClauseAt(text, a - 1)) a--;
  let b = end;
  const maxB = Math.min(text.length, end + CLAUSE_MAX);
  while (b < maxB && !breaksClauseAt(text, b)) b++;
  return [a, b];
}

/** A tense cue of a clause: offsets in the clause, tense, priority (lexicon word 2, auxiliary 1, suffix 0). */
type ClauseCue = readonly [s: number, e: number, t: Exclude<Tense, null>, prio: number];

/** Every tense cue of a clause, in the order they are weighed (the order breaks exact ties). */
function clauseCues(clause: string, g: Grammar): ClauseCue[] {
  const out: ClauseCue[] = [];
  const T = g.tense;
  pushPhraseCues(out, clause, T.future, 'future', 2);
  pushPhraseCues(out, clause, T.past, 'past', 2);
  pushCues(out, clause, T.pastAux, 'past', 1, null);
  if (T.futureSuffix) pushEndingCues(out, clause, T.futureSuffix, 'future', T.futureStop);
  if (T.pastEd) pushEndingCues(out, clause, T.pastEd, 'past', null);
  return out;
}

/** The matches of the global regex `re` in the clause as cues; with `stop`, words in it (and words under 3 characters) are not. */
function pushCues(out: ClauseCue[], clause: string, re: RegExp | null, t: Exclude<Tense, null>, prio: number, stop: Set<string> | null): void {
  if (!re) return;
  re.lastIndex = 0;
  for (let m = nextMatch(re, clause); m !== null; m = nextMatch(re, clause)) {
    const w = m[0];
    if (stop && (stop.has(key(w)) || w.length < 3)) continue;
    out.push([m.index, m.index + w.length, t, prio]);
  }
}

/** The lexicon words of `scanner` in the clause as cues. */
function pushPhraseCues(out: ClauseCue[], clause: string, scanner: PhraseScanner, t: Exclude<Tense, null>, prio: number): void {
  const found = scanner.scan(clause);
  for (let k = 0; k < found.length; k += 2) out.push([found[k]!, found[k + 1]!, t, prio]);
}

/** The words of the clause with one of the scanner's endings as cues (priority 0); with `stop`, as pushCues. */
function pushEndingCues(out: ClauseCue[], clause: string, scanner: WordEndingScanner, t: Exclude<Tense, null>, stop: Set<string> | null): void {
  const found = scanner.scan(clause);
  for (let k = 0; k < found.length; k += 2) {
    const s = found[k]!;
    const e = found[k + 1]!;
    if (stop && (e - s < 3 || stop.has(key(clause.slice(s, e))))) continue;
    out.push([s, e, t, 0]);
  }
}

/**
 * Tense of the clause around [start, end): the nearest past or future cue wins; null when none.
 * `cache` (per text) keeps the cues of each clause: mentions of one clause share its scan.
 */
export function tenseAround(text: string, start: number, end: number, g: Grammar, cache?: Map<number, ClauseCue[]>): Tense {
  const [a, b] = clauseBounds(text, start, end);
  const slot = a * (text.length + 1) + b;
  let cues = cache?.get(slot);
  if (!cues) {
    cues = clauseCues(text.slice(a, b), g);
    cache?.set(slot, cues);
  }
  let best: WeighedCue | null = null;
  for (const [s, e, t, prio] of cues) {
    const as = a + s;
    const ae = a + e;
    if (as < end && ae > start) continue; // inside the mention itself
    const cue: WeighedCue = { d: as >= end ? as - end : start - ae, prio, len: e - s, t };
    if (!best || betterCue(cue, best)) best = cue;
  }
  return best ? best.t : null;
}

/** A cue as weighed for one mention: its distance to it, priority, length and tense. */
interface WeighedCue {
  d: number;
  prio: number;
  len: number;
  t: Exclude<Tense, null>;
}

/**
 * The nearest cue wins; at equal distance a lexicon word beats a suffix heuristic ("scheduled" is
 * listed as future, though it ends in -ed), then the longer cue, then past.
 */
function betterCue(x: WeighedCue, y: WeighedCue): boolean {
  return x.d !== y.d ? x.d < y.d : x.prio !== y.prio ? x.prio > y.prio : x.len !== y.len ? x.len > y.len : x.t === 'past' && y.t !== 'past';
}

// ---------------------------------------------------------------- helpers

function periodRangeOfMonth(y: number, m: number, part: PeriodPart | null): { start: string; end: string } | undefined {
  if (!part) return undefined;
  const last = daysInMonth(y, m);
  const [d1, d2] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
  return { start: fmtDay({ y, m, d: d1 }), end: fmtDay({ y, m, d: d2 }) };
}

function periodRangeOfYear(y: number, part: PeriodPart | null): { start: string; end: string } | undefined {
  if (!part) return undefined;
  const [m1, m2] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
  return { start: fmtDay({ y, m: m1, d: 1 }), end: fmtDay({ y, m: m2, d: daysInMonth(y, m2) }) };
}

/** The year of a month without year, relative to the publication month. */
function yearForMonth(month: number, pub: Ymd, mode: 'onOrBefore' | 'onOrAfter' | 'before' | 'after'): number {
  switch (mode) {
    case 'onOrBefore':
      return month <= pub.m ? pub.y : pub.y - 1;
    case 'before':
      return month < pub.m ? pub.y : pub.y - 1;
    case 'onOrAfter':
      return month >= pub.m ? pub.y : pub.y + 1;
    case 'after':
      return month > pub.m ? pub.y : pub.y + 1;
  }
}

function shiftMode(shift: Shift | null, tense: Tense, onDefault: 'onOrBefore' | 'nearest'): 'onOrBefore' | 'onOrAfter' | 'before' | 'after' | 'nearest' {
  if (shift === 'last') return 'before';
  if (shift === 'next') return 'after';
  if (tense === 'future') return 'onOrAfter';
  if (tense === 'past') return 'onOrBefore';
  return onDefault;
}

function weekRange(pivot: Ymd): { start: string; end: string } {
  const monday = addDays(pivot, 1 - isoWeekday(pivot));
  return { start: fmtDay(monday), end: fmtDay(addDays(monday, 6)) };
}

function parseNumber(s: string): number {
  return Number(s.replace(/[\s\u00A0\u202F.,]/g, ''));
}

const unresolved = (start: number, end: number): Candidate => ({ start, end, value: null, precision: 'unknown', relative: true });

function monthToken(g: Grammar, raw: string | undefined): number | null {
  if (!raw) return null;
  const k = key(raw);
  const n = g.monthOf.get(k);
  if (n === undefined) return null;
  if (g.capitalOnly.has(k) && !/^\p{Lu}/u.test(raw)) return null;
  return n;
}

// ---------------------------------------------------------------- families

interface Ctx {
  text: string;
  g: Grammar;
  pub: Ymd | null;
  tenseCache: Map<number, ClauseCue[]>;
}

type Groups = Record<string, string | undefined>;

function tenseOf(ctx: Ctx, m: RegExpMatchArray): Tense {
  const start = m.index ?? 0;
  return tenseAround(ctx.text, start, start + m[0].length, ctx.g, ctx.tenseCache);
}

function resolveDayMonth(ctx: Ctx, m: RegExpMatchArray, gr: Groups, start: number, end: number): Candidate | null {
  const month = monthToken(ctx.g, gr.month);
  const last = Number(gr.day);
  // "du 10 au 15 octobre", "10-15 October": the value is the first day, `range` the span.
  const first = gr.day0 ? Number(gr.day0) : last;
  const day = first;
  if (month === null || !(day >= 1 && day <= 31) || !(last >= first && last <= 31)) return null;
  const spanOf = (y: number): { start: string; end: string } | undefined =>
    gr.day0 && isValidYmd(y, month, last) ? { start: fmtDay({ y, m: month, d: first }), end: fmtDay({ y, m: month, d: last }) } : undefined;
  if (gr.year) {
    const y = Number(gr.year);
    if (!isValidYmd(y, month, day)) return null;
    return { start, end, value: fmtDay({ y, m: month, d: day }), precision: 'day', relative: false, range: spanOf(y) };
  }
  if (!ctx.pub) return unresolved(start, end);
  const pub = ctx.pub;
  const tense = tenseOf(ctx, m);
  const pubN = dayNumber(pub.y, pub.m, pub.d);
  const options = [pub.y - 1, pub.y, pub.y + 1].filter((y) => isValidYmd(y, month, day)).map((y) => ({ y, n: dayNumber(y, month, day) }));
  let chosen: { y: number; n: number } | undefined;
  if (tense === 'past') chosen = options.filter((o) => o.n <= pubN).pop();
  else if (tense === 'future') chosen = options.find((o) => o.n >= pubN);
  else chosen = [...options].sort((a, b) => Math.abs(a.n - pubN) - Math.abs(b.n - pubN))[0];
  if (!chosen) return unresolved(start, end);
  return { start, end, value: fmtDay({ y: chosen.y, m: month, d: day }), precision: 'day', relative: true, range: spanOf(chosen.y) };
}

function resolveMonth(ctx: Ctx, m: RegExpMatchArray, gr: Groups, start: number, end: number): Candidate | null {
  const month = monthToken(ctx.g, gr.month);
  if (month === null) return null;
  const part = gr.period ? ctx.g.periodOf.get(key(gr.period)) ?? null : null;
  const shift = gr.postshift ? ctx.g.shiftOf.get(key(gr.postshift)) ?? null : gr.preshift ? ctx.g.shiftOf.get(key(gr.preshift)) ?? null : null;
  if (!gr.year && !shift && !part && !gr.prep) return null;
  if (gr.year) {
    const y = Number(gr.year);
    return { start, end, value: fmtMonth(y, month), precision: 'month', relative: false, range: periodRangeOfMonth(y, month, part) };
  }
  if (!ctx.pub) return unresolved(start, end);
  const tense = shift && shift !== 'this' ? null : tenseOf(ctx, m);
  const mode = shiftMode(shift === 'this' ? null : shift, tense, 'onOrBefore');
  const y = yearForMonth(month, ctx.pub, mode === 'nearest' ? 'onOrBefore' : mode);
  return { start, end, value: fmtMonth(y, month), precision: 'month', relative: true, range: periodRangeOfMonth(y, month, part) };
}

function resolveYear(ctx: Ctx, _m: RegExpMatchArray, gr: Groups, start: number, end: number): Candidate | null {
  const y = Number(gr.year);
  const part = gr.period ? ctx.g.periodOf.get(key(gr.period)) ?? null : null;
  return { start, end, value: fmtYear(y), precision: 'year', relative: false, range: periodRangeOfYear(y, part) };
}

function resolveYearRange(_ctx: Ctx, _m: RegExpMatchArray, gr: Groups, start: number, end: number): Candidate | null {
  const y1 = Number(gr.year);
  const y2 = Number(gr.year2);
  if (!(y2 > y1)) return null;
  return { start, end, value: fmtYear(y1), precision: 'year', relative: false, range: { start: `${fmtYear(y1)}-01-01`, end: `${fmtYear(y2)}-12-31` } };
}

function resolveWeekday(ctx: Ctx, m: RegExpMatchArray, gr: Groups, start: number, end: number): Candidate | null {
  const wd = gr.wd ? ctx.g.weekdayOf.get(key(gr.wd)) : undefined;
  if (wd === undefined) return null;
  if (!ctx.pub) return unresolved(start, end);
  const shiftWord = gr.post ?? (gr.pre && key(gr.pre) !== 'on' ? gr.pre : undefined);
  const shift = shiftWord ? ctx.g.shiftOf.get(key(shiftWord)) ?? null : null;
  const tense = shift === 'last' || shift === 'next' ? null : tenseOf(ctx, m);
  const pubWd = isoWeekday(ctx.pub);
  let offset: number;
  if (shift === 'last') offset = -((pubWd - wd + 7) % 7 || 7);
  else if (shift === 'next') offset = (wd - pubWd + 7) % 7 || 7;
  else if (tense === 'future') offset = (wd - pubWd + 7) % 7;
  else offset = -((pubWd - wd + 7) % 7);
  return { start, end, value: fmtDay(addDays(ctx.pub, offset)), precision: 'day', relative: true };
}

function resolveRelativeDay(ctx: Ctx, _m: RegExpMatchArray, gr: Groups, start: number, end: number): Candidate | null {
  const raw = gr.rd ?? '';
  const offset = ctx.g.relativeDayOf.get(key(raw));
  if (offset === undefined) return null;
  // A capitalised "Today" inside a sentence is a name (BBC Radio 4's "Today"), not a date.
  if (/^\p{Lu}/u.test(raw) && start > 0 && !/(?:^|[.!?\n"“«:])\s*$/.test(ctx.text.slice(Math.max(0, start - 4), start))) return null;
  if (!ctx.pub) return unresolved(start, end);
  return { start, end, value: fmtDay(addDays(ctx.pub, offset)), precision: 'day', relative: true };
}

function resolveUnitShift(ctx: Ctx, _m: RegExpMatchArray, gr: Groups, start: number, end: number): Candidate | null {
  const unitWord = gr.unit1 ?? gr.unit2 ?? gr.unit3;
  if (!unitWord) return null;
  const unit = ctx.g.unitOf.get(key(unitWord));
  const shift: Shift | null = gr.this ? 'this' : gr.post ? ctx.g.shiftOf.get(key(gr.post)) ?? null : gr.pre ? ctx.g.shiftOf.get(key(gr.pre)) ?? null : null;
  if (!unit || unit === 'day' || !shift) return null;
  if (!ctx.pub) return unresolved(start, end);
  const pub = ctx.pub;
  const part = gr.period ? ctx.g.periodOf.get(key(gr.period)) ?? null : null;
  const k = shift === 'last' ? -1 : shift === 'next' ? 1 : 0;
  if (unit === 'week') {
    const weekend = /end$/i.test(key(unitWord));
    const pivot = addDays(pub, 7 * k);
    const range = weekRange(pivot);
    if (weekend) {
      const sat = addDays(parseIsoDay(range.start) ?? pivot, 5);
      return { start, end, value: fmtMonth(sat.y, sat.m), precision: 'month', relative: true, range: { start: fmtDay(sat), end: range.end } };
    }
    return { start, end, value: fmtMonth(pivot.y, pivot.m), precision: 'month', relative: true, range };
  }
  if (unit === 'month') {
    const { y, m } = addMonths(pub.y, pub.m, k);
    return {
      start,
      end,
      value: fmtMonth(y, m),
      precision: 'month',
      relative: true,
      range: periodRangeOfMonth(y, m, part) ?? { start: fmtDay({ y, m, d: 1 }), end: fmtDay({ y, m, d: daysInMonth(y, m) }) },
    };
  }
  const y = pub.y + k;
  return { start, end, value: fmtYear(y), precision: 'year', relative: true, range: periodRangeOfYear(y, part) };
}

function resolveAgo(ctx: Ctx, _m: RegExpMatchArray, gr: Groups, start: number, end: number): Candidate | null {
  const sign = gr.agoFr || gr.agoEn ? -1 : gr.inFr || (gr.inEn && gr.fromNow) || gr.fromNow ? 1 : 0;
  if (sign === 0) return null;
  const unit = gr.unit ? ctx.g.unitOf.get(key(gr.unit)) : undefined;
  if (!unit || !gr.n) return null;
  let n: number | null;
  if (/^\d+$/.test(gr.n)) n = Number(gr.n);
  else {
    const w = ctx.g.numberOf.get(key(gr.n));
    if (w === undefined) return null;
    n = w;
  }
  // "dans" + a count is a date only with units of time; "in 2 days" needs "time"/"from now".
  if (!ctx.pub) return unresolved(start, end);
  const pub = ctx.pub;
  const vague = n === null;
  const count = n ?? datesLexicon().vagueCount;
  if (unit === 'day' || unit === 'week') {
    const d = addDays(pub, sign * count * (unit === 'week' ? 7 : 1));
    return vague
      ? { start, end, value: fmtMonth(d.y, d.m), precision: 'month', relative: true }
      : { start, end, value: fmtDay(d), precision: 'day', relative: true };
  }
  if (unit === 'month') {
    const { y, m } = addMonths(pub.y, pub.m, sign * count);
    return vague ? { start, end, value: fmtYear(y), precision: 'year', relative: true } : { start, end, value: fmtMonth(y, m), precision: 'month', relative: true };
  }
  if (vague) return unresolved(start, end);
  return { start, end, value: fmtYear(pub.y + sign * count), precision: 'year', relative: true };
}

function resolveSeason(ctx: Ctx, m: RegExpMatchArray, gr: Groups, start: number, end: number): Candidate | null {
  const season = gr.season ? ctx.g.seasonOf.get(key(gr.season)) : undefined;
  if (!season) return null;
  if (gr.year) return { start, end, value: gr.year, precision: 'year', relative: false };
  const pre = gr.pre ? key(gr.pre) : '';
  const shiftWord = gr.post ?? (pre ? pre : undefined);
  const shift = shiftWord ? ctx.g.shiftOf.get(key(shiftWord)) ?? null : null;
  const article = /^(?:à l'|l'|au)$/.test(pre);
  // English "spring"/"fall" and bare "summer" are too ambiguous without a determiner.
  if (!shift && !article) return null;
  if (!ctx.pub) return unresolved(start, end);
  const pubIdx = ctx.pub.y * 12 + ctx.pub.m - 1;
  const startIdx = (y: number): number => y * 12 + season.startMonth - 1;
  const years = [ctx.pub.y - 2, ctx.pub.y - 1, ctx.pub.y, ctx.pub.y + 1];
  const current = years.find((y) => startIdx(y) <= pubIdx && pubIdx < startIdx(y) + 3);
  const completed = years.filter((y) => startIdx(y) + 3 <= pubIdx).pop();
  const upcoming = years.find((y) => startIdx(y) > pubIdx);
  let y: number | undefined;
  if (shift === 'last') y = completed;
  else if (shift === 'next') y = upcoming;
  else {
    const tense = tenseOf(ctx, m);
    if (shift === 'this' && current !== undefined) y = current;
    else if (tense === 'future') y = current ?? upcoming;
    else y = current ?? (shift === 'this' ? upcoming : completed);
  }
  if (y === undefined) return unresolved(start, end);
  return { start, end, value: fmtYear(y), precision: 'year', relative: true };
}

function resolveAnchor(ctx: Ctx, _m: RegExpMatchArray, gr: Groups, start: number, end: number): Candidate | null {
  const anchor = gr.anchor ? ctx.g.anchorOf.get(key(gr.anchor)) : undefined;
  if (!anchor) return null;
  let n: number | null | undefined;
  if (gr.num) n = parseNumber(gr.num);
  else if (gr.ord) {
    const word = ctx.g.ordinalOf.get(key(gr.ord));
    n = word !== undefined ? word : parseNumber(gr.ord.replace(/\s*(?:ème|eme|è|ᵉ|e|th|st|nd|rd)$/iu, ''));
  }
  if (!n || !Number.isFinite(n) || n < 1) return null;
  const a = parseIsoDay(anchor.date);
  if (!a) return null;
  return { start, end, value: fmtDay(addDays(a, n - 1)), precision: 'day', relative: false };
}

type Resolver = (ctx: Ctx, m: RegExpMatchArray, gr: Groups, start: number, end: number) => Candidate | null;

type Family = keyof Grammar['around']['sticky'];

/** The families in priority order (on equal length, the earlier one wins) with their resolvers. */
const RESOLVERS: Record<Family, Resolver> = {
  anchor: resolveAnchor,
  dayMonth: resolveDayMonth,
  monthDay: resolveDayMonth,
  month: resolveMonth,
  year: resolveYear,
  yearRange: resolveYearRange,
  unitShift: resolveUnitShift,
  season: resolveSeason,
  ago: resolveAgo,
  weekday: resolveWeekday,
  relativeDay: resolveRelativeDay,
};

/** The families in priority order. */
const FAMILIES = Object.keys(RESOLVERS) as Family[];

/** A year of a date pattern: `(?:1[89]|20)\d{2}` at a number's start. */
function isYearAt(text: string, i: number): boolean {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  if (!((a === 0x31 && (b === 0x38 || b === 0x39)) || (a === 0x32 && b === 0x30))) return false;
  const c = text.charCodeAt(i + 2);
  const d = text.charCodeAt(i + 3);
  return c >= 0x30 && c <= 0x39 && d >= 0x30 && d <= 0x39;
}

/**
 * The matches of every family pattern in `text`, in priority order: exactly what a global scan of
 * `g.families[name]` finds, but the pattern is only tried around the words it requires (see
 * Grammar.around), so the cost is one linear pass plus a few tries per required word.
 */
export function familyMatches(text: string, g: Grammar): Array<[Family, RegExpExecArray[]]> {
  const a = g.around;
  const { starts, index } = a.finder.find(text);
  const [months, weekdays, reldays, calUnits, allUnits, seasons, anchorWords] = starts as [number[], number[], number[], number[], number[], number[], number[]];
  // Numbers that start a word: the years, and (with the anchor's words) where an anchor match starts.
  const digits = index.digitStarts;
  const years = digits.filter((i) => isYearAt(text, i));
  const anchorStarts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < anchorWords.length || j < digits.length) anchorStarts.push(j >= digits.length || (i < anchorWords.length && anchorWords[i]! < digits[j]!) ? anchorWords[i++]! : digits[j++]!);
  const heads: Record<Family, number[]> = {
    anchor: anchorStarts,
    dayMonth: months,
    monthDay: months,
    month: months,
    year: years,
    yearRange: years,
    unitShift: calUnits,
    season: seasons,
    ago: allUnits,
    weekday: weekdays,
    relativeDay: reldays,
  };
  return FAMILIES.map((family) => {
    const out: RegExpExecArray[] = [];
    const sticky = a.sticky[family];
    if (sticky && heads[family].length > 0) scanAround(text, sticky, heads[family], a.runs[family], index, (m) => void out.push(m));
    return [family, out];
  });
}

// ---------------------------------------------------------------- chrono fallback

let chronoModule: typeof Chrono | null = null;

/** chrono-node is loaded on first need (numeric dates are rare in news; its import is slow). */
function loadChrono(): typeof Chrono {
  if (!chronoModule) chronoModule = createRequire(import.meta.url)('chrono-node') as typeof Chrono;
  return chronoModule;
}

function chronoFallback(text: string, g: Grammar, pub: Ymd | null): Candidate[] {
  // Always an explicit reference instant: the publication date (noon UTC), or a fixed one
  // when unknown — only results whose day, month and year are all certain are kept, so the
  // reference never leaks into a value.
  const ref = pub ? new Date(Date.UTC(pub.y, pub.m - 1, pub.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: Candidate[] = [];
  if (!NUMERIC_DATE_NEED.test(text)) return out;
  let parsers: Chrono.Chrono[] | null = null;
  // chrono runs only on small windows around numeric date shapes ("19/11/2024", "2024-11-19"),
  // so its cost is proportional to those, not to the length of the text.
  NUMERIC_DATE.lastIndex = 0;
  let lastEnd = 0;
  for (const hit of text.matchAll(NUMERIC_DATE)) {
    const from = Math.max(lastEnd, (hit.index ?? 0) - 20);
    const to = Math.min(text.length, (hit.index ?? 0) + hit[0].length + 20);
    if (to <= from) continue;
    lastEnd = to;
    const window = text.slice(from, to);
    if (!parsers) {
      const chrono = loadChrono();
      parsers = g.langs.map((l) => (l === 'fr' ? chrono.fr.strict : chrono.en.strict));
    }
    for (const parser of parsers) {
      for (const r of parser.parse(window, { instant: ref, timezone: 0 })) {
        const c = fromChrono(r, text, from);
        if (c) out.push(c);
      }
    }
  }
  return out;
}

/** What every NUMERIC_DATE match contains (a cheap test before its scan). */
const NUMERIC_DATE_NEED = /\d[/.\-]\d/;
const NUMERIC_DATE = /(?<![\p{L}\p{N}])\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?![\p{L}\p{N}])/gu;

function fromChrono(r: Chrono.ParsedResult, text: string, offset: number): Candidate | null {
  const c = r.start;
  if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return null;
  if (!/\d/.test(r.text)) return null;
  const at = offset + r.index;
  const tail = text.slice(at + r.text.length, at + r.text.length + 3);
  if (/^\s*%/.test(tail)) return null;
  const y = c.get('year');
  const mo = c.get('month');
  const d = c.get('day');
  if (y === null || mo === null || d === null || !isValidYmd(y, mo, d)) return null;
  // Trim a trailing clock time ("19/11/2024 à 15h"): the date is the day.
  const dateText = r.text.replace(/\s*(?:à|at|,)?\s*\d{1,2}\s*(?:h|:)\s*\d{0,2}.*$/iu, '') || r.text;
  // ...and a leading article or preposition ("on 19 November 2024", "le 19/11/2024").
  const lead = /^(?:on|the|le|du|au|at)\s+/iu.exec(dateText)?.[0].length ?? 0;
  return { start: at + lead, end: at + dateText.length, value: fmtDay({ y, m: mo, d }), precision: 'day', relative: false };
}

// ---------------------------------------------------------------- entry point

function byLengthThenRank(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start) || a.rank! - b.rank! || a.start - b.start;
}

/** Does `c` overlap one of the masks (start, end pairs, disjoint and in order)? One binary search finds the only candidate. */
function overlapsMask(masks: number[], c: Candidate): boolean {
  let lo = 0;
  let hi = masks.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (masks[2 * mid + 1]! <= c.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < masks.length >> 1 && masks[2 * lo]! < c.end;
}

function overlapsKept(kept: Candidate[], c: Candidate): boolean {
  for (const k of kept) if (k.start < c.end && c.start < k.end) return true;
  return false;
}

/**
 * All date expressions in `text` (offsets are JS string indices into `text`), resolved against
 * `published` (YYYY-MM-DD) when relative. When published is null, relative expressions get value
 * null and keep their text. Never uses the machine clock.
 */
export function resolveDates(text: string, opts: { published: string | null; lang: string }): DateMention[] {
  if (!text) return [];
  const g = grammarFor(opts.lang);
  const pub = parseIsoDay(opts.published);
  const ctx: Ctx = { text, g, pub, tenseCache: new Map() };
  const candidates: Candidate[] = [];
  const matchesByFamily = familyMatches(text, g);
  for (let rank = 0; rank < matchesByFamily.length; rank++) {
    const [family, matches] = matchesByFamily[rank]!;
    const resolve = RESOLVERS[family];
    for (const m of matches) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) continue;
      const c = resolve(ctx, m, (m.groups ?? {}) as Groups, start, end);
      if (c) {
        c.rank = rank;
        candidates.push(c);
      }
    }
  }
  for (const c of chronoFallback(text, g, pub)) {
    c.rank = FAMILIES.length;
    candidates.push(c);
  }
  if (candidates.length === 0) return [];
  // Start and end of each name that is not a date, from one global scan: disjoint and in order.
  const masks = g.notDateScanner.scan(text);
  // Longest first among overlapping candidates; on equal length, the earlier family in the plan.
  candidates.sort(byLengthThenRank);
  const kept: Candidate[] = [];
  // Kept spans are marked in an occupancy array (each family's candidates are disjoint, so the marking
  // and checking stay linear); few candidates use a plain loop instead.
  const occupied = candidates.length > 32 ? new Uint8Array(text.length) : null;
  for (const c of candidates) {
    if (overlapsMask(masks, c)) continue;
    if (occupied) {
      let clash = false;
      for (let i = c.start; i < c.end && !clash; i++) clash = occupied[i] === 1;
      if (clash) continue;
      occupied.fill(1, c.start, c.end);
    } else if (overlapsKept(kept, c)) continue;
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((c) => {
    const mention: DateMention = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      value: c.value,
      precision: c.value === null ? 'unknown' : c.precision,
      relative: c.relative,
    };
    if (c.range && c.value !== null) mention.range = c.range;
    return mention;
  });
}

/** Date arithmetic helpers, exported for the extractor and tests. */
export { parseIsoDay, fromDayNumber };
