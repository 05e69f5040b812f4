// runSimulation: compiles the scenario, spreads the runs (and the sensitivity variants) over
// workers, and turns the summed counters into probabilities with intervals.
import { availableParallelism } from 'node:os';
import { EscaladeError } from '../errors.js';
import { loadLadder } from '../knowledge/ladder.js';
import { fitFalseAlarms, sensitivityTarget, type SimulationParameters } from './parameters.js';
import { compileModel } from './compile.js';
import { addTotals, emptyTotals, type CompiledModel } from './model.js';
import { runTasks, type ChunkTask } from './pool.js';
import { scenarioInitialState } from './scenario.js';
import { proportion, wilson } from './stats.js';
import type { FalseAlarmFit, RunTotals, Scenario, SensitivityRow, SimulationOptions, SimulationResult } from './types.js';

export const SURVIVAL_DAYS = [30, 90, 180, 365];
const DEFAULT_CHUNK = 2000;
const MAX_HORIZON = 3650;
const MAX_RUNS = 100_000_000;

function checkOptions(opts: SimulationOptions): void {
  const int = (value: number, field: string, min: number, max: number) => {
    if (!Number.isInteger(value) || value < min || value > max) throw new EscaladeError(`${field} must be an integer in ${min}..${max} (got ${value})`, 2);
  };
  int(opts.runs, 'runs', 1, MAX_RUNS);
  int(opts.horizonDays, 'horizonDays', 1, MAX_HORIZON);
  int(opts.seed, 'seed', 0, 0xffffffff);
  if (opts.workers !== undefined) int(opts.workers, 'workers', 1, 256);
  if (opts.sensitivityRuns !== undefined) int(opts.sensitivityRuns, 'sensitivityRuns', 1, MAX_RUNS);
  if (opts.chunkSize !== undefined) int(opts.chunkSize, 'chunkSize', 1, MAX_RUNS);
}

interface Variant {
  parameter: string;
  meaning: string;
  low: number;
  high: number;
  models: [CompiledModel, CompiledModel];
}

/** The one-at-a-time variants: each listed parameter fixed at the low, then the high end of its range. */
function sensitivityVariants(scenario: Scenario, fit: FalseAlarmFit): Variant[] {
  const p = scenario.parameters;
  if (p.policy.mode === 'markov') return [];
  const state = scenarioInitialState(scenario);
  const out: Variant[] = [];
  for (const path of p.sensitivity) {
    const [group] = path.split('.');
    if ((group === 'policy' || group === 'perception') && !p.modules.policy) continue;
    if (group === 'alarms' && !p.modules.false_alarms) continue;
    if (group === 'doctrine' && !p.modules.doctrine) continue;
    const target = sensitivityTarget(p, path);
    if (target === null) continue;
    let low: number;
    let high: number;
    let meaning: string;
    if (target === 'rate') {
      const r = p.alarms.rate_per_year;
      meaning = r.meaning;
      if (r.value !== undefined) {
        low = r.low ?? r.value;
        high = r.high ?? r.value;
      } else {
        low = fit.ci95.low;
        high = fit.ci95.high;
      }
    } else {
      low = target.low;
      high = target.high;
      meaning = target.meaning;
    }
    if (low === high) continue;
    const at = (value: number): CompiledModel => {
      const q = structuredClone(p) as SimulationParameters;
      if (target === 'rate') {
        q.alarms.rate_per_year = { ...q.alarms.rate_per_year, value, low: value, high: value, sampled: false };
      } else {
        const param = sensitivityTarget(q, path);
        if (param && param !== 'rate') {
          param.value = value;
          param.sampled = false;
        }
      }
      const model = compileModel(q, state, scenario.events);
      // Keep the number of draws for the rate as in the main model (common random numbers).
      model.rateDraws = Math.max(model.rateDraws, fit.gammaShape);
      return model;
    };
    out.push({ parameter: path, meaning, low, high, models: [at(low), at(high)] });
  }
  return out;
}

function chunks(model: CompiledModel, seed: number, runs: number, horizon: number, size: number, tasks: ChunkTask[]): number[] {
  const ids: number[] = [];
  for (let first = 0; first < runs; first += size) {
    const id = tasks.length;
    tasks.push({ id, model, seed, first, count: Math.min(size, runs - first), horizon });
    ids.push(id);
  }
  return ids;
}

function sum(results: RunTotals[], ids: number[], n: number, horizon: number): RunTotals {
  const total = emptyTotals(n, horizon);
  for (const id of ids) addTotals(total, results[id]);
  return total;
}

export async function runSimulation(scenario: Scenario, opts: SimulationOptions): Promise<SimulationResult> {
  checkOptions(opts);
  const started = performance.now();
  const state = scenarioInitialState(scenario);
  const p = scenario.parameters;
  const fit = fitFalseAlarms(p.alarms.rate_per_year.fit_from ?? 'history/forecasts.json#false_alarms');
  const model = compileModel(p, state, scenario.events);
  const horizon = opts.horizonDays;
  const chunkSize = opts.chunkSize ?? DEFAULT_CHUNK;

  const tasks: ChunkTask[] = [];
  const mainIds = chunks(model, opts.seed, opts.runs, horizon, chunkSize, tasks);
  const variants = opts.sensitivity === false ? [] : sensitivityVariants(scenario, fit);
  const sensRuns = opts.sensitivityRuns ?? Math.max(200, Math.floor(opts.runs / 5));
  const variantIds = variants.map((v) => v.models.map((m) => chunks(m, opts.seed, sensRuns, horizon, chunkSize, tasks)) as [number[], number[]]);

  const totalRuns = tasks.reduce((s, t) => s + t.count, 0);
  const work = totalRuns * horizon * model.n;
  const cores = availableParallelism();
  const workers = Math.max(1, Math.min(opts.workers ?? (work >= 5_000_000 ? cores : 1), tasks.length));
  let done = 0;
  opts.onProgress?.(0, totalRuns);
  const results = await runTasks(
    tasks,
    workers,
    (task) => {
      done += task.count;
      opts.onProgress?.(done, totalRuns);
    },
    opts.signal,
  );

  const main = sum(results, mainIds, model.n, horizon);
  const ladder = loadLadder();
  const notes = [...state.notes];
  if (p.policy.mode === 'markov') notes.push('markov validation mode: fixed up/down per rung; only the markov actor moves');
  notes.push('Intervals are Monte Carlo (Wilson 95%); parameter uncertainty is integrated by drawing sampled parameters per run and shown by the sensitivity table.');
  notes.push('The model stops each run at the first nuclear use; what follows a first use is not simulated.');

  const survivalDays = [...SURVIVAL_DAYS.filter((d) => d < horizon), horizon];
  let cumulative = 0;
  const survival: SimulationResult['survival'] = [];
  let k = 0;
  for (let day = 1; day <= horizon && k < survivalDays.length; day++) {
    cumulative += main.firstUseDay[day];
    if (day === survivalDays[k]) {
      const ci = wilson(cumulative, main.runs);
      survival.push({ day, pNoUse: 1 - cumulative / main.runs, ci95: { low: 1 - ci.high, high: 1 - ci.low } });
      k++;
    }
  }

  const survivalDaily: number[] = [1];
  let used = 0;
  for (let day = 1; day <= horizon; day++) {
    used += main.firstUseDay[day];
    survivalDaily.push(Number((1 - used / main.runs).toFixed(6)));
  }

  const sensitivity: SensitivityRow[] = variants.map((v, i) => {
    const lowT = sum(results, variantIds[i][0], model.n, horizon);
    const highT = sum(results, variantIds[i][1], model.n, horizon);
    const atLow = proportion(lowT.uses, lowT.runs);
    const atHigh = proportion(highT.uses, highT.runs);
    return { parameter: v.parameter, meaning: v.meaning, low: v.low, high: v.high, pUseAtLow: atLow, pUseAtHigh: atHigh, swing: atHigh.p - atLow.p };
  });
  sensitivity.sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing) || a.parameter.localeCompare(b.parameter));

  const byActor: Record<string, ReturnType<typeof proportion>> = {};
  model.actorIds.forEach((id, i) => (byActor[id] = proportion(main.byActor[i], main.runs)));

  return {
    scenario: { name: scenario.name, title: scenario.title, origin: scenario.origin, events: scenario.events },
    initialState: state,
    parameters: p,
    parametersVersion: p.version,
    seed: opts.seed,
    runs: opts.runs,
    horizonDays: horizon,
    workers,
    derived: { falseAlarmFit: fit },
    pUse: proportion(main.uses, main.runs),
    deliberateShare: proportion(main.deliberate, main.uses),
    inadvertentShare: proportion(main.inadvertent, main.uses),
    byActor,
    deEscalated: proportion(main.deEscalated, main.runs),
    maxRung: main.maxRung.map((count, rung) => ({ rung, name: ladder.rungs[rung]?.name.en ?? `rung ${rung}`, count, share: count / main.runs })),
    survival,
    survivalDaily,
    sensitivity,
    counters: { actorDays: main.actorDays, triggerChecks: main.triggerChecks, alarms: main.alarms, misjudgedAlarms: main.misjudgedAlarms },
    elapsedMs: performance.now() - started,
    notes,
  };
}
