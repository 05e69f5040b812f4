import { describe, expect, it } from 'vitest';
import { clusterEvents } from '../../src/judge/index.js';
import { ev } from './helpers.js';

const threat = (date: string, over: Partial<Parameters<typeof ev>[0]> = {}) =>
  ev({ type: 'NUCLEAR_THREAT', actor: 'RUS', date, text: `threat reported ${date}`, ...over });

describe('events, not mentions', () => {
  it('ten articles repeating one threat are one event with ten pieces of evidence', () => {
    const mentions = Array.from({ length: 10 }, (_, i) => threat(`2022-09-${String(21 + (i % 3)).padStart(2, '0')}`, { source: `https://news.example/${i}` }));
    const clusters = clusterEvents(mentions);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].mentions).toHaveLength(10);
    expect(new Set(clusters[0].mentions.map((m) => m.source)).size).toBe(10);
    expect(clusters[0].contradicted).toBe(false);
  });

  it('keeps apart different actors, types, targets and dates outside the window', () => {
    const clusters = clusterEvents([
      threat('2022-09-21'),
      threat('2022-09-21', { actor: 'BLR' }),
      threat('2022-09-21', { type: 'WARNING' }),
      threat('2022-10-21'),
      ev({ type: 'MAJOR_STRIKE', actor: 'RUS', target: 'UKR', date: '2022-10-10' }),
      ev({ type: 'MAJOR_STRIKE', actor: 'RUS', target: 'POL', date: '2022-10-10' }),
    ]);
    expect(clusters).toHaveLength(6);
  });

  it('links a mention without target or with a month-precision date to the matching event', () => {
    const clusters = clusterEvents([
      ev({ type: 'WEAPONS_AUTHORIZATION', actor: 'USA', target: 'RUS', date: '2024-11-17' }),
      ev({ type: 'WEAPONS_AUTHORIZATION', actor: 'USA', target: null, date: '2024-11-19' }),
      ev({ type: 'WEAPONS_AUTHORIZATION', actor: 'USA', target: 'RUS', date: '2024-11', precision: 'month', published: '2024-11-20' }),
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].target).toBe('RUS');
  });

  it('keeps contradicting reports side by side, flagged and linked', () => {
    const asserted = ev({ type: 'ALERT_RAISED', actor: 'RUS', date: '2022-02-27', text: 'forces on special combat duty' });
    const negated = ev({ type: 'ALERT_RAISED', actor: 'RUS', date: '2022-02-28', polarity: 'negated', text: 'no change in Russian nuclear posture' });
    const clusters = clusterEvents([asserted, negated]);
    expect(clusters).toHaveLength(2);
    const [a, n] = [clusters.find((c) => c.polarity === 'asserted')!, clusters.find((c) => c.polarity === 'negated')!];
    expect(a.contradicted && n.contradicted).toBe(true);
    expect(a.contradictedBy).toEqual([n.id]);
    expect(n.contradictedBy).toEqual([a.id]);
  });

  it("applies the user's merges and splits, in order, the same way on every run", () => {
    const a = threat('2022-09-21');
    const b = threat('2022-09-22');
    const c = threat('2022-12-09');
    const auto = clusterEvents([a, b, c]);
    expect(auto.map((x) => x.mentions.length).sort()).toEqual([1, 2]);
    const decisions = [
      { kind: 'merge' as const, eventIds: [a.id, c.id] },
      { kind: 'split' as const, eventIds: [b.id] },
    ];
    const first = clusterEvents([a, b, c], decisions);
    const again = clusterEvents([c, b, a], decisions);
    expect(first).toEqual(again);
    const merged = first.find((x) => x.mentions.some((m) => m.id === a.id))!;
    expect(merged.mentions.map((m) => m.id).sort()).toEqual([a.id, c.id].sort());
    expect(merged.manual).toBe(true);
    const alone = first.find((x) => x.mentions.some((m) => m.id === b.id))!;
    expect(alone.mentions).toHaveLength(1);
  });

  it('ignores decisions about unknown ids', () => {
    const a = threat('2022-09-21');
    expect(clusterEvents([a], [{ kind: 'merge', eventIds: ['nope', a.id] }])).toHaveLength(1);
  });
});
