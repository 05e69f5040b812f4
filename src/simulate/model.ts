// The Monte Carlo model: the compiled form of a scenario (plain numbers, sent to workers as is),
// and the hot loop that simulates a chunk of runs and returns summed counters. Kept free of
// zod/yaml imports so worker threads start fast; compile.ts builds a CompiledModel.
import { runRng, U32, type Rng } from './rng.js';
import type { RunTotals } from './types.js';

/** A parameter as a run draws it: uniform or log-uniform in [lo, hi]; lo === hi is fixed. */
export interface Sampled {
  lo: number;
  hi: number;
  log: boolean;
}

export interface CompiledEvent {
  day: number;
  kind: number;
  actors: number[];
  rung: number;
  massive: boolean;
  /** Actor index, or −1 for all adversaries. */
  target: number;
  down: number;
  resolveChange: number;
  posture: number;
}

export interface CompiledModel {
  markov: boolean;
  n: number;
  actorIds: string[];
  nuclear: number[];
  /** Highest rung the policy can reach, per actor (non-nuclear actors stop at 4). */
  cap: number[];
  /** 1 when the actor is non-nuclear and supported by a nuclear actor (joint-attack clause). */
  supported: number[];
  /** Adversaries of each actor, flattened: advIdx[advStart[a] .. advStart[a+1]). */
  advStart: number[];
  advIdx: number[];
  rung0: number[];
  posture0: number[];
  resolve0: number[];
  resolveSpread: number;
  useRung: number;
  deliberateRung: number;
  inadvertentRung: number;
  deEscMax: number;
  modPolicy: boolean;
  modDoctrine: boolean;
  modAlarms: boolean;
  baseUp: number[];
  baseDown: number[];
  maxMove: number;
  upScale: Sampled;
  downScale: Sampled;
  gapWeight: Sampled;
  resolveWeight: Sampled;
  backdownCost: Sampled;
  blinkBelief: Sampled;
  misperception: Sampled;
  upwardBias: Sampled;
  misjudgeBase: Sampled;
  pUseScale: Sampled;
  /** Alarm rate (per year, all nuclear actors): Gamma(shape, rate) draw when rateShape > 0, else `rateFixed`. */
  rateShape: number;
  rateGamma: number;
  rateFixed: Sampled;
  /** Draws reserved for the rate (constant across sensitivity variants: common random numbers). */
  rateDraws: number;
  tension: number[];
  refMinutes: number;
  decisionMinutes: Sampled[];
  nonLowStep: number;
  readiness: number[];
  markovActor: number;
  markovUp: number[];
  markovDown: number[];
  /** Doctrine conditions of the actors' doctrines in force, flattened. */
  condActor: number[];
  condBy: number[];
  condMin: number[];
  condMassive: number[];
  condP: Sampled[];
  condLabel: string[];
  events: CompiledEvent[];
}

export function emptyTotals(n: number, horizon: number): RunTotals {
  return {
    runs: 0,
    uses: 0,
    deliberate: 0,
    inadvertent: 0,
    byActor: new Array<number>(n).fill(0),
    maxRung: new Array<number>(9).fill(0),
    firstUseDay: new Array<number>(horizon + 1).fill(0),
    deEscalated: 0,
    triggerChecks: 0,
    alarms: 0,
    misjudgedAlarms: 0,
    actorDays: 0,
  };
}

export function addTotals(into: RunTotals, from: RunTotals): void {
  into.runs += from.runs;
  into.uses += from.uses;
  into.deliberate += from.deliberate;
  into.inadvertent += from.inadvertent;
  from.byActor.forEach((v, i) => (into.byActor[i] += v));
  from.maxRung.forEach((v, i) => (into.maxRung[i] += v));
  from.firstUseDay.forEach((v, i) => (into.firstUseDay[i] += v));
  into.deEscalated += from.deEscalated;
  into.triggerChecks += from.triggerChecks;
  into.alarms += from.alarms;
  into.misjudgedAlarms += from.misjudgedAlarms;
  into.actorDays += from.actorDays;
}

function draw(rng: Rng, s: Sampled): number {
  const u = (rng.next() >>> 0) * U32;
  if (s.lo === s.hi) return s.lo;
  return s.log ? Math.exp(Math.log(s.lo) + (Math.log(s.hi) - Math.log(s.lo)) * u) : s.lo + (s.hi - s.lo) * u;
}

const NO_USE = -1;

/**
 * Simulates runs first .. first+count−1 of `seed` over `horizon` days. Each run's random stream
 * depends only on (seed, run index): the totals are identical however the runs are chunked.
 */
export function simulateChunk(m: CompiledModel, seed: number, first: number, count: number, horizon: number): RunTotals {
  const n = m.n;
  const totals = emptyTotals(n, horizon);
  const rung = new Int32Array(n);
  const next = new Int32Array(n);
  const posture = new Int32Array(n);
  const resolve = new Float64Array(n);
  const resUp = new Float64Array(n);
  const resDown = new Float64Array(n);
  const decision = new Float64Array(n);
  const upR = new Float64Array(9);
  const downR = new Float64Array(9);
  const gapUp = new Float64Array(17);
  const gapDown = new Float64Array(17);
  const nCond = m.condActor.length;
  const condP = new Float64Array(nCond);
  const advStart = Int32Array.from(m.advStart);
  const advIdx = Int32Array.from(m.advIdx);
  const cap = Int32Array.from(m.cap);
  const nuclearList = Int32Array.from(m.nuclear.flatMap((v, i) => (v ? [i] : [])));
  const nNuclear = nuclearList.length;
  const baseUp = Float64Array.from(m.baseUp);
  const baseDown = Float64Array.from(m.baseDown);
  const tension = Float64Array.from(m.tension);
  const readiness = Float64Array.from(m.readiness);
  const markovUp = Float64Array.from(m.markovUp);
  const markovDown = Float64Array.from(m.markovDown);
  const events = m.events;
  const nEvents = events.length;
  const maxMove = m.maxMove;

  // Per-run state shared with the rare-path helpers below.
  let useDay = NO_USE;
  let useBy = -1;
  let useDeliberate = false;
  let misjudgeBase = 0;
  let pUseScale = 1;
  let gapW = 0;
  let resW = 0;
  let checks = 0;
  let alarms = 0;
  let misjudged = 0;

  const setResolve = (a: number, value: number): void => {
    const r = value < 0 ? 0 : value > 1 ? 1 : value;
    resolve[a] = r;
    resUp[a] = Math.exp(resW * (r - 0.5));
    resDown[a] = 1 / resUp[a];
  };

  // An action by `mover` at rung r (massive or not, against `target` or all its adversaries):
  // each adversary whose doctrine has a condition met decides on use with one draw.
  const triggerCheck = (rng: Rng, mover: number, r: number, massive: boolean, target: number, day: number): void => {
    if (!m.modDoctrine || useDay !== NO_USE) return;
    for (let k = advStart[mover]; k < advStart[mover + 1]; k++) {
      const a = advIdx[k];
      if (target >= 0 && a !== target) continue;
      // mover must count as a's adversary too
      let isAdv = false;
      for (let j = advStart[a]; j < advStart[a + 1]; j++) if (advIdx[j] === mover) isAdv = true;
      if (!isAdv) continue;
      let q = 1;
      let met = false;
      for (let c = 0; c < nCond; c++) {
        if (m.condActor[c] !== a || r < m.condMin[c]) continue;
        const by = m.condBy[c];
        if (by === 1 && !m.nuclear[mover]) continue;
        if (by === 2 && !m.supported[mover]) continue;
        if (m.condMassive[c] && !massive) continue;
        const pc = condP[c] * pUseScale;
        q *= 1 - (pc > 1 ? 1 : pc);
        met = true;
      }
      if (!met) continue;
      checks++;
      const p = (1 - q) * readiness[rung[a]];
      if ((rng.next() >>> 0) * U32 < p) {
        useDay = day;
        useBy = a;
        useDeliberate = true;
        rung[a] = m.deliberateRung;
        return;
      }
    }
  };

  // A false alarm on nuclear actor a: misjudged with a probability rising with tension and
  // falling with decision time; under launch on warning a misjudged alarm is a launch.
  const alarm = (rng: Rng, a: number, day: number): void => {
    alarms++;
    let pm = misjudgeBase * tension[rung[a]] * (m.refMinutes / decision[a]);
    if (pm > 1) pm = 1;
    if ((rng.next() >>> 0) * U32 >= pm) return;
    misjudged++;
    if (posture[a] === 2) {
      useDay = day;
      useBy = a;
      useDeliberate = false;
      rung[a] = m.inadvertentRung;
      return;
    }
    if (m.nonLowStep > 0 && rung[a] < cap[a]) {
      rung[a] = Math.min(cap[a], rung[a] + m.nonLowStep);
      posture[a] = posture[a] < 1 ? 1 : posture[a];
      triggerCheck(rng, a, rung[a], false, -1, day);
    }
  };

  for (let run = first; run < first + count; run++) {
    const rng = runRng(seed, run);
    // Per-run parameter draws, always in this order and number (common random numbers).
    const upScale = draw(rng, m.upScale);
    const downScale = draw(rng, m.downScale);
    gapW = draw(rng, m.gapWeight);
    resW = draw(rng, m.resolveWeight);
    const backdown = draw(rng, m.backdownCost);
    const blink = draw(rng, m.blinkBelief);
    const misperception = draw(rng, m.misperception);
    const upwardBias = draw(rng, m.upwardBias);
    misjudgeBase = draw(rng, m.misjudgeBase);
    pUseScale = draw(rng, m.pUseScale);
    let rate: number;
    if (m.rateShape > 0) {
      let sum = 0;
      for (let k = 0; k < m.rateDraws; k++) {
        const u = (rng.next() >>> 0) * U32;
        if (k < m.rateShape) sum -= Math.log(1 - u);
      }
      rate = sum / m.rateGamma;
    } else {
      for (let k = 1; k < m.rateDraws; k++) rng.next();
      rate = draw(rng, m.rateFixed);
    }
    for (let a = 0; a < n; a++) decision[a] = draw(rng, m.decisionMinutes[a]);
    for (let a = 0; a < n; a++) {
      const u = (rng.next() >>> 0) * U32;
      rung[a] = m.rung0[a];
      posture[a] = m.posture0[a];
      setResolve(a, m.resolve0[a] + m.resolveSpread * (2 * u - 1));
    }
    for (let c = 0; c < nCond; c++) condP[c] = draw(rng, m.condP[c]);

    // Tables of this run: the policy's up/down factors by rung and by perceived gap.
    for (let r = 0; r < 9; r++) {
      upR[r] = baseUp[r] * upScale;
      downR[r] = baseDown[r] * downScale * Math.exp(-backdown * r) * (1 - blink);
    }
    for (let g = -8; g <= 8; g++) {
      gapUp[g + 8] = Math.exp(gapW * g) * (g >= 0 ? 1 + blink : 1);
      gapDown[g + 8] = Math.exp(-gapW * g);
    }
    const misUp = misperception * upwardBias;
    const alarmPerDay = m.modAlarms && nNuclear > 0 ? rate / 365 : 0;
    let nextAlarm = alarmPerDay > 0 ? -Math.log(1 - (rng.next() >>> 0) * U32) / alarmPerDay : Infinity;

    useDay = NO_USE;
    useBy = -1;
    let maxRung = 0;
    for (let a = 0; a < n; a++) if (rung[a] > maxRung) maxRung = rung[a];
    let absorbedLow = false;
    let ev = 0;
    let day = 1;
    for (; day <= horizon; day++) {
      // Injected events of the day.
      while (ev < nEvents && events[ev].day < day) ev++;
      while (ev < nEvents && events[ev].day === day && useDay === NO_USE) {
        const e = events[ev++];
        if (e.kind === 0) {
          const a = e.actors[0];
          if (e.rung > rung[a]) rung[a] = e.rung;
          triggerCheck(rng, a, e.rung, e.massive, e.target, day);
        } else if (e.kind === 1) {
          alarm(rng, e.actors[0], day);
        } else if (e.kind === 2) {
          for (const a of e.actors) {
            rung[a] = rung[a] > e.down ? rung[a] - e.down : 0;
            setResolve(a, resolve[a] + e.resolveChange);
          }
        } else {
          posture[e.actors[0]] = e.posture;
        }
      }
      if (useDay !== NO_USE) break;

      if (m.markov) {
        const a = m.markovActor;
        const r = rung[a];
        const u = (rng.next() >>> 0) * U32;
        totals.actorDays++;
        if (u < markovUp[r]) rung[a] = r + 1;
        else if (u < markovUp[r] + markovDown[r]) rung[a] = r - 1;
        if (rung[a] > maxRung) maxRung = rung[a];
        if (rung[a] >= m.useRung) {
          useDay = day;
          useBy = a;
          useDeliberate = true;
          break;
        }
        if (rung[a] === 0) {
          absorbedLow = true;
          break;
        }
      } else if (m.modPolicy) {
        // Simultaneous moves from the state at the start of the day.
        for (let a = 0; a < n; a++) {
          const r = rung[a];
          let opp = 0;
          for (let k = advStart[a]; k < advStart[a + 1]; k++) {
            const b = rung[advIdx[k]];
            if (b > opp) opp = b;
          }
          const u1 = (rng.next() >>> 0) * U32;
          if (u1 < misperception) opp += u1 < misUp ? 1 : opp > 0 ? -1 : 0;
          let gi = opp - r + 8;
          if (gi < 0) gi = 0;
          else if (gi > 16) gi = 16;
          let pUp = r < cap[a] ? upR[r] * gapUp[gi] * resUp[a] : 0;
          let pDown = downR[r] * gapDown[gi] * resDown[a];
          const sum = pUp + pDown;
          if (sum > maxMove) {
            pUp *= maxMove / sum;
            pDown *= maxMove / sum;
          }
          const u2 = (rng.next() >>> 0) * U32;
          next[a] = u2 < pUp ? r + 1 : u2 < pUp + pDown ? r - 1 : r;
        }
        totals.actorDays += n;
        for (let a = 0; a < n; a++) {
          const up = next[a] > rung[a];
          rung[a] = next[a];
          if (next[a] > maxRung) maxRung = next[a];
          if (up && useDay === NO_USE) triggerCheck(rng, a, next[a], false, -1, day);
        }
        if (useDay !== NO_USE) break;
      } else {
        totals.actorDays += n;
      }

      while (nextAlarm <= day && useDay === NO_USE) {
        const target = nNuclear === 1 ? nuclearList[0] : nuclearList[Math.floor((rng.next() >>> 0) * U32 * nNuclear)];
        alarm(rng, target, day);
        nextAlarm += -Math.log(1 - (rng.next() >>> 0) * U32) / alarmPerDay;
      }
      if (useDay !== NO_USE) break;
      for (let a = 0; a < n; a++) if (rung[a] > maxRung) maxRung = rung[a];
    }

    totals.runs++;
    if (useDay !== NO_USE) {
      if (rung[useBy] > maxRung) maxRung = rung[useBy];
      totals.uses++;
      if (useDeliberate) totals.deliberate++;
      else totals.inadvertent++;
      totals.byActor[useBy]++;
      totals.firstUseDay[useDay]++;
    } else if (m.markov) {
      if (absorbedLow) totals.deEscalated++;
    } else {
      let low = true;
      for (let a = 0; a < n; a++) if (rung[a] > m.deEscMax) low = false;
      if (low) totals.deEscalated++;
    }
    totals.maxRung[maxRung > 8 ? 8 : maxRung]++;
  }
  totals.triggerChecks = checks;
  totals.alarms = alarms;
  totals.misjudgedAlarms = misjudged;
  return totals;
}
