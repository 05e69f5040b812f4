import { describe, expect, it } from 'vitest';
import { calibrate, estimateRisk, horizonPrior, loadRiskModel, loadTimelineEvents, riskSeries } from '../../src/estimate/index.js';
import { mentionCredibility } from '../../src/estimate/credibility.js';
import { loadRelations } from '../../src/judge/relations.js';
import type { StoredEvent } from '../../src/store/store.js';
import { ev } from '../judge/helpers.js';

const params = { eventScale: 1, priorScale: 1, halfLifeScale: 1 };
const at = '2022-10-20';
const risk = (events: StoredEvent[], actor = 'RUS', over: Partial<Parameters<typeof estimateRisk>[1]> = {}) =>
  estimateRisk(events, { actor, at, horizonDays: 365, samples: 100, seed: 7, params, ...over });
const undated = (e: StoredEvent, published: string): StoredEvent => ({ ...e, published, date: { value: null, precision: 'unknown', text: '' } });

describe('per-actor prior', () => {
  const model = loadRiskModel();

  it('apportions the world rate by the documented shares, which differ by actor', () => {
    const world = model.prior.world_annual.default;
    for (const actor of ['RUS', 'USA', 'GBR', 'FRA', 'CHN', 'IND', 'PAK', 'PRK', 'ISR']) {
      const r = risk([], actor);
      expect(r.nuclearArmed).toBe(true);
      expect(r.prior.basis).toBe('share');
      expect(r.prior.share).toBe(model.prior.shares[actor].default);
      expect(r.probability, actor).toBeCloseTo(horizonPrior(world * model.prior.shares[actor].default, 1, 365), 12);
    }
    expect(risk([], 'RUS').probability).toBeGreaterThan(risk([], 'USA').probability);
    expect(risk([], 'USA').probability).toBeGreaterThan(risk([], 'GBR').probability);
    // The defaults apportion the world rate: they sum to 1 (each is sampled within its range).
    const total = Object.values(model.prior.shares).reduce((s, r) => s + r.default, 0);
    expect(total).toBeCloseTo(1, 9);
  });

  it('gives every nuclear-armed state of relations.yaml a share, and alliances only nuclear members', () => {
    const states = loadRelations().nuclear_states;
    expect(states.length).toBeGreaterThan(0);
    for (const s of states) expect(model.prior.shares[s], s).toBeDefined();
    for (const a of Object.values(model.prior.alliances)) for (const m of a.members) expect(model.prior.shares[m]).toBeDefined();
  });

  it('gives NATO the probability that any of its nuclear-sharing members uses a weapon', () => {
    const world = model.prior.world_annual.default;
    const members = model.prior.alliances.NATO.members;
    const annual = 1 - members.reduce((q, m) => q * (1 - world * model.prior.shares[m].default), 1);
    const r = risk([], 'NATO');
    expect(r.prior.basis).toBe('alliance');
    expect(r.probability).toBeCloseTo(horizonPrior(annual, 1, 365), 12);
    expect(r.probability).toBeGreaterThanOrEqual(risk([], 'USA').probability);
  });

  it('reports 0 with a note for an actor without nuclear weapons, whatever the events', () => {
    const events = [
      ev({ type: 'NUCLEAR_THREAT', actor: 'UKR', date: '2022-10-19', attributedTo: 'UKR' }),
      ev({ type: 'STRIKE_ON_NUCLEAR_STATE', actor: 'UKR', target: 'RUS', date: '2022-10-08' }),
    ];
    for (const actor of ['UKR', 'BLR', 'DEU', 'IRN']) {
      const r = risk(events, actor);
      expect(r.probability, actor).toBe(0);
      expect([r.low, r.high]).toEqual([0, 0]);
      expect(r.nuclearArmed).toBe(false);
      expect(r.note).toMatch(/not a nuclear-armed state/);
      expect(r.prior.basis).toBe('not_nuclear');
      expect(r.contributions).toEqual([]);
    }
    const series = riskSeries(events, { actor: 'UKR', from: '2022-10-01', to: '2022-10-20', horizonDays: 90, stepDays: 7, samples: 10, params });
    expect(series.every((p) => p.probability === 0)).toBe(true);
  });

  it('samples the shares: the interval of a nuclear-armed actor without events is not a point', () => {
    const r = risk([], 'USA', { samples: 200 });
    expect(r.low).toBeLessThan(r.probability);
    expect(r.high).toBeGreaterThan(r.probability);
  });
});

describe('undated events', () => {
  const model = loadRiskModel();
  const threat = () => ev({ type: 'NUCLEAR_THREAT', actor: 'RUS', date: '2022-10-19', attributedTo: 'vladimir-putin', text: 'a threat' });

  it('weighs an event placed on its publication day less than the same event dated that day', () => {
    const prior = risk([]).logOdds;
    const dated = risk([threat()]);
    const placed = risk([undated(threat(), '2022-10-19')]);
    expect(placed.logOdds).toBeGreaterThan(prior);
    expect(placed.logOdds).toBeLessThan(dated.logOdds);
    // Before saturation the term is exactly dating.undated times the dated one.
    const term = (r: typeof dated) => r.contributions[0].logOdds;
    const factor = term(placed) / term(dated);
    expect(factor).toBeLessThan(1);
    expect(placed.contributions[0].note).toMatch(/undated: publication day/);
    expect(factor).toBeGreaterThan(model.dating.undated.default * 0.9);
    // The explanation still sums exactly.
    expect(placed.prior.logOdds + placed.contributions.reduce((s, c) => s + c.logOdds, 0)).toBeCloseTo(placed.logOdds, 12);
  });

  it('dates an undated mention by a dated mention of the same type and actor in its document, counted once', () => {
    const old = ev({ type: 'PLANNING_REPORTED', actor: 'RUS', date: '2022-10', precision: 'month', published: '2025-01-04', documentId: 'doc-x', text: 'in October 2022 Putin considered a strike' });
    const again = undated(ev({ type: 'PLANNING_REPORTED', actor: 'RUS', date: '2025-01-04', documentId: 'doc-x', attributedTo: 'antony-blinken', text: 'Putin was seriously considering it' }), '2025-01-04');
    const r = estimateRisk([old, again], { actor: 'RUS', at: '2025-01-04', horizonDays: 365, samples: 0, params });
    const fresh = estimateRisk([undated({ ...again, documentId: 'doc-y' }, '2025-01-04')], { actor: 'RUS', at: '2025-01-04', horizonDays: 365, samples: 0, params });
    expect(r.logOdds).toBeLessThan(fresh.logOdds);
    expect(r.contributions.filter((c) => c.type === 'PLANNING_REPORTED').length).toBeLessThanOrEqual(1);
  });

  it('keeps monotonicity: an undated asserted escalatory event never lowers the risk, a negated one never raises it', () => {
    const before = risk([threat()]).probability;
    for (const type of ['NUCLEAR_THREAT', 'ALERT_RAISED', 'PLANNING_REPORTED', 'NUCLEAR_USE', 'DOCTRINE_CHANGE'] as const) {
      const up = undated(ev({ type, actor: 'RUS', date: '2022-10-18' }), '2022-10-18');
      const down = undated(ev({ type, actor: 'RUS', date: '2022-10-18', polarity: 'negated' }), '2022-10-18');
      expect(risk([threat(), up]).probability, type).toBeGreaterThanOrEqual(before);
      expect(risk([threat(), down]).probability, type).toBeLessThanOrEqual(before);
    }
  });

  it('does not count a mention published after the estimate date (no hindsight)', () => {
    const late = ev({ type: 'PLANNING_REPORTED', actor: 'RUS', date: '2022-10-15', published: '2025-01-04' });
    expect(risk([late]).logOdds).toBeCloseTo(risk([]).logOdds, 12);
    expect(risk([late], 'RUS', { at: '2025-01-04' }).contributions).toHaveLength(1);
  });
});

describe('timeline credibility', () => {
  it('gives the timeline events the class of their real source', () => {
    const model = loadRiskModel();
    const byId = new Map(loadTimelineEvents().map((e) => [e.source.replace(/^.*?: /, ''), mentionCredibility(e, model)]));
    expect(byId.get('Putin address, 21 Sep 2022')).toBe('official');
    expect(byId.get('US DoD briefing, 28 Feb 2022')).toBe('official');
    expect(byId.get('Kremlin, 27 Feb 2022')).toBe('official');
    expect(byId.get('Press reports, 10 Oct 2022')).toBe('media');
    expect(byId.get('US press report, 2 Nov 2022')).toBe('unnamed_official');
  });

  it('fits the scalars strictly inside their ranges', () => {
    const model = loadRiskModel();
    const r = calibrate(loadTimelineEvents(), { now: 'x', seriesStepDays: 60 });
    for (const [k, key] of [['eventScale', 'event_scale'], ['priorScale', 'prior_scale'], ['halfLifeScale', 'half_life_scale']] as const) {
      expect(r.fitted[k], k).toBeGreaterThan(model.free[key].low);
      expect(r.fitted[k], k).toBeLessThan(model.free[key].high);
    }
  }, 120_000);
});
