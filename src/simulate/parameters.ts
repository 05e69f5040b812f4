// data/simulate/parameters.yaml: schema, loading, overrides, and the false-alarm rate fit.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { EscaladeError } from '../errors.js';
import { dataPath, loadDataFile } from '../knowledge/load.js';
import { POSTURES, type FalseAlarmFit } from './types.js';

const text = z.string().min(1);

/** A scalar parameter with its default, range, sampling rule, meaning and source. */
export const paramSchema = z
  .object({
    value: z.number().min(0),
    low: z.number().min(0),
    high: z.number().min(0),
    dist: z.enum(['uniform', 'loguniform']).default('uniform'),
    sampled: z.boolean().default(false),
    unit: text,
    meaning: text,
    source: text,
  })
  .superRefine((p, ctx) => {
    if (p.unit.startsWith('probability')) {
      for (const key of ['value', 'low', 'high'] as const) {
        if (p[key] > 1) ctx.addIssue({ code: 'custom', path: [key], message: `a probability must be in 0..1 (got ${p[key]})` });
      }
    }
    if (p.low > p.value) ctx.addIssue({ code: 'custom', path: ['low'], message: `low (${p.low}) must not exceed value (${p.value})` });
    if (p.high < p.value) ctx.addIssue({ code: 'custom', path: ['high'], message: `high (${p.high}) must not be below value (${p.value})` });
    if (p.dist === 'loguniform' && p.low <= 0) ctx.addIssue({ code: 'custom', path: ['low'], message: 'a log-uniform range needs low > 0' });
  });
export type Param = z.output<typeof paramSchema>;

const tableSchema = (unit: 'probability' | 'factor') =>
  z.object({
    values: z.array(unit === 'probability' ? z.number().min(0).max(1) : z.number().min(0)).length(9),
    unit: text,
    meaning: text,
    source: text,
  });

const rateSchema = z
  .object({
    fit_from: z.string().optional(),
    value: z.number().min(0).optional(),
    low: z.number().min(0).optional(),
    high: z.number().min(0).optional(),
    dist: z.enum(['uniform', 'loguniform']).default('uniform'),
    sampled: z.boolean().default(true),
    unit: text,
    meaning: text,
    source: text,
  })
  .superRefine((p, ctx) => {
    if (p.value === undefined && !p.fit_from) ctx.addIssue({ code: 'custom', path: ['value'], message: 'give a value or fit_from' });
    if (p.value !== undefined && p.low !== undefined && p.low > p.value) ctx.addIssue({ code: 'custom', path: ['low'], message: 'low must not exceed value' });
    if (p.value !== undefined && p.high !== undefined && p.high < p.value) ctx.addIssue({ code: 'custom', path: ['high'], message: 'high must not be below value' });
  });

const actorId = z.string().regex(/^[A-Z]{2,8}$/, 'an actor id is 2-8 capital letters');

const conditionSchema = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  clause: text,
  by: z.enum(['nuclear', 'supported', 'any']),
  min_rung: z.number().int().min(0).max(8),
  massive: z.boolean().default(false),
  p_use: paramSchema,
});
export type DoctrineCondition = z.output<typeof conditionSchema>;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

export const parametersSchema = z
  .object({
    version: z.number().int().positive(),
    sources: z.array(text).min(1),
    ladder: z.object({
      nuclear_use_rung: z.number().int().min(1).max(8),
      policy_max_rung: z.number().int().min(1).max(8),
      deliberate_use_rung: z.number().int().min(1).max(8),
      inadvertent_use_rung: z.number().int().min(1).max(8),
      de_escalated_max_rung: z.number().int().min(0).max(8),
    }),
    actors: z.record(
      actorId,
      z.object({
        name: text,
        nuclear: z.boolean(),
        adversaries: z.array(actorId).min(1),
        supported_by: z.array(actorId),
        aliases: z.array(actorId),
        default_posture: z.enum(POSTURES),
        default_resolve: z.number().min(0).max(1),
        decision_minutes: paramSchema,
      }),
    ),
    modules: z.object({ policy: z.boolean(), doctrine: z.boolean(), false_alarms: z.boolean() }),
    policy: z.object({
      mode: z.enum(['game', 'markov']),
      base_up: tableSchema('probability'),
      base_down: tableSchema('probability'),
      up_scale: paramSchema,
      down_scale: paramSchema,
      gap_weight: paramSchema,
      resolve_weight: paramSchema,
      backdown_cost: paramSchema,
      blink_belief: paramSchema,
      resolve_spread: paramSchema,
      max_daily_move: paramSchema,
    }),
    markov: z.object({
      actor: actorId,
      up: z.array(z.number().min(0).max(1)).length(9),
      down: z.array(z.number().min(0).max(1)).length(9),
    }),
    perception: z.object({ misperception_prob: paramSchema, upward_bias: paramSchema }),
    alarms: z.object({
      rate_per_year: rateSchema,
      misjudge_base: paramSchema,
      tension_factor: tableSchema('factor'),
      reference_minutes: paramSchema,
      non_low_step_up: paramSchema,
    }),
    readiness: tableSchema('factor'),
    doctrines: z.record(
      z.string().regex(/^[A-Z]{2,8}-[A-Z0-9-]+$/),
      z.object({
        actor: actorId,
        in_force: z.tuple([isoDay, isoDay.nullable()]),
        source: text,
        conditions: z.array(conditionSchema),
      }),
    ),
    sensitivity: z.array(text),
    doctrine: z.object({ p_use_scale: paramSchema }),
  })
  .superRefine((p, ctx) => {
    const ids = Object.keys(p.actors);
    for (const [id, actor] of Object.entries(p.actors)) {
      for (const [field, list] of [['adversaries', actor.adversaries], ['supported_by', actor.supported_by]] as const) {
        list.forEach((other, i) => {
          if (!ids.includes(other)) ctx.addIssue({ code: 'custom', path: ['actors', id, field, i], message: `unknown actor "${other}" (known: ${ids.join(', ')})` });
        });
      }
    }
    for (const [id, doctrine] of Object.entries(p.doctrines)) {
      if (!ids.includes(doctrine.actor)) ctx.addIssue({ code: 'custom', path: ['doctrines', id, 'actor'], message: `unknown actor "${doctrine.actor}"` });
    }
    if (!ids.includes(p.markov.actor)) ctx.addIssue({ code: 'custom', path: ['markov', 'actor'], message: `unknown actor "${p.markov.actor}"` });
    if (p.ladder.policy_max_rung >= p.ladder.nuclear_use_rung) {
      ctx.addIssue({ code: 'custom', path: ['ladder', 'policy_max_rung'], message: 'must be below nuclear_use_rung' });
    }
    p.sensitivity.forEach((path, i) => {
      if (!sensitivityTarget(p, path)) ctx.addIssue({ code: 'custom', path: ['sensitivity', i], message: `no scalar parameter "${path}"` });
    });
    p.markov.up.forEach((up, k) => {
      if (up + p.markov.down[k] > 1) ctx.addIssue({ code: 'custom', path: ['markov', 'up', k], message: 'up + down must not exceed 1' });
    });
  });

export type SimulationParameters = z.output<typeof parametersSchema>;

export const PARAMETERS_PATH = dataPath('simulate', 'parameters.yaml');

let cachedRaw: unknown = null;

/** The raw (unvalidated) parameters file, for merging scenario overrides before validation. */
export function rawParameters(path = PARAMETERS_PATH): unknown {
  if (path === PARAMETERS_PATH && cachedRaw) return structuredClone(cachedRaw);
  const parsed = loadDataFile(path, z.unknown());
  if (path === PARAMETERS_PATH) cachedRaw = parsed;
  return structuredClone(parsed);
}

export function loadParameters(path = PARAMETERS_PATH): SimulationParameters {
  return loadDataFile(path, parametersSchema);
}

/** Validates a parameter set (already merged with overrides); errors name the field and origin. */
export function validateParameters(data: unknown, origin: string, prefix = 'parameters'): SimulationParameters {
  const result = parametersSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = [prefix, ...issue.path.map(String)].join('.');
    throw new EscaladeError(`invalid ${origin}: field ${field}: ${issue.message}`);
  }
  return result.data;
}

/** Deep merge of plain objects; arrays and scalars in `over` replace those in `base`. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return structuredClone(over);
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = key in base ? deepMerge(base[key], value) : structuredClone(value);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The scalar parameter at a dotted path ("policy.gap_weight", "alarms.rate_per_year"), or null. */
export function sensitivityTarget(p: SimulationParameters, path: string): Param | 'rate' | null {
  if (path === 'alarms.rate_per_year') return 'rate';
  const [group, name] = path.split('.');
  const section = (p as unknown as Record<string, unknown>)[group];
  if (!isPlainObject(section)) return null;
  const value = section[name];
  if (isPlainObject(value) && typeof value.value === 'number' && typeof value.low === 'number' && typeof value.meaning === 'string') return value as unknown as Param;
  return null;
}

// ---------------------------------------------------------------------------------------------
// False-alarm rate fit: count / span of the dated incidents, Gamma(count, span) uncertainty.

const forecastsSchema = z.object({
  false_alarms: z.array(z.object({ date: isoDay, summary: z.string() })).min(2),
});

const fitCache = new Map<string, FalseAlarmFit>();

export function fitFalseAlarms(fitFrom = 'history/forecasts.json#false_alarms'): FalseAlarmFit {
  const cached = fitCache.get(fitFrom);
  if (cached) return cached;
  const [file, key] = fitFrom.split('#');
  if (key !== 'false_alarms') throw new EscaladeError(`alarms.rate_per_year.fit_from: only "<file>#false_alarms" is supported (got "${fitFrom}")`);
  const path = dataPath(...file.split('/'));
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new EscaladeError(`cannot read ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
  const data = forecastsSchema.safeParse(parsed);
  if (!data.success) throw new EscaladeError(`invalid ${path}: field ${data.error.issues[0].path.join('.')}: ${data.error.issues[0].message}`);
  const dates = data.data.false_alarms.map((a) => a.date).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  const spanYears = (Date.parse(last) - Date.parse(first)) / (365.25 * 86_400_000);
  const n = dates.length;
  const fit: FalseAlarmFit = {
    incidents: n,
    first,
    last,
    spanYears,
    ratePerYear: n / spanYears,
    gammaShape: n,
    gammaRate: spanYears,
    ci95: { low: gammaQuantile(0.025, n, spanYears), high: gammaQuantile(0.975, n, spanYears) },
  };
  fitCache.set(fitFrom, fit);
  return fit;
}

/** CDF of Gamma(shape n integer, rate b) at x: 1 − Σ_{k<n} e^{−bx}(bx)^k/k!. */
export function gammaCdfInt(x: number, n: number, rate: number): number {
  if (x <= 0) return 0;
  const y = rate * x;
  let term = Math.exp(-y);
  let sum = term;
  for (let k = 1; k < n; k++) {
    term *= y / k;
    sum += term;
  }
  return 1 - sum;
}

export function gammaQuantile(q: number, n: number, rate: number): number {
  let lo = 0;
  let hi = (n + 10 * Math.sqrt(n) + 10) / rate;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (gammaCdfInt(mid, n, rate) < q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The doctrine of an actor in force on a date (latest whose in_force window contains it), or null. */
export function doctrineInForce(p: SimulationParameters, actor: string, at: string | null): string | null {
  const candidates = Object.entries(p.doctrines)
    .filter(([, d]) => d.actor === actor)
    .filter(([, d]) => at === null || (d.in_force[0] <= at && (d.in_force[1] === null || at <= d.in_force[1])))
    .sort((a, b) => b[1].in_force[0].localeCompare(a[1].in_force[0]));
  return candidates[0]?.[0] ?? null;
}
