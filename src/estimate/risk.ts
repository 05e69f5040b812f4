// The risk estimate: a documented prior plus per-event and per-doctrine-condition terms in log-odds.
import type { StoredEvent } from '../store/store.js';
import { groupByEvent } from '../judge/cluster.js';
import { addDays, daysBetween, effectiveDate, normalizeAt } from '../judge/dates.js';
import { doctrineInForce, loadDoctrines } from '../judge/doctrines.js';
import { evaluateDoctrineOnClusters } from '../judge/evaluate.js';
import { loadRelations, opponentsOf, targetRoles, type Relations } from '../judge/relations.js';
import type { ConditionEvidence, Doctrine, EventCluster, JudgedEvent } from '../judge/types.js';
import { EscaladeError } from '../errors.js';
import { credibilityClass, loadRoleIndex, type RoleIndex } from './credibility.js';
import { defaultFree, defaultValues, loadFitted, loadRiskModel, sampleValues, type ParamValues, type RiskModel } from './model.js';
import { percentile, uniformStream } from './random.js';
import type { Contribution, CredibilityClass, EventRole, FreeParameters, RiskEstimate, RiskPoint } from './types.js';

export interface RiskOptions {
  actor: string;
  at: string;
  horizonDays: number;
  samples?: number;
  seed?: number;
  /** Free scalars; default: data/risk/fitted.yaml when present, else the documented defaults. */
  params?: FreeParameters;
  model?: RiskModel;
  relations?: Relations;
  doctrines?: Doctrine[];
  roles?: RoleIndex;
}

export interface SeriesOptions extends Omit<RiskOptions, 'at'> {
  from: string;
  to: string;
  stepDays: number;
}

interface EventTerm {
  cluster: EventCluster;
  mention: StoredEvent;
  role: EventRole;
  date: string;
  ageDays: number;
  credibility: CredibilityClass;
  /** -1, 0 or 1: the sign a RISK_ASSESSMENT's trend gives it. */
  trend: number;
}

interface DoctrineCandidate {
  status: 'met' | 'approached';
  ageDays: number;
  evidence: ConditionEvidence;
}

interface DoctrineTerm {
  doctrineId: string;
  conditionId: string;
  ref: string;
  candidates: DoctrineCandidate[];
}

interface Terms {
  events: EventTerm[];
  doctrine: DoctrineTerm[];
  doctrineId: string | null;
  mentions: number;
}

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The annual prior, scaled, converted to the horizon: 1 - (1 - p)^(h/365). */
export function horizonPrior(annual: number, priorScale: number, horizonDays: number): number {
  const pa = Math.min(0.5, annual * priorScale);
  return 1 - Math.pow(1 - pa, horizonDays / 365);
}

function roleOf(cluster: EventCluster, actor: string, date: string, relations: Relations): EventRole | null {
  if (cluster.actor === actor) return 'self';
  if (!opponentsOf(relations, actor, date).has(cluster.actor)) return null;
  if (cluster.target === null || cluster.target === actor) return 'opponent';
  const roles = targetRoles(relations, actor, cluster.target, date);
  return roles.includes('ally') || roles.includes('union_state') ? 'opponent' : null;
}

const CREDIBILITY_RANK: Record<CredibilityClass, number> = { official: 3, unnamed_official: 2, analyst: 1, media: 0 };

function prepareTerms(clusters: EventCluster[], opts: Required<Pick<RiskOptions, 'actor'>> & { at: string }, ctx: Context): Terms {
  const { actor, at } = opts;
  const events: EventTerm[] = [];
  let mentions = 0;
  for (const cluster of clusters) {
    const known = cluster.mentions.filter((m) => {
      const d = effectiveDate(m);
      return d !== null && d <= at;
    });
    if (known.length === 0) continue;
    // The event is dated by its latest report known at `at`; the best-sourced mention speaks for it.
    const date = known.map((m) => effectiveDate(m)!).sort().at(-1)!;
    const role = roleOf(cluster, actor, date, ctx.relations);
    if (!role) continue;
    const weight = ctx.model.weights[role][cluster.type];
    if (!weight) continue;
    // Events older than 16 half-lives (at the longest half-life scale) weigh < 2e-5 of a fresh one: dropped.
    const longest = Math.max(weight.half_life_days, weight.non_asserted?.half_life_days ?? 0) * ctx.model.free.half_life_scale.high;
    if (daysBetween(date, at) > 16 * longest) continue;
    const ranked = known
      .map((m) => ({ m, c: credibilityClass(m.attributedTo, ctx.model, ctx.roles) }))
      .sort((a, b) => CREDIBILITY_RANK[b.c] - CREDIBILITY_RANK[a.c] || b.m.confidence - a.m.confidence || a.m.id.localeCompare(b.m.id));
    const best = ranked[0];
    const trendValue = best.m.attributes?.trend;
    const trend = cluster.type === 'RISK_ASSESSMENT' ? (trendValue === 'down' ? -1 : trendValue === 'flat' ? 0 : 1) : 1;
    mentions += known.length;
    events.push({ cluster: { ...cluster, mentions: known }, mention: best.m, role, date, ageDays: daysBetween(date, at), credibility: best.c, trend });
  }
  const doctrine = doctrineInForce(actor, at, ctx.doctrines);
  const doctrineTerms: DoctrineTerm[] = [];
  if (doctrine) {
    const report = evaluateDoctrineOnClusters(doctrine, clusters, at, ctx.relations);
    for (const c of report.conditions) {
      if (c.status === 'not_met') continue;
      const candidates = c.evidence
        .filter((e) => e.date !== null)
        .map((e) => ({ status: e.status, ageDays: daysBetween(e.date!, at), evidence: e }));
      if (candidates.length > 0) doctrineTerms.push({ doctrineId: doctrine.id, conditionId: c.id, ref: c.ref, candidates });
    }
  }
  return { events, doctrine: doctrineTerms, doctrineId: doctrine?.id ?? null, mentions };
}

interface Evaluated {
  priorP: number;
  priorLogOdds: number;
  eventValues: number[];
  eventNotes: string[];
  doctrineValues: { value: number; pick: DoctrineCandidate | null }[];
  total: number;
}

function evaluateTerms(terms: Terms, v: ParamValues, horizonDays: number): Evaluated {
  const priorP = horizonPrior(v.priorAnnual, v.free.priorScale, horizonDays);
  const priorLogOdds = logit(priorP);
  const weightOf = (t: EventTerm) => {
    const entry = v.weights[t.role][t.cluster.type]!;
    return t.cluster.polarity !== 'asserted' && entry.nonAsserted ? entry.nonAsserted : entry;
  };
  const raw = terms.events.map((t) => {
    const w = weightOf(t);
    const recency = Math.pow(2, -t.ageDays / (w.halfLifeDays * v.free.halfLifeScale));
    return v.free.eventScale * w.w * v.polarity[t.cluster.polarity] * v.credibility[t.credibility] * recency * t.trend;
  });
  // Diminishing returns within (role, type, sign): total = C (1 - exp(-S / C)), shared pro rata.
  const groups = new Map<string, number[]>();
  raw.forEach((r, i) => {
    if (r === 0) return;
    const t = terms.events[i];
    const own = t.cluster.polarity !== 'asserted' && v.weights[t.role][t.cluster.type]!.nonAsserted ? 'non-asserted' : 'asserted';
    const key = `${t.role}|${t.cluster.type}|${r > 0 ? '+' : '-'}|${own}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const eventValues = raw.map(() => 0);
  const eventNotes = raw.map(() => '');
  for (const members of groups.values()) {
    const t0 = terms.events[members[0]];
    const cap = v.capEvents * Math.abs(weightOf(t0).w) * v.free.eventScale;
    const sum = members.reduce((s, i) => s + raw[i], 0);
    if (cap <= 0 || sum === 0) continue;
    const total = Math.sign(sum) * cap * (1 - Math.exp(-Math.abs(sum) / cap));
    const ratio = total / sum;
    for (const i of members) {
      eventValues[i] = raw[i] * ratio;
      eventNotes[i] = members.length > 1 ? `saturation ×${ratio.toFixed(2)} over ${members.length} events` : `saturation ×${ratio.toFixed(2)}`;
    }
  }
  // Then every event term of one sign saturates together (except the exempt types, e.g. actual use).
  for (const sign of [1, -1]) {
    const members = eventValues.map((x, i) => i).filter((i) => Math.sign(eventValues[i]) === sign && !v.globalExempt.includes(terms.events[i].cluster.type));
    const sum = members.reduce((s, i) => s + eventValues[i], 0);
    if (sum === 0 || v.globalCap <= 0) continue;
    const ratio = (sign * v.globalCap * (1 - Math.exp(-Math.abs(sum) / v.globalCap))) / sum;
    for (const i of members) {
      eventValues[i] *= ratio;
      eventNotes[i] += `; all ${sign > 0 ? 'raising' : 'lowering'} signals ×${ratio.toFixed(2)}`;
    }
  }
  const doctrineValues = terms.doctrine.map((d) => {
    let best: { value: number; pick: DoctrineCandidate | null } = { value: 0, pick: null };
    for (const c of d.candidates) {
      const w = c.status === 'met' ? v.doctrine.met : v.doctrine.approached;
      const value = w * Math.pow(2, -c.ageDays / (v.doctrine.halfLifeDays * v.free.halfLifeScale));
      if (value > best.value) best = { value, pick: c };
    }
    return best;
  });
  // Doctrine terms saturate together: one event often approaches several conditions.
  const doctrineSum = doctrineValues.reduce((s, x) => s + x.value, 0);
  const doctrineCap = v.doctrine.cap;
  if (doctrineSum > 0 && doctrineCap > 0) {
    const ratio = (doctrineCap * (1 - Math.exp(-doctrineSum / doctrineCap))) / doctrineSum;
    for (const d of doctrineValues) d.value *= ratio;
  }
  const total = priorLogOdds + eventValues.reduce((s, x) => s + x, 0) + doctrineValues.reduce((s, x) => s + x.value, 0);
  return { priorP, priorLogOdds, eventValues, eventNotes, doctrineValues, total };
}

interface Context {
  model: RiskModel;
  relations: Relations;
  doctrines: Doctrine[];
  roles: RoleIndex;
  free: FreeParameters;
  origin: 'fitted' | 'defaults' | 'given';
}

function contextOf(opts: Omit<RiskOptions, 'at' | 'actor' | 'horizonDays'>): Context {
  const model = opts.model ?? loadRiskModel();
  const fitted = opts.params ? null : loadFitted();
  return {
    model,
    relations: opts.relations ?? loadRelations(),
    doctrines: opts.doctrines ?? loadDoctrines(),
    roles: opts.roles ?? loadRoleIndex(),
    free: opts.params ?? fitted ?? defaultFree(model),
    origin: opts.params ? 'given' : fitted ? 'fitted' : 'defaults',
  };
}

function validate(opts: { actor: string; horizonDays: number; samples?: number }): void {
  if (!opts.actor) throw new EscaladeError('an actor is required');
  if (!Number.isFinite(opts.horizonDays) || opts.horizonDays <= 0) throw new EscaladeError(`horizon must be a positive number of days (got ${opts.horizonDays})`);
  if (opts.samples !== undefined && (!Number.isInteger(opts.samples) || opts.samples < 0)) throw new EscaladeError(`samples must be a non-negative integer (got ${opts.samples})`);
}

/** Mentions with their cluster: the store's clusters when given, else the default rule. */
function prepareEvents(events: (StoredEvent | JudgedEvent)[]): EventCluster[] {
  return groupByEvent(events);
}

function explain(terms: Terms, ev: Evaluated): Contribution[] {
  const out: Contribution[] = [];
  terms.events.forEach((t, i) => {
    if (ev.eventValues[i] === 0) return;
    const m = t.mention;
    out.push({
      kind: 'event',
      eventId: m.id,
      clusterId: t.cluster.id,
      type: t.cluster.type,
      actor: t.cluster.actor,
      target: t.cluster.target,
      polarity: t.cluster.polarity,
      role: t.role,
      date: t.date,
      ageDays: t.ageDays,
      logOdds: ev.eventValues[i],
      evidence: m.evidence.text,
      source: m.source,
      documentId: m.documentId,
      attributedTo: m.attributedTo,
      credibility: t.credibility,
      mentions: t.cluster.mentions.length,
      contradicted: t.cluster.contradicted,
      note: `${t.role} ${t.cluster.type} ${t.cluster.polarity}, ${t.credibility}, ${t.ageDays} d old; ${ev.eventNotes[i]}`,
    });
  });
  terms.doctrine.forEach((d, i) => {
    const { value, pick } = ev.doctrineValues[i];
    if (!pick || value === 0) return;
    const e = pick.evidence;
    out.push({
      kind: 'doctrine',
      eventId: e.eventId,
      clusterId: null,
      type: e.type,
      actor: e.actor,
      target: e.target,
      polarity: e.polarity,
      role: null,
      date: e.date!,
      ageDays: pick.ageDays,
      logOdds: value,
      evidence: e.text,
      source: e.source,
      documentId: e.documentId,
      attributedTo: e.attributedTo,
      credibility: null,
      mentions: e.mentions,
      contradicted: false,
      condition: { doctrine: d.doctrineId, id: d.conditionId, ref: d.ref, status: pick.status },
      note: `${d.doctrineId} ${d.ref} ${d.conditionId} ${pick.status} (${e.reason}), ${pick.ageDays} d old`,
    });
  });
  return out.sort((a, b) => Math.abs(b.logOdds) - Math.abs(a.logOdds) || a.eventId.localeCompare(b.eventId) || a.kind.localeCompare(b.kind));
}

function intervalOf(terms: Terms, ctx: Context, horizonDays: number, samples: number, seed: number): { low: number; high: number } {
  if (samples === 0) return { low: NaN, high: NaN };
  const draw = uniformStream(seed);
  const ps: number[] = [];
  for (let s = 0; s < samples; s++) ps.push(sigmoid(evaluateTerms(terms, sampleValues(ctx.model, ctx.free, draw), horizonDays).total));
  ps.sort((a, b) => a - b);
  return { low: percentile(ps, ctx.model.uncertainty.interval.low), high: percentile(ps, ctx.model.uncertainty.interval.high) };
}

function estimateWith(clusters: EventCluster[], opts: RiskOptions, ctx: Context): RiskEstimate {
  const at = normalizeAt(opts.at);
  const samples = opts.samples ?? ctx.model.uncertainty.samples.default;
  const seed = opts.seed ?? ctx.model.uncertainty.seed.default;
  const terms = prepareTerms(clusters, { actor: opts.actor, at }, ctx);
  const ev = evaluateTerms(terms, defaultValues(ctx.model, ctx.free), opts.horizonDays);
  const contributions = explain(terms, ev);
  // The explanation sums exactly to the estimate: logOdds is defined as that sum.
  const logOdds = ev.priorLogOdds + contributions.reduce((s, c) => s + c.logOdds, 0);
  const { low, high } = intervalOf(terms, ctx, opts.horizonDays, samples, seed);
  return {
    actor: opts.actor,
    at,
    horizonDays: opts.horizonDays,
    probability: sigmoid(logOdds),
    low,
    high,
    interval: { lowPercentile: ctx.model.uncertainty.interval.low, highPercentile: ctx.model.uncertainty.interval.high, samples, seed },
    logOdds,
    prior: {
      probability: ev.priorP,
      logOdds: ev.priorLogOdds,
      annual: Math.min(0.5, ctx.model.prior.annual.default * ctx.free.priorScale),
      source: ctx.model.prior.annual.source ?? '',
    },
    contributions,
    parameters: { ...ctx.free, origin: ctx.origin },
    events: terms.events.length,
    mentions: terms.mentions,
    doctrine: terms.doctrineId,
  };
}

/** The probability that `actor` uses a nuclear weapon within `horizonDays` after `at`, explained. */
export function estimateRisk(events: (StoredEvent | JudgedEvent)[], opts: RiskOptions): RiskEstimate {
  validate(opts);
  const ctx = contextOf(opts);
  const clusters = prepareEvents(events);
  return estimateWith(clusters, opts, ctx);
}

/** The estimate every `stepDays` from `from` to `to` (same seed at every point). */
export function riskSeries(events: (StoredEvent | JudgedEvent)[], opts: SeriesOptions): RiskPoint[] {
  validate(opts);
  if (!Number.isInteger(opts.stepDays) || opts.stepDays <= 0) throw new EscaladeError(`step must be a positive number of days (got ${opts.stepDays})`);
  const from = normalizeAt(opts.from);
  const to = normalizeAt(opts.to);
  if (to < from) throw new EscaladeError(`--to (${to}) is before --from (${from})`);
  const ctx = contextOf(opts);
  const clusters = prepareEvents(events);
  const points: RiskPoint[] = [];
  for (let date = from; date <= to; date = addDays(date, opts.stepDays)) {
    const r = estimateWith(clusters, { ...opts, at: date, samples: opts.samples ?? 200 }, ctx);
    points.push({ date, probability: r.probability, low: r.low, high: r.high, logOdds: r.logOdds });
  }
  return points;
}

/** The point estimate only (no interval), for calibration loops. */
export function pointEstimate(events: (StoredEvent | JudgedEvent)[], opts: RiskOptions): number {
  return estimateRisk(events, { ...opts, samples: 0 }).probability;
}

/** Prepared once, evaluated many times with different free parameters (calibration). */
export function preparedModel(
  events: (StoredEvent | JudgedEvent)[],
  base: Omit<RiskOptions, 'at' | 'horizonDays' | 'params'>,
): (at: string, horizonDays: number, params: FreeParameters) => number {
  const ctx = contextOf({ ...base, params: defaultFree(base.model ?? loadRiskModel()) });
  const clusters = prepareEvents(events);
  const cache = new Map<string, Terms>();
  return (at, horizonDays, params) => {
    const day = normalizeAt(at);
    let terms = cache.get(day);
    if (!terms) {
      terms = prepareTerms(clusters, { actor: base.actor, at: day }, ctx);
      cache.set(day, terms);
    }
    return sigmoid(evaluateTerms(terms, defaultValues(ctx.model, params), horizonDays).total);
  };
}
