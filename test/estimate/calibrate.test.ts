import { describe, expect, it } from 'vitest';
import { calibrate, loadRiskModel, loadTimelineEvents } from '../../src/estimate/index.js';

describe('calibration against history', () => {
  const events = loadTimelineEvents();

  it('is reproducible: same inputs, same parameters and table', () => {
    const a = calibrate(events, { now: '2026-01-01T00:00:00Z', seriesStepDays: 30 });
    const b = calibrate(events, { now: '2026-01-01T00:00:00Z', seriesStepDays: 30 });
    expect(a).toEqual(b);
    const model = loadRiskModel();
    expect(a.fitted.eventScale).toBeGreaterThanOrEqual(model.free.event_scale.low);
    expect(a.fitted.eventScale).toBeLessThanOrEqual(model.free.event_scale.high);
    expect(a.objective.atFit).toBeLessThanOrEqual(a.objective.atDefaults);
    // Only unconditional forecasts of Russian nuclear use are fitted.
    expect(a.rows.map((r) => r.source)).toEqual(['Samotsvety forecasters', 'Swift Centre forecasters', 'US Secretary of State, recalled in Jan 2025']);
    expect(a.excluded.some((e) => /conditional/.test(e.reason))).toBe(true);
    // Zero error inside a published range; Brier scores against the outcome 0.
    for (const r of a.rows) if (r.low !== null && r.high !== null && r.model >= r.low && r.model <= r.high) expect(r.error).toBe(0);
    expect(a.brier.forecasters).toBeCloseTo((0.16 ** 2 + 0.09 ** 2 + 0.1 ** 2) / 3, 12);
    expect(a.brier.model).toBeGreaterThan(0);
  }, 120_000);
});
