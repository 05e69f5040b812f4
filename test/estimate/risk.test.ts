import { describe, expect, it } from 'vitest';
import { estimateRisk, horizonPrior, loadRiskModel, riskSeries } from '../../src/estimate/index.js';
import type { EventType } from '../../src/types.js';
import { ev } from '../judge/helpers.js';

const params = { eventScale: 1, priorScale: 1, halfLifeScale: 1 };
const at = '2022-10-20';
const base = () => [
  ev({ type: 'NUCLEAR_THREAT', actor: 'RUS', date: '2022-09-21', attributedTo: 'vladimir-putin', text: 'this is not a bluff' }),
  ev({ type: 'MAJOR_STRIKE', actor: 'RUS', target: 'UKR', date: '2022-10-10', text: 'missile barrage on ten cities' }),
  ev({ type: 'ALERT_RAISED', actor: 'RUS', date: '2022-10-01', polarity: 'negated', attributedTo: 'jens-stoltenberg', text: 'no change in the Russian nuclear posture' }),
  ev({ type: 'STRIKE_ON_NUCLEAR_STATE', actor: 'UKR', target: 'RUS', date: '2022-10-08', text: 'Crimean bridge explosion' }),
];
const risk = (events: ReturnType<typeof base>, over: Partial<Parameters<typeof estimateRisk>[1]> = {}) =>
  estimateRisk(events, { actor: 'RUS', at, horizonDays: 365, samples: 100, seed: 7, params, ...over });

const ESCALATORY: EventType[] = [
  'NUCLEAR_THREAT', 'DOCTRINE_CHANGE', 'ALERT_RAISED', 'NUCLEAR_DEPLOYMENT', 'NUCLEAR_EXERCISE', 'MISSILE_TEST',
  'ARMS_CONTROL_EXIT', 'STRIKE_ON_NUCLEAR_STATE', 'MAJOR_STRIKE', 'WEAPONS_AUTHORIZATION', 'PLANNING_REPORTED',
  'FALSE_FLAG_ALLEGATION', 'NUCLEAR_USE',
];

describe('risk estimate', () => {
  it('without events it is the documented prior converted to the horizon', () => {
    const model = loadRiskModel();
    for (const h of [30, 90, 365]) {
      const r = risk([], { horizonDays: h });
      expect(r.probability).toBeCloseTo(horizonPrior(model.prior.world_annual.default * model.prior.shares.RUS.default, 1, h), 12);
      expect(r.contributions).toEqual([]);
    }
    expect(risk([], { horizonDays: 30 }).probability).toBeLessThan(risk([], { horizonDays: 365 }).probability);
  });

  it('its explanation sums exactly (in log-odds) to the estimate, largest first, with evidence', () => {
    const r = risk(base());
    const sum = r.prior.logOdds + r.contributions.reduce((s, c) => s + c.logOdds, 0);
    expect(sum).toBeCloseTo(r.logOdds, 12);
    expect(1 / (1 + Math.exp(-sum))).toBeCloseTo(r.probability, 12);
    const sizes = r.contributions.map((c) => Math.abs(c.logOdds));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    const threat = r.contributions.find((c) => c.type === 'NUCLEAR_THREAT')!;
    expect(threat).toMatchObject({ evidence: 'this is not a bluff', polarity: 'asserted', attributedTo: 'vladimir-putin', credibility: 'official' });
    expect(threat.source).toMatch(/^test:/);
    expect(r.contributions.find((c) => c.type === 'ALERT_RAISED')!.logOdds).toBeLessThan(0);
  });

  it('an added asserted escalatory event never lowers the risk; a negated one never raises it', () => {
    const before = risk(base()).probability;
    for (const type of ESCALATORY) {
      for (const actor of ['RUS', 'UKR', 'USA']) {
        const target = actor === 'RUS' ? null : 'RUS';
        const asserted = ev({ type, actor, target, date: '2022-10-18' });
        const negated = ev({ type, actor, target, date: '2022-10-18', polarity: 'negated' });
        expect(risk([...base(), asserted]).probability, `${actor} ${type} asserted`).toBeGreaterThanOrEqual(before);
        expect(risk([...base(), negated]).probability, `${actor} ${type} negated`).toBeLessThanOrEqual(before);
      }
    }
    expect(risk([...base(), ev({ type: 'PLANNING_REPORTED', actor: 'RUS', date: '2022-10-18' })]).probability).toBeGreaterThan(before);
  });

  it('weighs by polarity, credibility and recency, with diminishing returns', () => {
    const one = (over: Partial<Parameters<typeof ev>[0]>) =>
      risk([ev({ type: 'NUCLEAR_THREAT', actor: 'RUS', date: '2022-10-19', attributedTo: 'vladimir-putin', ...over })]).logOdds;
    const prior = risk([]).logOdds;
    expect(one({}) - prior).toBeGreaterThan(one({ polarity: 'hypothetical' }) - prior);
    expect(one({ polarity: 'hypothetical' })).toBeGreaterThan(prior);
    expect(one({})).toBeGreaterThan(one({ attributedTo: null }));
    expect(one({ attributedTo: 'RUS' })).toBeGreaterThan(one({ attributedTo: null }));
    expect(one({})).toBeGreaterThan(one({ date: '2022-06-01' }));
    // Ten distinct threats (a month apart) add less than ten times one.
    const ten = Array.from({ length: 10 }, (_, i) => ev({ type: 'NUCLEAR_THREAT', actor: 'RUS', date: `2022-10-${String(19 - i).padStart(2, '0')}`, attributedTo: 'vladimir-putin' }));
    const tenApart = ten.map((e, i) => ({ ...e, date: { ...e.date, value: `2022-${String(10 - (i % 3)).padStart(2, '0')}-${String(19 - i).padStart(2, '0')}` } }));
    expect(risk(tenApart).logOdds - prior).toBeLessThan(10 * (one({}) - prior));
  });

  it('counts events, not mentions: ten reports of one threat are one term with ten mentions', () => {
    const mentions = Array.from({ length: 10 }, (_, i) => ev({ type: 'NUCLEAR_THREAT', actor: 'RUS', date: '2022-10-18', source: `https://news.example/${i}` }));
    const r = risk(mentions);
    const terms = r.contributions.filter((c) => c.kind === 'event');
    expect(terms).toHaveLength(1);
    expect(terms[0].mentions).toBe(10);
    expect(r.logOdds).toBeCloseTo(risk(mentions.slice(0, 1)).logOdds, 12);
  });

  it('gives a seeded interval from parameter uncertainty that contains the estimate', () => {
    const a = risk(base(), { samples: 300, seed: 42 });
    const b = risk(base(), { samples: 300, seed: 42 });
    expect([a.low, a.high]).toEqual([b.low, b.high]);
    expect(a.low).toBeLessThan(a.probability);
    expect(a.high).toBeGreaterThan(a.probability);
    expect(a.high - a.low).toBeGreaterThan(0);
  });

  it('adds a doctrine term when a condition of the doctrine in force is met', () => {
    const strike = ev({ type: 'STRIKE_ON_NUCLEAR_STATE', actor: 'UKR', target: 'RUS', date: '2024-11-25', attributes: { weaponClass: 'ballistic_missile' } });
    const r = estimateRisk([strike], { actor: 'RUS', at: '2024-11-26', horizonDays: 90, samples: 0, params });
    const term = r.contributions.find((c) => c.kind === 'doctrine' && c.condition?.id === 'ballistic_launch');
    expect(term?.condition).toMatchObject({ doctrine: 'RUS-2024', status: 'met' });
    expect(term!.logOdds).toBeGreaterThan(0);
  });

  it('rejects bad input with one-line errors', () => {
    expect(() => risk([], { horizonDays: 0 })).toThrow(/horizon/);
    expect(() => riskSeries([], { actor: 'RUS', from: '2022-02-01', to: '2022-01-01', horizonDays: 30, stepDays: 7, params })).toThrow(/before/);
  });

  it('gives a series, one point per step', () => {
    const points = riskSeries(base(), { actor: 'RUS', from: '2022-09-01', to: '2022-10-20', horizonDays: 90, stepDays: 7, samples: 20, params });
    expect(points.map((p) => p.date)).toEqual(['2022-09-01', '2022-09-08', '2022-09-15', '2022-09-22', '2022-09-29', '2022-10-06', '2022-10-13', '2022-10-20']);
    expect(points[3].probability).toBeGreaterThan(points[2].probability);
  });
});
