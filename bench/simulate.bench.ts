// Simulation benchmark: simulated actor-days per second on one core and on all cores, next to a
// floor measured in the same run (a loop drawing the same number of random numbers with the
// same per-run generators and doing nothing else), and the time of 100,000 one-year runs.
// Run: npx tsx bench/run.ts simulate   (or: npx tsx bench/simulate.bench.ts)
import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { loadScenario, runSimulation } from '../src/simulate/index.js';
import { runRng, U32 } from '../src/simulate/rng.js';
import type { Scenario } from '../src/simulate/types.js';

const HORIZON = 365;

/** Draws made per run outside the daily loop: 10 policy/alarm parameters, the rate, decision times, resolves, conditions, first alarm. */
function setupDraws(scenario: Scenario): number {
  const p = scenario.parameters;
  const n = Object.keys(p.actors).length;
  const conditions = Object.values(scenario.start.kind === 'explicit' ? scenario.start.state.actors : {})
    .map((a) => (a.doctrine ? p.doctrines[a.doctrine].conditions.length : 0))
    .reduce((s, c) => s + c, 0);
  return 10 + 6 + n + n + conditions + 1;
}

/** The floor: the same generators, the same number of draws, nothing else. */
function floor(seed: number, runs: number, drawsPerRun: number): { ms: number; sink: number } {
  const t = performance.now();
  let sink = 0;
  for (let run = 0; run < runs; run++) {
    const rng = runRng(seed, run);
    for (let k = 0; k < drawsPerRun; k++) sink += (rng.next() >>> 0) * U32;
  }
  return { ms: performance.now() - t, sink };
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
}

const fmt = (x: number) => `${(x / 1e6).toFixed(2)} M`;

export async function run(): Promise<void> {
  const scenario = loadScenario('measured-2024-11-20');
  const cores = availableParallelism();
  const seed = 2024;

  // Warm-up (JIT) on a small job.
  await runSimulation(scenario, { runs: 2000, horizonDays: HORIZON, seed, workers: 1, sensitivity: false });

  process.stdout.write(`machine        : ${cores} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (a shared machine: wall-clock figures include contention; CPU figures show the cores actually obtained)\n`);
  const runs1 = 20_000;
  const cpu1 = process.cpuUsage();
  const one = await runSimulation(scenario, { runs: runs1, horizonDays: HORIZON, seed, workers: 1, sensitivity: false });
  const cpuOne = cpuSeconds(cpu1);
  const rate1 = one.counters.actorDays / (one.elapsedMs / 1000);
  const drawsPerRun = Math.round((2 * one.counters.actorDays) / runs1) + setupDraws(scenario);
  floor(seed, 2000, drawsPerRun); // warm-up
  const cpuF0 = process.cpuUsage();
  const f = floor(seed, runs1, drawsPerRun);
  const cpuF = cpuSeconds(cpuF0);
  const floorRate = one.counters.actorDays / (f.ms / 1000);
  process.stdout.write(
    `simulate 1 core : ${runs1} runs × ${HORIZON} d, ${fmt(one.counters.actorDays)} actor-days in ${(one.elapsedMs / 1000).toFixed(2)} s → ${fmt(rate1)} actor-days/s\n` +
      `floor  1 core  : same ${fmt(drawsPerRun * runs1)} draws in ${(f.ms / 1000).toFixed(2)} s → ${fmt(floorRate)} actor-days/s equivalent (sink ${f.sink.toFixed(0)})\n` +
      `ratio          : ${(100 * (rate1 / floorRate)).toFixed(1)}% of the floor by wall clock (target ≥ 25%); by CPU time ${(100 * (cpuF / cpuOne)).toFixed(1)}% (simulation ${cpuOne.toFixed(2)} s CPU / ${(one.elapsedMs / 1000).toFixed(2)} s wall, floor ${cpuF.toFixed(2)} s CPU / ${(f.ms / 1000).toFixed(2)} s wall)\n`,
  );

  const runsK = 100_000;
  const cpuK0 = process.cpuUsage();
  const all = await runSimulation(scenario, { runs: runsK, horizonDays: HORIZON, seed, workers: cores, sensitivity: false });
  const cpuK = cpuSeconds(cpuK0);
  const rateK = all.counters.actorDays / (all.elapsedMs / 1000);
  process.stdout.write(
    `simulate ${cores} cores: ${runsK} runs × ${HORIZON} d, ${fmt(all.counters.actorDays)} actor-days in ${(all.elapsedMs / 1000).toFixed(2)} s (worker start-up included) → ${fmt(rateK)} actor-days/s\n` +
      `scaling        : ${(rateK / rate1).toFixed(2)}× on ${cores} cores (${(100 * (rateK / rate1 / cores)).toFixed(0)}% of linear); ${(100 * (rateK / (floorRate * cores))).toFixed(1)}% of ${cores}× the floor\n` +
      `cores obtained : ${(cpuK / (all.elapsedMs / 1000)).toFixed(2)} of ${cores} (CPU ${cpuK.toFixed(1)} s, all threads); per CPU-second ${fmt(all.counters.actorDays / cpuK)} actor-days vs ${fmt(one.counters.actorDays / cpuOne)} on 1 core\n` +
      `100,000 one-year runs: ${(all.elapsedMs / 1000).toFixed(1)} s (target < 60 s); P(use) ${(100 * all.pUse.p).toFixed(2)}%\n`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
