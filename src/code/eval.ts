// Scoring of extracted records against gold annotations (ontology §6), micro-averaged over documents.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EscaladeError } from '../errors.js';
import { readString } from '../read/index.js';
import { EVENT_TYPES, POLARITIES, type CodedEvent, type CodedRecord, type Quote } from '../types.js';
import { extract } from './index.js';

const GoldEventSchema = z.object({
  type: z.union([z.enum(EVENT_TYPES), z.array(z.enum(EVENT_TYPES)).min(1)]),
  actor: z.string(),
  polarity: z.enum(POLARITIES),
  attributedTo: z.string().nullable(),
  date: z.string().nullable(),
  evidence: z.string().min(1),
  target: z.string().nullable().optional(),
  optional: z.boolean().optional(),
});
const GoldSchema = z.object({
  doc: z.string(),
  lang: z.string(),
  published: z.string().nullable(),
  boilerplate: z.array(z.string()).default([]),
  quotes: z.array(z.object({ speaker: z.string(), contains: z.string(), optional: z.boolean().optional() })).default([]),
  events: z.array(GoldEventSchema).default([]),
});
export type Gold = z.infer<typeof GoldSchema>;
export type GoldEvent = z.infer<typeof GoldEventSchema>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface DocDetail {
  doc: string;
  missed: string[];
  spurious: string[];
  attributionErrors: string[];
  dateErrors: string[];
  missedQuotes: string[];
  spuriousQuotes: string[];
}

export interface EvalReport {
  docs: number;
  events: Counts;
  eventsByType: Record<string, Counts>;
  quotes: Counts;
  attribution: { correct: number; total: number };
  dates: { correct: number; total: number };
  boilerplate: { removed: number; total: number };
  details: DocDetail[];
}

/** Folds quote marks, apostrophes and whitespace for quote matching. */
export function foldQuoteText(s: string): string {
  return s
    .replace(/[«»“”„‹›"]/g, ' ')
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/\[…\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Finds the gold evidence in the cleaned text: exact, then with folded quotes/whitespace. */
export function locate(text: string, needle: string): { start: number; end: number } | null {
  const at = text.indexOf(needle);
  if (at >= 0) return { start: at, end: at + needle.length };
  // Folded search with an index map back to the original offsets.
  const map: number[] = [];
  let folded = '';
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    let ch = text[i];
    if (/[«»“”„‹›"]/.test(ch) || /\s/.test(ch)) ch = ' ';
    if (/[’‘ʼ`]/.test(ch)) ch = "'";
    if (ch === ' ') {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    folded += ch.toLowerCase();
    map.push(i);
  }
  const target = foldQuoteText(needle);
  const k = folded.indexOf(target);
  if (k < 0) return null;
  return { start: map[k], end: map[k + target.length - 1] + 1 };
}

function add(c: Counts, d: Partial<Counts>): void {
  c.tp += d.tp ?? 0;
  c.fp += d.fp ?? 0;
  c.fn += d.fn ?? 0;
}

export function scoreDocument(gold: Gold, record: CodedRecord, text: string, report: EvalReport): void {
  const detail: DocDetail = { doc: gold.doc, missed: [], spurious: [], attributionErrors: [], dateErrors: [], missedQuotes: [], spuriousQuotes: [] };
  const byType = (t: string): Counts => (report.eventsByType[t] ??= { tp: 0, fp: 0, fn: 0 });
  // Events.
  const used = new Set<number>();
  const order = gold.events.map((g, i) => ({ g, i })).sort((a, b) => Number(a.g.optional ?? false) - Number(b.g.optional ?? false));
  const eventMatches = (g: GoldEvent, e: CodedEvent, span: { start: number; end: number } | null): boolean => {
    const types = Array.isArray(g.type) ? g.type : [g.type];
    if (!types.includes(e.type) || e.actor !== g.actor || e.polarity !== g.polarity) return false;
    if (!span) return false;
    return e.evidence.start < span.end && span.start < e.evidence.end;
  };
  for (const { g } of order) {
    const span = locate(text, g.evidence);
    const firstType = Array.isArray(g.type) ? g.type[0] : g.type;
    let match = -1;
    for (let k = 0; k < record.events.length; k++) {
      if (used.has(k)) continue;
      if (eventMatches(g, record.events[k], span)) {
        match = k;
        break;
      }
    }
    if (match < 0) {
      if (!g.optional) {
        add(report.events, { fn: 1 });
        add(byType(firstType), { fn: 1 });
        detail.missed.push(`${firstType} ${g.actor} ${g.polarity} «${g.evidence}»${span ? '' : ' [evidence not found]'}`);
      }
      continue;
    }
    used.add(match);
    if (g.optional) continue;
    const e = record.events[match];
    add(report.events, { tp: 1 });
    add(byType(e.type), { tp: 1 });
    report.attribution.total++;
    if (e.attributedTo === g.attributedTo) report.attribution.correct++;
    else detail.attributionErrors.push(`${e.type} «${g.evidence}»: got ${e.attributedTo} want ${g.attributedTo}`);
    if (g.date !== null) {
      report.dates.total++;
      if (e.date.value !== null && e.date.value.startsWith(g.date)) report.dates.correct++;
      else detail.dateErrors.push(`${e.type} «${g.evidence}»: got ${e.date.value} (${e.date.text}) want ${g.date}`);
    }
  }
  record.events.forEach((e, k) => {
    if (used.has(k)) return;
    add(report.events, { fp: 1 });
    add(byType(e.type), { fp: 1 });
    detail.spurious.push(`${e.type} ${e.actor} ${e.polarity} attr=${e.attributedTo} «${e.evidence.text.slice(0, 110)}»`);
  });
  // Quotes.
  const usedQ = new Set<number>();
  const orderQ = [...gold.quotes].sort((a, b) => Number(a.optional ?? false) - Number(b.optional ?? false));
  const quoteMatches = (g: { speaker: string; contains: string }, q: Quote) => q.speaker.id === g.speaker && foldQuoteText(q.text).includes(foldQuoteText(g.contains));
  for (const g of orderQ) {
    const k = record.quotes.findIndex((q, i) => !usedQ.has(i) && quoteMatches(g, q));
    if (k < 0) {
      if (!g.optional) {
        add(report.quotes, { fn: 1 });
        detail.missedQuotes.push(`${g.speaker} «${g.contains}»`);
      }
      continue;
    }
    usedQ.add(k);
    if (!g.optional) add(report.quotes, { tp: 1 });
  }
  record.quotes.forEach((q, i) => {
    if (usedQ.has(i)) return;
    add(report.quotes, { fp: 1 });
    detail.spuriousQuotes.push(`${q.speaker.id ?? '?'} (${q.speaker.name}) «${q.text.slice(0, 90)}»`);
  });
  // Boilerplate: a gold line counts as removed when no line of the cleaned text still carries it.
  const lines = new Set(text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()));
  for (const b of gold.boilerplate) {
    report.boilerplate.total++;
    if (!lines.has(b.replace(/\s+/g, ' ').trim())) report.boilerplate.removed++;
  }
  report.docs++;
  report.details.push(detail);
}

export function loadGold(path: string): Gold {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new EscaladeError(`${path}: cannot read gold JSON: ${(error as Error).message}`);
  }
  const parsed = GoldSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EscaladeError(`${path}: field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

export function emptyReport(): EvalReport {
  return { docs: 0, events: { tp: 0, fp: 0, fn: 0 }, eventsByType: {}, quotes: { tp: 0, fp: 0, fn: 0 }, attribution: { correct: 0, total: 0 }, dates: { correct: 0, total: 0 }, boilerplate: { removed: 0, total: 0 }, details: [] };
}

/** Scores every gold file of goldDir against the text of the same document in textDir. */
export function evaluate(goldDir: string, textDir: string): EvalReport {
  let files: string[];
  try {
    files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    throw new EscaladeError(`${goldDir}: cannot read the gold folder`);
  }
  if (files.length === 0) throw new EscaladeError(`${goldDir}: no gold *.json files`);
  const report = emptyReport();
  for (const file of files) {
    const gold = loadGold(join(goldDir, file));
    const path = join(textDir, gold.doc);
    let raw: string;
    try {
      raw = readFileSync(path, 'utf8');
    } catch {
      throw new EscaladeError(`${path}: text of gold ${file} not found`);
    }
    const doc = readString(raw, { source: path, format: 'text', published: gold.published, lang: gold.lang });
    const record = extract({ id: doc.id, source: doc.source, title: doc.title, lang: gold.lang, published: gold.published, text: doc.text, removedBoilerplate: doc.removedBoilerplate });
    scoreDocument(gold, record, doc.text, report);
  }
  return report;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

const f2 = (x: number) => x.toFixed(2);
const ratio = (a: { correct: number; total: number } | { removed: number; total: number }) => {
  const num = 'correct' in a ? a.correct : a.removed;
  return a.total === 0 ? 1 : num / a.total;
};

export function summaryLine(r: EvalReport): string {
  const e = prf(r.events);
  const q = prf(r.quotes);
  return `summary: events F1 ${f2(e.f1)} (P ${f2(e.p)} R ${f2(e.r)}) | quotes F1 ${f2(q.f1)} | attribution ${f2(ratio(r.attribution))} | dates ${f2(ratio(r.dates))} | boilerplate ${f2(ratio(r.boilerplate))} | docs ${r.docs}`;
}

export function formatTable(r: EvalReport, withDetails = false): string {
  const lines: string[] = [];
  const row = (name: string, c: Counts) => {
    const { p, r: rec, f1 } = prf(c);
    lines.push(`${name.padEnd(26)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${f2(p)}  ${f2(rec)}  ${f2(f1)}`);
  };
  lines.push(`${'events by type'.padEnd(26)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  P     R     F1`);
  for (const t of Object.keys(r.eventsByType).sort()) row(t, r.eventsByType[t]);
  row('ALL EVENTS', r.events);
  row('QUOTES', r.quotes);
  lines.push(`attribution accuracy ${f2(ratio(r.attribution))} (${r.attribution.correct}/${r.attribution.total} matched events)`);
  lines.push(`date accuracy        ${f2(ratio(r.dates))} (${r.dates.correct}/${r.dates.total} matched events with a gold date)`);
  lines.push(`boilerplate recall   ${f2(ratio(r.boilerplate))} (${r.boilerplate.removed}/${r.boilerplate.total} lines)`);
  if (withDetails) {
    for (const d of r.details) {
      lines.push(`\n## ${d.doc}`);
      for (const m of d.missed) lines.push(`  FN  ${m}`);
      for (const m of d.spurious) lines.push(`  FP  ${m}`);
      for (const m of d.attributionErrors) lines.push(`  ATTR ${m}`);
      for (const m of d.dateErrors) lines.push(`  DATE ${m}`);
      for (const m of d.missedQuotes) lines.push(`  QFN ${m}`);
      for (const m of d.spuriousQuotes) lines.push(`  QFP ${m}`);
    }
  }
  lines.push(summaryLine(r));
  return lines.join('\n');
}
