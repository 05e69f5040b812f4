// Types of the simulate stage: scenarios, starting states, parameters and results.
import type { SimulationParameters } from './parameters.js';

export type { SimulationParameters } from './parameters.js';

export const POSTURES = ['normal', 'alert', 'launch_on_warning'] as const;
/** Readiness of an actor's nuclear forces: under launch on warning a misjudged alarm leads to launch. */
export type Posture = (typeof POSTURES)[number];

/** One actor's state at the start of a run. */
export interface ActorState {
  /** Rung on the escalation ladder (data/ladder.yaml), 0..policy_max_rung. */
  rung: number;
  posture: Posture;
  /** Willingness to escalate rather than back down, 0..1. */
  resolve: number;
  /** Id of the doctrine in force (parameters.yaml `doctrines`), or null for a non-nuclear actor. */
  doctrine: string | null;
}

/** Starting state of a simulation: actor id → state. */
export interface InitialState {
  /** The date the state describes (YYYY-MM-DD), when known: picks the doctrines in force. */
  at: string | null;
  actors: Record<string, ActorState>;
  /** How the state was obtained (explicit in a scenario file, or measured by the monitor). */
  origin: string;
  /** Adjustments made while building it (clamped rungs, unknown actors ignored). */
  notes: string[];
}

export const SCENARIO_EVENT_KINDS = ['action', 'false_alarm', 'talks', 'posture'] as const;
export type ScenarioEventKind = (typeof SCENARIO_EVENT_KINDS)[number];

/** An event injected on a given day of every run. */
export interface ScenarioEvent {
  /** Day of the run (1 = first simulated day). */
  day: number;
  kind: ScenarioEventKind;
  /** Who acts (action, false_alarm, posture) or the parties (talks; empty = all). */
  actors: string[];
  /** action: rung the actor's action demonstrates (its rung becomes at least this). */
  rung?: number;
  /** action: a massive air and space attack (doctrine conditions marked `massive`). */
  massive?: boolean;
  /** action: whom the action is against (default: all the actor's adversaries). */
  target?: string | null;
  /** talks: rungs stepped down by each party. */
  down?: number;
  /** talks: change of each party's resolve. */
  resolveChange?: number;
  /** posture: the new posture. */
  posture?: Posture;
  note: string;
}

export type ScenarioStart =
  | { kind: 'explicit'; state: InitialState }
  | { kind: 'monitor'; at: string; posture: Record<string, Posture>; resolve: Record<string, number> };

export interface Scenario {
  name: string;
  title: string;
  description: string;
  /** File it was read from, or the origin given to validateScenario. */
  origin: string;
  start: ScenarioStart;
  /** How the starting rungs were derived (for measured scenarios). */
  derivation: string | null;
  /** Parameters after the scenario's overrides were applied to data/simulate/parameters.yaml. */
  parameters: SimulationParameters;
  /** The overrides themselves, as written in the scenario. */
  overrides: Record<string, unknown>;
  events: ScenarioEvent[];
  /** Default horizon (days) when the caller gives none. */
  horizonDays: number | null;
}

export interface SimulationOptions {
  runs: number;
  horizonDays: number;
  seed: number;
  /** Worker threads; 1 runs in this thread. Default: all cores when the work is large enough. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** One-at-a-time sensitivity table (default true). */
  sensitivity?: boolean;
  /** Runs per sensitivity point (default runs/5, at least 200). */
  sensitivityRuns?: number;
  /** Runs per chunk handed to a worker (default 2000). Results do not depend on it. */
  chunkSize?: number;
}

export interface Interval {
  low: number;
  high: number;
}

export interface Proportion {
  /** Count out of `of`. */
  count: number;
  of: number;
  p: number;
  /** 95% Wilson score interval (Monte Carlo error only). */
  ci95: Interval;
}

export interface SensitivityRow {
  /** Parameter path in parameters.yaml, e.g. "alarms.misjudge_base". */
  parameter: string;
  meaning: string;
  low: number;
  high: number;
  pUseAtLow: Proportion;
  pUseAtHigh: Proportion;
  /** pUseAtHigh.p − pUseAtLow.p. */
  swing: number;
}

export interface RunTotals {
  runs: number;
  uses: number;
  deliberate: number;
  inadvertent: number;
  /** Uses by actor index. */
  byActor: number[];
  /** Runs whose maximum rung (over all actors) was k, k = 0..8. */
  maxRung: number[];
  /** First-use count per day (index = day, 1..horizon). */
  firstUseDay: number[];
  /** Runs ending with every actor at rung ≤ de_escalated_max_rung and no use. */
  deEscalated: number;
  /** Doctrine trigger checks (adversary actions meeting a condition) and alarms seen. */
  triggerChecks: number;
  alarms: number;
  misjudgedAlarms: number;
  actorDays: number;
}

export interface SimulationResult {
  scenario: { name: string; title: string; origin: string; events: ScenarioEvent[] };
  initialState: InitialState;
  /** The full parameter set used (after overrides), for traceability. */
  parameters: SimulationParameters;
  parametersVersion: number;
  seed: number;
  runs: number;
  horizonDays: number;
  workers: number;
  /** Derived figures used by the model (fitted false-alarm rate...). */
  derived: { falseAlarmFit: FalseAlarmFit };
  pUse: Proportion;
  /** Shares among runs with a use. */
  deliberateShare: Proportion;
  inadvertentShare: Proportion;
  byActor: Record<string, Proportion>;
  deEscalated: Proportion;
  maxRung: { rung: number; name: string; count: number; share: number }[];
  /** Day → P(no use yet), at 30/90/180/365 days (those within the horizon) and the horizon. */
  survival: { day: number; pNoUse: number; ci95: Interval }[];
  /** The whole survival curve: index d = P(no use by the end of day d), d = 0..horizon (for charts). */
  survivalDaily: number[];
  sensitivity: SensitivityRow[];
  counters: { actorDays: number; triggerChecks: number; alarms: number; misjudgedAlarms: number };
  elapsedMs: number;
  notes: string[];
}

export interface FalseAlarmFit {
  incidents: number;
  first: string;
  last: string;
  spanYears: number;
  /** count / span (per year, all nuclear actors together). */
  ratePerYear: number;
  /** Gamma posterior of the rate: shape = count, rate = span (years). */
  gammaShape: number;
  gammaRate: number;
  ci95: Interval;
}
