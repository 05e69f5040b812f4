import { describe, expect, it } from 'vitest';
import { emptyReport, evaluate, foldQuoteText, locate, prf, scoreDocument, summaryLine, type Gold } from '../../src/code/eval.js';
import type { CodedEvent, CodedRecord } from '../../src/types.js';

const text = 'La Russie a déployé des armes. Le Kremlin a dit « non ».';
const ev = (over: Partial<CodedEvent>): CodedEvent => ({
  type: 'NUCLEAR_DEPLOYMENT', actor: 'RUS', target: null, polarity: 'asserted', attributedTo: null,
  date: { value: '2024-11-19', precision: 'day', text: 'mardi' }, evidence: { start: 0, end: 30, text: text.slice(0, 30) }, attributes: {}, confidence: 0.8, ...over,
});
const record = (events: CodedEvent[]): CodedRecord => ({
  document: { id: 'x', source: 'x', title: null, lang: 'fr', published: null, removedBoilerplate: [] }, actors: [],
  quotes: [{ speaker: { id: 'RUS', name: 'Kremlin' }, text: 'non', direct: false, cue: 'a dit', start: 50, end: 53 }], events,
});
const gold = (over: Partial<Gold>): Gold => ({ doc: 'd.txt', lang: 'fr', published: null, boilerplate: [], quotes: [], events: [], ...over });

describe('scoring (ontology §6)', () => {
  it('matches type (any of a list), actor, polarity and overlapping evidence; scores attribution and date prefix', () => {
    const r = emptyReport();
    scoreDocument(gold({ events: [{ type: ['ALERT_RAISED', 'NUCLEAR_DEPLOYMENT'], actor: 'RUS', polarity: 'asserted', attributedTo: 'USA', date: '2024-11', evidence: 'déployé des armes' }] }), record([ev({})]), text, r);
    expect(r.events).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(r.attribution).toEqual({ correct: 0, total: 1 });
    expect(r.dates).toEqual({ correct: 1, total: 1 });
  });
  it('optional items are neither TP nor FP, and not FN when missed; each gold item matches once', () => {
    const r = emptyReport();
    scoreDocument(
      gold({ events: [
        { type: 'NUCLEAR_DEPLOYMENT', actor: 'RUS', polarity: 'asserted', attributedTo: null, date: null, evidence: 'La Russie', optional: true },
        { type: 'WARNING', actor: 'USA', polarity: 'asserted', attributedTo: null, date: null, evidence: 'Kremlin', optional: true },
      ] }),
      record([ev({}), ev({})]), text, r,
    );
    expect(r.events).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
  it('quotes match on speaker id and folded contained text; boilerplate recall counts removed lines', () => {
    const r = emptyReport();
    scoreDocument(gold({ quotes: [{ speaker: 'RUS', contains: '« non »' }], boilerplate: ['Partager', 'La Russie a déployé des armes. Le Kremlin a dit « non ».'] }), record([]), text, r);
    expect(r.quotes).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(r.boilerplate).toEqual({ removed: 1, total: 2 });
    expect(foldQuoteText('“ l’air ”')).toBe("l'air");
    expect(locate('a « b » c', 'b c')).toEqual({ start: 4, end: 9 });
    expect(prf({ tp: 1, fp: 1, fn: 0 }).f1).toBeCloseTo(2 / 3);
    expect(summaryLine(r)).toMatch(/^summary: events F1 .* \| docs 1$/);
  });
  it('the seeds meet the targets', () => {
    const r = evaluate(new URL('../../corpus/gold', import.meta.url).pathname, new URL('../../corpus/seeds', import.meta.url).pathname);
    expect(prf(r.events).f1).toBeGreaterThanOrEqual(0.85);
    expect(prf(r.quotes).f1).toBeGreaterThanOrEqual(0.9);
    expect(r.attribution.correct / r.attribution.total).toBeGreaterThanOrEqual(0.85);
    expect(r.dates.correct / r.dates.total).toBeGreaterThanOrEqual(0.8);
  });
});
