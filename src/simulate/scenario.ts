// Scenarios (data/scenarios/*.yaml): starting state, parameter overrides, injected events.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { EscaladeError } from '../errors.js';
import { dataPath } from '../knowledge/load.js';
import { deepMerge, doctrineInForce, loadParameters, rawParameters, validateParameters, type SimulationParameters } from './parameters.js';
import { POSTURES, type ActorState, type InitialState, type Posture, type Scenario, type ScenarioEvent } from './types.js';

export const SCENARIOS_DIR = dataPath('scenarios');

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const actorRef = z.string().min(1);
const note = z.string().default('');
const day = z.number().int().min(1);

const actorStateSchema = z.object({
  rung: z.number().int().min(0),
  posture: z.enum(POSTURES),
  resolve: z.number().min(0).max(1),
  doctrine: z.string().nullable().optional(),
});

const eventSchema = z.discriminatedUnion('kind', [
  z.object({ day, kind: z.literal('action'), actor: actorRef, rung: z.number().int().min(0), massive: z.boolean().default(false), target: actorRef.nullable().default(null), note }),
  z.object({ day, kind: z.literal('false_alarm'), actor: actorRef, note }),
  z.object({ day, kind: z.literal('talks'), actors: z.array(actorRef).default([]), down: z.number().int().min(0).default(1), resolve_change: z.number().min(-1).max(1).default(0), note }),
  z.object({ day, kind: z.literal('posture'), actor: actorRef, posture: z.enum(POSTURES), note }),
]);

const scenarioSchema = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  title: z.string().min(1),
  description: z.string().default(''),
  start: z
    .object({
      at: isoDay.nullable().optional(),
      actors: z.record(z.string(), actorStateSchema).optional(),
      from_monitor: z.object({ at: isoDay }).strict().optional(),
      posture: z.record(z.string(), z.enum(POSTURES)).optional(),
      resolve: z.record(z.string(), z.number().min(0).max(1)).optional(),
    })
    .strict(),
  derivation: z.string().nullable().default(null),
  parameters: z.record(z.string(), z.unknown()).default({}),
  events: z.array(eventSchema).default([]),
  horizon_days: z.number().int().positive().nullable().default(null),
});

/** Validates a scenario (parsed YAML); errors are one line naming the origin and the field. */
export function validateScenario(data: unknown, origin: string): Scenario {
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.map(String).join('.') || '(root)';
    const message = issue.code === 'invalid_type' && /received undefined/.test(issue.message) ? 'missing' : issue.message;
    throw new EscaladeError(`invalid scenario ${origin}: field ${field}: ${message}`);
  }
  const s = parsed.data;
  const parameters = validateParameters(deepMerge(rawParameters(), s.parameters), `scenario ${origin}`);
  const ids = Object.keys(parameters.actors);
  const fail = (field: string, message: string): never => {
    throw new EscaladeError(`invalid scenario ${origin}: field ${field}: ${message}`);
  };
  const checkActor = (id: string, field: string) => {
    if (!ids.includes(id)) fail(field, `unknown actor "${id}" (known: ${ids.join(', ')})`);
  };

  let start: Scenario['start'];
  const st = s.start;
  if (st.actors && st.from_monitor) fail('start.from_monitor', 'give either start.actors or start.from_monitor, not both');
  if (st.actors) {
    if (st.posture || st.resolve) fail(st.posture ? 'start.posture' : 'start.resolve', 'only with start.from_monitor (give them per actor)');
    const at = st.at ?? null;
    const actors: Record<string, ActorState> = {};
    for (const [id, state] of Object.entries(st.actors)) {
      checkActor(id, `start.actors.${id}`);
      if (state.rung > parameters.ladder.policy_max_rung) {
        fail(`start.actors.${id}.rung`, `must be at most ${parameters.ladder.policy_max_rung} (rungs from ${parameters.ladder.nuclear_use_rung} are nuclear use)`);
      }
      if (!parameters.actors[id].nuclear && state.doctrine) fail(`start.actors.${id}.doctrine`, 'a non-nuclear actor has no nuclear doctrine');
      const doctrine = state.doctrine === undefined ? doctrineInForce(parameters, id, at) : state.doctrine;
      if (doctrine !== null) {
        const d = parameters.doctrines[doctrine];
        if (!d) fail(`start.actors.${id}.doctrine`, `unknown doctrine "${doctrine}" (known: ${Object.keys(parameters.doctrines).join(', ')})`);
        else if (d.actor !== id) fail(`start.actors.${id}.doctrine`, `doctrine "${doctrine}" belongs to ${d.actor}`);
      }
      actors[id] = { rung: state.rung, posture: state.posture, resolve: state.resolve, doctrine };
    }
    for (const id of ids) if (!(id in actors)) fail(`start.actors.${id}`, `missing (every actor must be given: ${ids.join(', ')})`);
    if (parameters.policy.mode === 'markov') {
      const r = actors[parameters.markov.actor].rung;
      if (r < 1) fail(`start.actors.${parameters.markov.actor}.rung`, 'in markov mode the markov actor must start on a transient rung (≥ 1)');
    }
    start = { kind: 'explicit', state: { at, actors, origin: `scenario ${s.name}`, notes: [] } };
  } else if (st.from_monitor) {
    for (const id of Object.keys(st.posture ?? {})) checkActor(id, `start.posture.${id}`);
    for (const id of Object.keys(st.resolve ?? {})) checkActor(id, `start.resolve.${id}`);
    start = { kind: 'monitor', at: st.from_monitor.at, posture: st.posture ?? {}, resolve: st.resolve ?? {} };
  } else {
    return fail('start.actors', 'missing (give start.actors or start.from_monitor)');
  }

  const events: ScenarioEvent[] = s.events.map((e, i) => {
    const field = `events.${i}`;
    switch (e.kind) {
      case 'action':
        checkActor(e.actor, `${field}.actor`);
        if (e.target !== null) {
          checkActor(e.target, `${field}.target`);
          if (!parameters.actors[e.actor].adversaries.includes(e.target)) fail(`${field}.target`, `${e.target} is not an adversary of ${e.actor}`);
        }
        if (e.rung > parameters.ladder.policy_max_rung) fail(`${field}.rung`, `must be at most ${parameters.ladder.policy_max_rung}`);
        return { day: e.day, kind: e.kind, actors: [e.actor], rung: e.rung, massive: e.massive, target: e.target, note: e.note };
      case 'false_alarm':
        checkActor(e.actor, `${field}.actor`);
        if (!parameters.actors[e.actor].nuclear) fail(`${field}.actor`, `${e.actor} has no nuclear early-warning system`);
        return { day: e.day, kind: e.kind, actors: [e.actor], note: e.note };
      case 'talks':
        e.actors.forEach((a, j) => checkActor(a, `${field}.actors.${j}`));
        return { day: e.day, kind: e.kind, actors: e.actors.length > 0 ? e.actors : ids, down: e.down, resolveChange: e.resolve_change, note: e.note };
      case 'posture':
        checkActor(e.actor, `${field}.actor`);
        return { day: e.day, kind: e.kind, actors: [e.actor], posture: e.posture, note: e.note };
    }
  });
  events.sort((a, b) => a.day - b.day);

  return {
    name: s.name,
    title: s.title,
    description: s.description,
    origin,
    start,
    derivation: s.derivation,
    parameters,
    overrides: s.parameters,
    events,
    horizonDays: s.horizon_days,
  };
}

/** Reads a scenario from a path, or by name from data/scenarios/NAME.yaml. */
export function loadScenario(pathOrName: string): Scenario {
  const path = scenarioPath(pathOrName);
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new EscaladeError(`cannot read scenario ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
  return validateScenario(data, path);
}

function scenarioPath(pathOrName: string): string {
  if (/[/\\]|\.ya?ml$/i.test(pathOrName)) {
    const path = resolve(pathOrName);
    if (!existsSync(path)) throw new EscaladeError(`scenario file not found: ${pathOrName}`);
    return path;
  }
  const path = dataPath('scenarios', `${pathOrName}.yaml`);
  if (!existsSync(path)) {
    const known = listScenarios().map((s) => s.name);
    throw new EscaladeError(`unknown scenario "${pathOrName}" (known: ${known.join(', ') || 'none'})`);
  }
  return path;
}

export function listScenarios(): { name: string; title: string; path: string }[] {
  if (!existsSync(SCENARIOS_DIR)) return [];
  return readdirSync(SCENARIOS_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const path = dataPath('scenarios', f);
      let title = '';
      let name = basename(f).replace(/\.ya?ml$/, '');
      try {
        const data = parse(readFileSync(path, 'utf8')) as { name?: unknown; title?: unknown } | null;
        if (typeof data?.name === 'string') name = data.name;
        if (typeof data?.title === 'string') title = data.title;
      } catch {
        title = '(unreadable)';
      }
      return { name, title, path };
    });
}

/**
 * Builds a starting state from per-actor ladder levels (what the judge's `ladderState` gives).
 * Aliases (NATO, GBR, FRA → USA; BLR → RUS) are folded into the simulated actor by taking the
 * highest level; actors the model does not simulate are ignored; levels at or above nuclear use
 * are clamped to policy_max_rung (noted). Posture and resolve come from `opts` or the actors'
 * defaults in parameters.yaml; doctrines are those in force on `at`.
 */
export function initialStateFromLevels(
  levels: { actor: string; level: number }[],
  opts: { at?: string | null; parameters?: SimulationParameters; posture?: Record<string, Posture>; resolve?: Record<string, number>; origin?: string } = {},
): InitialState {
  const p = opts.parameters ?? loadParameters();
  const at = opts.at ?? null;
  const notes: string[] = [];
  const rung: Record<string, number> = {};
  const lookup = new Map<string, string>();
  for (const [id, actor] of Object.entries(p.actors)) {
    lookup.set(id, id);
    for (const alias of actor.aliases) lookup.set(alias, id);
    rung[id] = 0;
  }
  for (const { actor, level } of levels) {
    if (!Number.isFinite(level) || level < 0) throw new EscaladeError(`level of ${actor} must be a non-negative number (got ${level})`);
    const id = lookup.get(actor);
    if (!id) {
      notes.push(`${actor} (level ${level}) is not simulated; ignored`);
      continue;
    }
    let value = Math.round(level);
    if (value > p.ladder.policy_max_rung) {
      notes.push(`${actor} level ${value} clamped to ${p.ladder.policy_max_rung} (the simulation starts before any nuclear use)`);
      value = p.ladder.policy_max_rung;
    }
    if (id !== actor) notes.push(`${actor} level ${value} folded into ${id}`);
    rung[id] = Math.max(rung[id], value);
  }
  const actors: Record<string, ActorState> = {};
  for (const [id, actor] of Object.entries(p.actors)) {
    actors[id] = {
      rung: rung[id],
      posture: opts.posture?.[id] ?? actor.default_posture,
      resolve: opts.resolve?.[id] ?? actor.default_resolve,
      doctrine: actor.nuclear ? doctrineInForce(p, id, at) : null,
    };
  }
  return { at, actors, origin: opts.origin ?? 'monitor levels', notes };
}

/** The scenario with its starting state replaced (e.g. by the monitor's measurement). */
export function withInitialState(scenario: Scenario, state: InitialState): Scenario {
  return { ...scenario, start: { kind: 'explicit', state } };
}

/** The explicit starting state of a scenario; a monitor-start scenario must be resolved first. */
export function scenarioInitialState(scenario: Scenario): InitialState {
  if (scenario.start.kind === 'explicit') return scenario.start.state;
  throw new EscaladeError(
    `scenario ${scenario.name} starts from the monitor at ${scenario.start.at}: resolve it with --from-monitor (or initialStateFromLevels + withInitialState)`,
  );
}
