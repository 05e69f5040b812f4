// Reproducibility: the same seed gives identical results whatever the number of workers or the
// chunking; different seeds agree within the stated Monte Carlo intervals.
import { describe, expect, it } from 'vitest';
import { loadScenario, runSimulation, type SimulationResult } from '../../src/simulate/index.js';

function comparable(r: SimulationResult): unknown {
  const { elapsedMs, workers, ...rest } = r;
  void elapsedMs;
  void workers;
  return rest;
}

describe('reproducibility', () => {
  it('same seed: 1 worker vs 2 worker threads vs another chunk size give identical outputs', async () => {
    const scenario = loadScenario('deep-strike');
    const opts = { runs: 2000, horizonDays: 365, seed: 42, sensitivityRuns: 300, chunkSize: 500 };
    const one = await runSimulation(scenario, { ...opts, workers: 1 });
    const two = await runSimulation(scenario, { ...opts, workers: 2 });
    const rechunked = await runSimulation(scenario, { ...opts, workers: 1, chunkSize: 777 });
    expect(two.workers).toBe(2);
    expect(comparable(two)).toEqual(comparable(one));
    expect(comparable(rechunked)).toEqual(comparable(one));
    expect(one.pUse.count).toBeGreaterThan(0);
  }, 60_000);

  it('different seeds: P(use) estimates agree within the stated intervals', async () => {
    const scenario = loadScenario('measured-2024-11-20');
    const opts = { runs: 6000, horizonDays: 365, workers: 1, sensitivity: false };
    const a = await runSimulation(scenario, { ...opts, seed: 1 });
    const b = await runSimulation(scenario, { ...opts, seed: 2 });
    // The two seeds really drew different numbers.
    expect(a.counters.actorDays).not.toBe(b.counters.actorDays);
    const halfA = (a.pUse.ci95.high - a.pUse.ci95.low) / 2;
    const halfB = (b.pUse.ci95.high - b.pUse.ci95.low) / 2;
    // A 95% test of the difference of two independent estimates.
    expect(Math.abs(a.pUse.p - b.pUse.p)).toBeLessThanOrEqual(Math.sqrt(halfA ** 2 + halfB ** 2));
  }, 60_000);

  it('records the scenario, parameters and seed it used', async () => {
    const scenario = loadScenario('measured-2022-10-01');
    const r = await runSimulation(scenario, { runs: 200, horizonDays: 30, seed: 9, workers: 1, sensitivity: false });
    expect(r.seed).toBe(9);
    expect(r.scenario.name).toBe('measured-2022-10-01');
    expect(r.parameters.version).toBe(1);
    expect(r.initialState.actors.RUS.doctrine).toBe('RUS-2020');
    expect(r.survival.map((s) => s.day)).toEqual([30]);
    expect(r.survivalDaily).toHaveLength(31);
    expect(r.survivalDaily[0]).toBe(1);
    expect(r.survivalDaily[30]).toBeCloseTo(r.survival[0].pNoUse, 6);
    for (let d = 1; d <= 30; d++) expect(r.survivalDaily[d]).toBeLessThanOrEqual(r.survivalDaily[d - 1]);
  });

  it('an aborted simulation stops with an error', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runSimulation(loadScenario('deep-strike'), { runs: 1000, horizonDays: 365, seed: 1, signal: controller.signal })).rejects.toThrow(/aborted/);
  });
});

describe('abort', () => {
  it('aborting while worker threads run stops them with an error', async () => {
    const controller = new AbortController();
    const promise = runSimulation(loadScenario('deep-strike'), {
      runs: 40000,
      horizonDays: 365,
      seed: 1,
      workers: 2,
      sensitivity: false,
      chunkSize: 1000,
      signal: controller.signal,
      onProgress: (done) => {
        if (done > 0) controller.abort();
      },
    });
    await expect(promise).rejects.toThrow(/aborted/);
  }, 60_000);
});
