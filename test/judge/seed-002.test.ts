// Integration-style: events shaped like the gold events of seed 002 (the 2024 doctrine decree).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateDoctrines } from '../../src/judge/index.js';
import { estimateRisk } from '../../src/estimate/index.js';
import type { StoredEvent } from '../../src/store/store.js';
import type { EventType, Polarity } from '../../src/types.js';

interface GoldEvent {
  type: EventType | EventType[];
  actor: string;
  target?: string | null;
  polarity: Polarity;
  attributedTo: string | null;
  date: string | null;
  evidence: string;
}

const goldPath = new URL('../../corpus/gold/002_1ba61b95bf422bc3.json', import.meta.url);
const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { published: string; events: GoldEvent[] };
const seedText = readFileSync(new URL('../../corpus/seeds/002_1ba61b95bf422bc3.txt', import.meta.url), 'utf8');

function toStored(e: GoldEvent, seq: number): StoredEvent {
  const start = seedText.indexOf(e.evidence);
  const precision = e.date === null ? 'unknown' : e.date.length === 10 ? 'day' : e.date.length === 7 ? 'month' : 'year';
  return {
    id: `1ba61b95bf422bc3-${seq}`,
    documentId: '1ba61b95bf422bc3',
    source: 'corpus/seeds/002_1ba61b95bf422bc3.txt',
    published: gold.published,
    type: Array.isArray(e.type) ? e.type[0] : e.type,
    actor: e.actor,
    target: e.target ?? null,
    polarity: e.polarity,
    attributedTo: e.attributedTo,
    date: { value: e.date, precision, text: e.date ?? '' },
    evidence: { text: e.evidence, start, end: start + e.evidence.length },
    attributes: {},
    confidence: 0.8,
  };
}

const events = gold.events.map(toStored);

describe('seed 002: the doctrine decree of 19 Nov 2024', () => {
  const report = evaluateDoctrines(events, { actor: 'RUS', at: '2024-11-20' })[0];

  it('uses RUS-2024 and shows the joint-attack condition approached by the US authorisation', () => {
    expect(report.doctrine?.id).toBe('RUS-2024');
    const joint = report.conditions.find((c) => c.id === 'joint_attack')!;
    expect(['approached', 'met']).toContain(joint.status);
    const evidence = joint.evidence.find((e) => e.type === 'WEAPONS_AUTHORIZATION');
    expect(evidence?.text).toContain('les Etats-Unis ont autorisé Kiev à frapper le sol russe');
    expect(evidence?.source).toBe('corpus/seeds/002_1ba61b95bf422bc3.txt');
    expect(evidence?.date).toBe('2024-11-19');
  });

  it('shows the ballistic-missile condition approached by the decree sentence', () => {
    const ballistic = report.conditions.find((c) => c.id === 'ballistic_launch')!;
    expect(['approached', 'met']).toContain(ballistic.status);
    expect(ballistic.evidence.map((e) => e.text)).toContain(
      'Parmi les conditions qui justifient le recours aux armes nucléaires figure le lancement de missiles balistiques',
    );
  });

  it('traces the risk estimate to the seed sentences, summing exactly', () => {
    const risk = estimateRisk(events, { actor: 'RUS', at: '2024-11-20', horizonDays: 365, samples: 50, params: { eventScale: 1, priorScale: 1, halfLifeScale: 1 } });
    expect(risk.probability).toBeGreaterThan(risk.prior.probability);
    const sum = risk.prior.logOdds + risk.contributions.reduce((s, c) => s + c.logOdds, 0);
    expect(sum).toBeCloseTo(risk.logOdds, 12);
    const texts = risk.contributions.map((c) => c.evidence);
    expect(texts).toContain('les Etats-Unis ont autorisé Kiev à frapper le sol russe');
    expect(risk.contributions.every((c) => c.source === 'corpus/seeds/002_1ba61b95bf422bc3.txt')).toBe(true);
    // Ten-odd mentions of the decree are one event: one DOCTRINE_CHANGE event term, several mentions.
    const decree = risk.contributions.filter((c) => c.kind === 'event' && c.type === 'DOCTRINE_CHANGE');
    expect(decree.length).toBeLessThan(events.filter((e) => e.type === 'DOCTRINE_CHANGE').length);
    expect(Math.max(...decree.map((c) => c.mentions))).toBeGreaterThan(1);
  });
});
