// Compiles a scenario's parameters, starting state and events into a CompiledModel (model.ts).
import { fitFalseAlarms, type Param, type SimulationParameters } from './parameters.js';
import type { CompiledEvent, CompiledModel, Sampled } from './model.js';
import type { InitialState, ScenarioEvent } from './types.js';

const POSTURE_CODE = { normal: 0, alert: 1, launch_on_warning: 2 } as const;
const EVENT_CODE = { action: 0, false_alarm: 1, talks: 2, posture: 3 } as const;
const BY_CODE = { any: 0, nuclear: 1, supported: 2 } as const;

export function sampledOf(p: Param): Sampled {
  if (!p.sampled) return { lo: p.value, hi: p.value, log: false };
  return { lo: p.low, hi: p.high, log: p.dist === 'loguniform' };
}

export function fixedAt(value: number): Sampled {
  return { lo: value, hi: value, log: false };
}

export function compileModel(p: SimulationParameters, state: InitialState, events: ScenarioEvent[]): CompiledModel {
  const actorIds = Object.keys(p.actors);
  const index = new Map(actorIds.map((id, i) => [id, i]));
  const idx = (id: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`unknown actor ${id}`);
    return i;
  };
  const n = actorIds.length;
  const nuclear = actorIds.map((id) => (p.actors[id].nuclear ? 1 : 0));
  const advStart: number[] = [0];
  const advIdx: number[] = [];
  for (const id of actorIds) {
    for (const b of p.actors[id].adversaries) advIdx.push(idx(b));
    advStart.push(advIdx.length);
  }
  const supported = actorIds.map((id) => (!p.actors[id].nuclear && p.actors[id].supported_by.some((s) => p.actors[s].nuclear) ? 1 : 0));
  const cap = actorIds.map((id) => (p.actors[id].nuclear ? p.ladder.policy_max_rung : Math.min(4, p.ladder.policy_max_rung)));

  const condActor: number[] = [];
  const condBy: number[] = [];
  const condMin: number[] = [];
  const condMassive: number[] = [];
  const condP: Sampled[] = [];
  const condLabel: string[] = [];
  for (const id of actorIds) {
    const doctrineId = state.actors[id]?.doctrine ?? null;
    if (doctrineId === null) continue;
    const doctrine = p.doctrines[doctrineId];
    for (const c of doctrine.conditions) {
      condActor.push(idx(id));
      condBy.push(BY_CODE[c.by]);
      condMin.push(c.min_rung);
      condMassive.push(c.massive ? 1 : 0);
      condP.push(sampledOf(c.p_use));
      condLabel.push(`${doctrineId}:${c.id}`);
    }
  }

  const rate = p.alarms.rate_per_year;
  const fit = rate.fit_from ? fitFalseAlarms(rate.fit_from) : null;
  let rateShape = 0;
  let rateGamma = 1;
  let rateFixed = fixedAt(0);
  if (rate.value !== undefined) {
    rateFixed =
      rate.sampled && rate.low !== undefined && rate.high !== undefined
        ? { lo: rate.low, hi: rate.high, log: rate.dist === 'loguniform' }
        : fixedAt(rate.value);
  } else if (fit) {
    if (rate.sampled) {
      rateShape = fit.gammaShape;
      rateGamma = fit.gammaRate;
    } else rateFixed = fixedAt(fit.ratePerYear);
  }
  const rateDraws = Math.max(1, fit?.gammaShape ?? 1);

  const compiledEvents: CompiledEvent[] = events.map((e) => ({
    day: e.day,
    kind: EVENT_CODE[e.kind],
    actors: e.actors.map(idx),
    rung: e.rung ?? 0,
    massive: e.massive ?? false,
    target: e.target ? idx(e.target) : -1,
    down: e.down ?? 0,
    resolveChange: e.resolveChange ?? 0,
    posture: e.posture ? POSTURE_CODE[e.posture] : 0,
  }));

  return {
    markov: p.policy.mode === 'markov',
    n,
    actorIds,
    nuclear,
    cap,
    supported,
    advStart,
    advIdx,
    rung0: actorIds.map((id) => state.actors[id].rung),
    posture0: actorIds.map((id) => POSTURE_CODE[state.actors[id].posture]),
    resolve0: actorIds.map((id) => state.actors[id].resolve),
    resolveSpread: p.policy.resolve_spread.value,
    useRung: p.ladder.nuclear_use_rung,
    deliberateRung: p.ladder.deliberate_use_rung,
    inadvertentRung: p.ladder.inadvertent_use_rung,
    deEscMax: p.ladder.de_escalated_max_rung,
    modPolicy: p.modules.policy,
    modDoctrine: p.modules.doctrine,
    modAlarms: p.modules.false_alarms,
    baseUp: p.policy.base_up.values,
    baseDown: p.policy.base_down.values,
    maxMove: p.policy.max_daily_move.value,
    upScale: sampledOf(p.policy.up_scale),
    downScale: sampledOf(p.policy.down_scale),
    gapWeight: sampledOf(p.policy.gap_weight),
    resolveWeight: sampledOf(p.policy.resolve_weight),
    backdownCost: sampledOf(p.policy.backdown_cost),
    blinkBelief: sampledOf(p.policy.blink_belief),
    misperception: sampledOf(p.perception.misperception_prob),
    upwardBias: sampledOf(p.perception.upward_bias),
    misjudgeBase: sampledOf(p.alarms.misjudge_base),
    pUseScale: sampledOf(p.doctrine.p_use_scale),
    rateShape,
    rateGamma,
    rateFixed,
    rateDraws,
    tension: p.alarms.tension_factor.values,
    refMinutes: p.alarms.reference_minutes.value,
    decisionMinutes: actorIds.map((id) => sampledOf(p.actors[id].decision_minutes)),
    nonLowStep: p.alarms.non_low_step_up.value,
    readiness: p.readiness.values,
    markovActor: idx(p.markov.actor),
    markovUp: p.markov.up,
    markovDown: p.markov.down,
    condActor,
    condBy,
    condMin,
    condMassive,
    condP,
    condLabel,
    events: compiledEvents,
  };
}
