// The risk model's parameters (data/risk/model.yaml) and the fitted scalars (data/risk/fitted.yaml).
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { EVENT_TYPES, type EventType } from '../types.js';
import { dataPath, loadDataFile } from '../knowledge/load.js';
import type { CredibilityClass, EventRole, FreeParameters } from './types.js';
import { triangular, type Draw } from './random.js';

const ranged = z
  .object({ default: z.number(), low: z.number(), high: z.number(), source: z.string().optional(), meaning: z.string().optional() })
  .refine((r) => r.low <= r.default && r.default <= r.high, 'needs low <= default <= high');
const weightBase = z
  .object({ default: z.number(), low: z.number(), high: z.number(), half_life_days: z.number().positive() })
  .refine((r) => r.low <= r.default && r.default <= r.high, 'needs low <= default <= high');
const weight = z
  .object({
    default: z.number(),
    low: z.number(),
    high: z.number(),
    half_life_days: z.number().positive(),
    /** Weight for hypothetical and negated mentions when they are speculation rather than the event's absence. */
    non_asserted: weightBase.optional(),
  })
  .refine((r) => r.low <= r.default && r.default <= r.high, 'needs low <= default <= high');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const modelSchema = z.object({
  version: z.number().int().positive(),
  sources: z.array(z.string().min(1)).min(1),
  prior: z.object({
    meaning: z.string(),
    world_annual: ranged,
    shares: z.record(z.string(), ranged),
    alliances: z.record(z.string(), z.object({ members: z.array(z.string()).min(1), source: z.string() })).default({}),
    not_nuclear_note: z.string(),
  }),
  dating: z.object({ meaning: z.string(), undated: ranged }),
  free: z.object({ event_scale: ranged, prior_scale: ranged, half_life_scale: ranged }),
  polarity: z.object({ meaning: z.string(), asserted: ranged, hypothetical: ranged, negated: ranged }),
  credibility: z.object({
    meaning: z.string(),
    official: ranged,
    unnamed_official: ranged,
    analyst: ranged,
    media: ranged,
    roles: z.object({ official: z.array(z.string()), analyst: z.array(z.string()), media: z.array(z.string()) }),
    timeline: z
      .array(z.object({ pattern: z.string(), class: z.enum(['official', 'unnamed_official', 'analyst', 'media']), source: z.string() }))
      .default([]),
    fallback_people: z.record(z.string(), z.enum(['official', 'unnamed_official', 'analyst', 'media'])).default({}),
  }),
  saturation: z.object({ cap_events: ranged, global_cap: ranged, global_exempt: z.array(z.enum(EVENT_TYPES)).default([]) }),
  doctrine: z.object({ meaning: z.string(), met: ranged, approached: ranged, cap: ranged, half_life_days: ranged }),
  weights: z.object({
    self: z.partialRecord(z.enum(EVENT_TYPES), weight),
    opponent: z.partialRecord(z.enum(EVENT_TYPES), weight),
  }),
  uncertainty: z.object({
    samples: z.object({ default: z.number().int().positive() }),
    seed: z.object({ default: z.number().int() }),
    interval: z.object({ low: z.number().min(0).max(1), high: z.number().min(0).max(1) }),
  }),
  calibration: z.object({
    regularisation: z.object({ lambda: z.number().min(0) }),
    grid_points: z.number().int().min(3),
    rounds: z.number().int().min(1),
    series_from: isoDate,
    series_to: isoDate,
    forecasts: z.array(
      z.object({
        date: isoDate,
        source: z.string(),
        question_contains: z.string(),
        include: z.boolean(),
        reason: z.string(),
        assumed_horizon_days: z.number().int().positive().optional(),
      }),
    ),
  }),
});

export type RiskModel = z.output<typeof modelSchema>;

const fittedSchema = z.object({
  version: z.number().int().positive(),
  sources: z.array(z.string()).min(1),
  fitted_at: z.string(),
  parameters: z.object({ event_scale: z.number().positive(), prior_scale: z.number().positive(), half_life_scale: z.number().positive() }),
  method: z.record(z.string(), z.unknown()),
});

export type FittedFile = z.output<typeof fittedSchema>;

let cachedModel: RiskModel | null = null;

export function loadRiskModel(path = dataPath('risk', 'model.yaml')): RiskModel {
  if (path === dataPath('risk', 'model.yaml') && cachedModel) return cachedModel;
  const model = loadDataFile(path, modelSchema);
  if (path === dataPath('risk', 'model.yaml')) cachedModel = model;
  return model;
}

/** The fitted scalars, or null when `escalade calibrate --write` has not been run. */
export function loadFitted(path = dataPath('risk', 'fitted.yaml')): FreeParameters | null {
  if (!existsSync(path)) return null;
  const f = loadDataFile(path, fittedSchema);
  return { eventScale: f.parameters.event_scale, priorScale: f.parameters.prior_scale, halfLifeScale: f.parameters.half_life_scale };
}

export function defaultFree(model: RiskModel): FreeParameters {
  return { eventScale: model.free.event_scale.default, priorScale: model.free.prior_scale.default, halfLifeScale: model.free.half_life_scale.default };
}

/** One set of parameter values: the defaults, or one draw from their ranges. */
export interface ParamValues {
  /** World annual rate of nuclear use and each nuclear-armed state's share of it. */
  worldAnnual: number;
  shares: Record<string, number>;
  /** Factor on terms whose event has no date of its own (placed on the publication day). */
  undated: number;
  polarity: Record<'asserted' | 'hypothetical' | 'negated', number>;
  credibility: Record<CredibilityClass, number>;
  capEvents: number;
  globalCap: number;
  globalExempt: EventType[];
  doctrine: { met: number; approached: number; cap: number; halfLifeDays: number };
  weights: Record<EventRole, Partial<Record<EventType, WeightValue>>>;
  free: FreeParameters;
}

export interface WeightValue {
  w: number;
  halfLifeDays: number;
  /** For hypothetical and negated events, when the type has its own weight for them. */
  nonAsserted: { w: number; halfLifeDays: number } | null;
}

type Pick = (r: { default: number; low: number; high: number }) => number;

function resolve(model: RiskModel, free: FreeParameters, pick: Pick): ParamValues {
  const weights = (table: RiskModel['weights']['self']) => {
    const out: Partial<Record<EventType, WeightValue>> = {};
    for (const type of EVENT_TYPES) {
      const entry = table[type];
      if (!entry) continue;
      const w = pick(entry);
      const na = entry.non_asserted;
      out[type] = { w, halfLifeDays: entry.half_life_days, nonAsserted: na ? { w: pick(na), halfLifeDays: na.half_life_days } : null };
    }
    return out;
  };
  return {
    worldAnnual: pick(model.prior.world_annual),
    shares: Object.fromEntries(Object.keys(model.prior.shares).sort().map((a) => [a, pick(model.prior.shares[a])])),
    undated: pick(model.dating.undated),
    polarity: { asserted: pick(model.polarity.asserted), hypothetical: pick(model.polarity.hypothetical), negated: pick(model.polarity.negated) },
    credibility: {
      official: pick(model.credibility.official),
      unnamed_official: pick(model.credibility.unnamed_official),
      analyst: pick(model.credibility.analyst),
      media: pick(model.credibility.media),
    },
    capEvents: pick(model.saturation.cap_events),
    globalCap: pick(model.saturation.global_cap),
    globalExempt: model.saturation.global_exempt,
    doctrine: { met: pick(model.doctrine.met), approached: pick(model.doctrine.approached), cap: pick(model.doctrine.cap), halfLifeDays: pick(model.doctrine.half_life_days) },
    weights: { self: weights(model.weights.self), opponent: weights(model.weights.opponent) },
    free,
  };
}

export function defaultValues(model: RiskModel, free: FreeParameters): ParamValues {
  return resolve(model, free, (r) => r.default);
}

/** One draw of every parameter from its documented range (triangular around the default). */
export function sampleValues(model: RiskModel, free: FreeParameters, draw: Draw): ParamValues {
  return resolve(model, free, (r) => triangular(draw, r.low, r.default, r.high));
}

export type PriorBasis = 'share' | 'alliance' | 'not_nuclear';

/** How an actor's prior is obtained: its own share, its alliance's nuclear members, or none. */
export function priorBasis(model: RiskModel, actor: string): PriorBasis {
  if (model.prior.shares[actor]) return 'share';
  if (model.prior.alliances[actor]) return 'alliance';
  return 'not_nuclear';
}

/**
 * The actor's annual prior before prior_scale: world_annual x share; for an alliance, the
 * probability that any of its nuclear members uses a weapon, 1 - prod(1 - world x share); 0 for
 * an actor that is not nuclear-armed.
 */
export function actorAnnual(model: RiskModel, v: { worldAnnual: number; shares: Record<string, number> }, actor: string): number {
  const basis = priorBasis(model, actor);
  if (basis === 'share') return v.worldAnnual * v.shares[actor];
  if (basis === 'alliance') {
    const members = model.prior.alliances[actor].members.filter((m) => model.prior.shares[m]);
    return 1 - members.reduce((q, m) => q * (1 - v.worldAnnual * v.shares[m]), 1);
  }
  return 0;
}
