// Validation: with the policy reduced to a fixed Markov chain over rungs (absorbing at 0 and at
// nuclear use), simulated absorption probabilities match the closed form B = N·R, N = (I−Q)^−1.
import { describe, expect, it } from 'vitest';
import { runSimulation, validateScenario } from '../../src/simulate/index.js';
import { baseScenario, solve } from './helpers.js';

const UP = [0, 0.25, 0.3, 0.35, 0.3, 0.4, 0, 0, 0];
const DOWN = [0, 0.35, 0.3, 0.25, 0.3, 0.2, 0, 0, 0];
const TOP = 6; // ladder.nuclear_use_rung

/** Closed form: transient rungs 1..5, absorbing 0 (de-escalation) and 6 (use). Returns B[start] = [P(0), P(6)]. */
function absorption(start: number): [number, number] {
  const transient = [1, 2, 3, 4, 5];
  const t = transient.length;
  // (I − Q) and R columns for the two absorbing states.
  const iq = transient.map((i) => transient.map((j) => (i === j ? 1 : 0) - (j === i + 1 ? UP[i] : j === i - 1 ? DOWN[i] : i === j ? 1 - UP[i] - DOWN[i] : 0)));
  const r0 = transient.map((i) => (i - 1 === 0 ? DOWN[i] : 0));
  const rTop = transient.map((i) => (i + 1 === TOP ? UP[i] : 0));
  // B = N R = (I − Q)^−1 R: solve (I − Q) b = R column by column.
  const b0 = solve(iq, r0);
  const bTop = solve(iq, rTop);
  expect(b0[0] + bTop[0]).toBeCloseTo(1, 9);
  return [b0[start - 1], bTop[start - 1]];
}

describe('Markov validation mode', () => {
  for (const start of [2, 4]) {
    it(`absorption probabilities from rung ${start} match the fundamental-matrix solution`, async () => {
      const scenario = validateScenario(
        baseScenario(
          { policy: { mode: 'markov' }, markov: { actor: 'RUS', up: UP, down: DOWN }, modules: { policy: true, doctrine: false, false_alarms: false } },
          { start: { at: '2024-11-20', actors: { RUS: { rung: start, posture: 'normal', resolve: 0.5 }, USA: { rung: 1, posture: 'normal', resolve: 0.5 }, UKR: { rung: 1, posture: 'normal', resolve: 0.5 } } } },
        ),
        `markov-${start}`,
      );
      const [p0, pTop] = absorption(start);
      const r = await runSimulation(scenario, { runs: 20000, horizonDays: 2000, seed: 11, workers: 1, sensitivity: false });
      // Every run is absorbed well before 2000 days.
      expect(r.pUse.count + r.deEscalated.count).toBe(r.runs);
      expect(r.inadvertentShare.count).toBe(0);
      expect(pTop).toBeGreaterThanOrEqual(r.pUse.ci95.low);
      expect(pTop).toBeLessThanOrEqual(r.pUse.ci95.high);
      expect(p0).toBeGreaterThanOrEqual(r.deEscalated.ci95.low);
      expect(p0).toBeLessThanOrEqual(r.deEscalated.ci95.high);
      // The max-rung distribution is consistent: uses reach the deliberate-use rung.
      expect(r.maxRung[TOP].count + r.maxRung[7].count).toBe(r.pUse.count);
    });
  }
});
