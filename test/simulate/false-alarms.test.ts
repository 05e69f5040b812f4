// Validation: with only the false-alarm module on, the probability of inadvertent launch within a
// year matches 1 − exp(−rate × P(misjudged) × T); and the rate fit is count / span.
import { describe, expect, it } from 'vitest';
import { fitFalseAlarms, runSimulation, validateScenario } from '../../src/simulate/index.js';
import { baseScenario } from './helpers.js';

const RATE = 3; // alarms per year, all nuclear actors
const BASE = 0.01; // misjudge_base
const TENSION_RUNG_1 = 1.5; // parameters.yaml alarms.tension_factor[1]

function alarmsOnly(posture: 'launch_on_warning' | 'normal', extra: Record<string, unknown> = {}) {
  return validateScenario(
    baseScenario(
      {
        modules: { policy: false, doctrine: false, false_alarms: true },
        alarms: { rate_per_year: { value: RATE, sampled: false }, misjudge_base: { value: BASE, sampled: false } },
        actors: { RUS: { decision_minutes: { value: 10, sampled: false } }, USA: { decision_minutes: { value: 10, sampled: false } } },
        ...extra,
      },
      {
        start: {
          at: '2024-11-20',
          actors: {
            RUS: { rung: 1, posture, resolve: 0.5 },
            USA: { rung: 1, posture, resolve: 0.5 },
            UKR: { rung: 1, posture: 'normal', resolve: 0.5 },
          },
        },
      },
    ),
    `alarms-only-${posture}`,
  );
}

describe('false-alarm module alone', () => {
  it('yearly P(inadvertent launch) matches 1 − exp(−rate·P(misjudged)·T)', async () => {
    const pMisjudged = BASE * TENSION_RUNG_1 * (10 / 10);
    const analytic = 1 - Math.exp(-RATE * pMisjudged * 1);
    const r = await runSimulation(alarmsOnly('launch_on_warning'), { runs: 40000, horizonDays: 365, seed: 5, workers: 1, sensitivity: false });
    expect(analytic).toBeGreaterThanOrEqual(r.pUse.ci95.low);
    expect(analytic).toBeLessThanOrEqual(r.pUse.ci95.high);
    // Small-rate approximation rate × P(misjudged) is close too (0.045 vs 0.0440).
    expect(Math.abs(r.pUse.p - RATE * pMisjudged)).toBeLessThan(0.004);
    expect(r.inadvertentShare.p).toBe(1);
    // Alarms seen ≈ rate × T per run while no launch has ended it.
    expect(r.counters.alarms / r.runs).toBeGreaterThan(2.8);
    expect(r.counters.alarms / r.runs).toBeLessThan(3.1);
  });

  it('without launch on warning a misjudged alarm is not a launch', async () => {
    const r = await runSimulation(alarmsOnly('normal'), { runs: 5000, horizonDays: 365, seed: 5, workers: 1, sensitivity: false });
    expect(r.pUse.count).toBe(0);
    expect(r.counters.misjudgedAlarms).toBeGreaterThan(0);
  });

  it('fits the rate as count / span of the dated incidents with a Gamma(count, span) interval', () => {
    const fit = fitFalseAlarms();
    expect(fit.incidents).toBe(6);
    expect(fit.first).toBe('1960-10-05');
    expect(fit.last).toBe('1995-01-25');
    expect(fit.spanYears).toBeCloseTo(34.31, 1);
    expect(fit.ratePerYear).toBeCloseTo(6 / fit.spanYears, 10);
    expect(fit.ci95.low).toBeLessThan(fit.ratePerYear);
    expect(fit.ci95.high).toBeGreaterThan(fit.ratePerYear);
    // Gamma(6, 34.31): 2.5% and 97.5% quantiles = χ²(12) quantiles / (2·34.31) = 4.404/68.62, 23.337/68.62.
    expect(fit.ci95.low).toBeCloseTo(4.404 / (2 * fit.spanYears), 3);
    expect(fit.ci95.high).toBeCloseTo(23.337 / (2 * fit.spanYears), 3);
  });
});
