// The risk estimate: a documented prior plus per-event and per-doctrine-condition terms in log-odds.
import type { StoredEvent } from '../store/store.js';
import { groupByEvent } from '../judge/cluster.js';
import { addDays, daysBetween, effectiveDate, normalizeAt } from '../judge/dates.js';
import { doctrineInForce, loadDoctrines } from '../judge/doctrines.js';
import { evaluateDoctrineOnClusters } from '../judge/evaluate.js';
import { loadRelations, opponentsOf, targetRoles, type Relations } from '../judge/relations.js';
import type { ConditionEvidence, Doctrine, EventCluster, JudgedEvent } from '../judge/types.js';
import { EscaladeError } from '../errors.js';
import { loadRoleIndex, mentionCredibility, type RoleIndex } from './credibility.js';
import { actorAnnual, defaultFree, defaultValues, loadFitted, loadRiskModel, priorBasis, sampleValues, type ParamValues, type RiskModel } from './model.js';
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
  /** No mention has a date of its own: the event is placed on the publication day (an upper bound). */
  undated: boolean;
  /** When the date is inferred from another mention of the same document: that mention's id. */
  inferredFrom: string | null;
}

interface DoctrineCandidate {
  status: 'met' | 'approached';
  /** The evidence's date as the risk model places it (see datingIndex). */
  date: string;
  ageDays: number;
  evidence: ConditionEvidence;
  /** The evidence mention has no date of its own (placed on the publication day). */
  undated: boolean;
  inferredFrom: string | null;
}

interface DoctrineTerm {
  doctrineId: string;
  conditionId: string;
  ref: string;
  candidates: DoctrineCandidate[];
}

interface Terms {
  actor: string;
  /** The actor's annual prior (before prior_scale) under one set of parameter values. */
  annualOf: (v: ParamValues) => number;
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
  const dating = datingIndex(clusters);
  const clusterOf = new Map<string, EventCluster>();
  for (const c of clusters) for (const m of c.mentions) clusterOf.set(m.id, c);
  let mentions = 0;
  for (const cluster of clusters) {
    // Known at `at`: placed on or before it, and published on or before it (no hindsight).
    const known = cluster.mentions.filter((m) => {
      const d = effectiveDate(m);
      const published = m.published ? m.published.slice(0, 10) : null;
      return d !== null && d <= at && (published === null || published <= at);
    });
    if (known.length === 0) continue;
    // The event is dated by the latest date its mentions give (their own, or one inferred from
    // their document, see datingIndex); when none gives one, by the latest publication day (an
    // upper bound: the term is then weighted by dating.undated). The best-sourced mention speaks for it.
    const placed = known.map((m) => dating.get(m.id)!);
    const dated = placed.filter((d) => d.kind !== 'publication');
    const undated = dated.length === 0;
    const date = (undated ? placed : dated).map((d) => d.date).sort().at(-1)!;
    const inferred = !undated && dated.every((d) => d.kind === 'document') ? dated.map((d) => d.from).sort().at(-1)! : null;
    // Dated only by another mention of its document that sits in another cluster: it is that
    // event mentioned again (the clustering saw the publication day), so it is not counted twice.
    if (inferred && clusterOf.get(inferred) !== cluster) {
      mentions += known.length;
      continue;
    }
    const role = roleOf(cluster, actor, date, ctx.relations);
    if (!role) continue;
    const weight = ctx.model.weights[role][cluster.type];
    if (!weight) continue;
    // Events older than 16 half-lives (at the longest half-life scale) weigh < 2e-5 of a fresh one: dropped.
    const longest = Math.max(weight.half_life_days, weight.non_asserted?.half_life_days ?? 0) * ctx.model.free.half_life_scale.high;
    if (daysBetween(date, at) > 16 * longest) continue;
    const ranked = known
      .map((m) => ({ m, c: mentionCredibility(m, ctx.model, ctx.roles) }))
      .sort((a, b) => CREDIBILITY_RANK[b.c] - CREDIBILITY_RANK[a.c] || b.m.confidence - a.m.confidence || a.m.id.localeCompare(b.m.id));
    const best = ranked[0];
    const trendValue = best.m.attributes?.trend;
    const trend = cluster.type === 'RISK_ASSESSMENT' ? (trendValue === 'down' ? -1 : trendValue === 'flat' ? 0 : 1) : 1;
    mentions += known.length;
    events.push({ cluster: { ...cluster, mentions: known }, mention: best.m, role, date, ageDays: daysBetween(date, at), credibility: best.c, trend, undated, inferredFrom: inferred });
  }
  const doctrine = doctrineInForce(actor, at, ctx.doctrines);
  const doctrineTerms: DoctrineTerm[] = [];
  if (doctrine) {
    const report = evaluateDoctrineOnClusters(doctrine, clusters, at, ctx.relations);
    for (const c of report.conditions) {
      if (c.status === 'not_met') continue;
      const candidates = c.evidence
        .filter((e) => e.date !== null)
        .map((e) => {
          // The judge places an undated mention on its publication day: use the date inferred from
          // its document when there is one, else keep that day and mark it undated.
          const d = dating.get(e.eventId);
          const date = d && d.kind === 'document' ? d.date : e.date!;
          return { status: e.status, date, ageDays: daysBetween(date, at), evidence: e, undated: d?.kind === 'publication', inferredFrom: d?.kind === 'document' ? d.from : null };
        })
        .filter((c) => c.ageDays >= 0);
      if (candidates.length > 0) doctrineTerms.push({ doctrineId: doctrine.id, conditionId: c.id, ref: c.ref, candidates });
    }
  }
  return { actor, annualOf: (v) => actorAnnual(ctx.model, v, actor), events, doctrine: doctrineTerms, doctrineId: doctrine?.id ?? null, mentions };
}

/** A mention with a date of its own (any precision), not only its document's publication day. */
function hasOwnDate(m: Pick<StoredEvent, 'date'>): boolean {
  return Boolean(m.date?.value);
}

interface Placed {
  date: string;
  /** own: the mention's date; document: inferred from its document; publication: the publication day. */
  kind: 'own' | 'document' | 'publication';
  /** For `document`: the mention whose date was used. */
  from: string;
}

/**
 * Where each mention is placed for recency. A mention without a date of its own takes the latest
 * own date of a mention of the same type and actor in the same document, on or before the
 * publication day (the article dates the event once: "in October 2022 Putin considered a strike …
 * Blinken said Putin was seriously considering it"); with none, its publication day
 * (effectiveDate), an upper bound of its real date.
 */
function datingIndex(clusters: EventCluster[]): Map<string, Placed> {
  const known = datingIndexes.get(clusters);
  if (known) return known;
  const all = clusters.flatMap((c) => c.mentions);
  // Per (document, type, actor): the latest own date, ties broken by mention id.
  const latestOwn = new Map<string, { date: string; id: string }>();
  for (const m of all) {
    const d = effectiveDate(m);
    if (!hasOwnDate(m) || d === null) continue;
    const published = m.published ? m.published.slice(0, 10) : null;
    if (published !== null && d > published) continue;
    const key = `${m.documentId}|${m.type}|${m.actor}`;
    const latest = latestOwn.get(key);
    const byDate = latest ? d.localeCompare(latest.date) : 1;
    if (byDate > 0 || (byDate === 0 && m.id.localeCompare(latest!.id) > 0)) latestOwn.set(key, { date: d, id: m.id });
  }
  const out = new Map<string, Placed>();
  for (const m of all) {
    const d = effectiveDate(m);
    if (d === null) continue;
    if (hasOwnDate(m)) {
      out.set(m.id, { date: d, kind: 'own', from: m.id });
      continue;
    }
    const same = latestOwn.get(`${m.documentId}|${m.type}|${m.actor}`);
    out.set(m.id, same ? { date: same.date, kind: 'document', from: same.id } : { date: d, kind: 'publication', from: m.id });
  }
  datingIndexes.set(clusters, out);
  return out;
}

/** datingIndex does not depend on the date of the estimate: a series computes it once. */
const datingIndexes = new WeakMap<EventCluster[], Map<string, Placed>>();

interface Evaluated {
  priorP: number;
  priorLogOdds: number;
  eventValues: number[];
  eventNotes: string[];
  doctrineValues: { value: number; pick: DoctrineCandidate | null }[];
  total: number;
}

function evaluateTerms(terms: Terms, v: ParamValues, horizonDays: number): Evaluated {
  const priorP = horizonPrior(terms.annualOf(v), v.free.priorScale, horizonDays);
  const priorLogOdds = logit(priorP);
  const weightOf = (t: EventTerm) => {
    const entry = v.weights[t.role][t.cluster.type]!;
    return t.cluster.polarity !== 'asserted' && entry.nonAsserted ? entry.nonAsserted : entry;
  };
  const raw = terms.events.map((t) => {
    const w = weightOf(t);
    const recency = Math.pow(2, -t.ageDays / (w.halfLifeDays * v.free.halfLifeScale));
    const dating = t.undated ? v.undated : 1;
    return v.free.eventScale * w.w * v.polarity[t.cluster.polarity] * v.credibility[t.credibility] * recency * dating * t.trend;
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
      const value = w * Math.pow(2, -c.ageDays / (v.doctrine.halfLifeDays * v.free.halfLifeScale)) * (c.undated ? v.undated : 1);
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

function explain(terms: Terms, ev: Evaluated, undatedFactor: number): Contribution[] {
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
      note: `${t.role} ${t.cluster.type} ${t.cluster.polarity}, ${t.credibility}, ${t.ageDays} d old${t.undated ? ` (undated: publication day, ×${undatedFactor})` : t.inferredFrom ? ` (date from ${t.inferredFrom}, same document)` : ''}; ${ev.eventNotes[i]}`,
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
      date: pick.date,
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
      note: `${d.doctrineId} ${d.ref} ${d.conditionId} ${pick.status} (${e.reason}), ${pick.ageDays} d old${pick.undated ? ` (undated: publication day, ×${undatedFactor})` : pick.inferredFrom ? ` (date from ${pick.inferredFrom}, same document)` : ''}`,
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
  const basis = priorBasis(ctx.model, opts.actor);
  if (basis === 'not_nuclear') return notNuclear(opts.actor, at, opts.horizonDays, samples, seed, ctx);
  const terms = prepareTerms(clusters, { actor: opts.actor, at }, ctx);
  const defaults = defaultValues(ctx.model, ctx.free);
  const ev = evaluateTerms(terms, defaults, opts.horizonDays);
  const contributions = explain(terms, ev, ctx.model.dating.undated.default);
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
      annual: Math.min(0.5, actorAnnual(ctx.model, defaults, opts.actor) * ctx.free.priorScale),
      source: priorSource(ctx.model, opts.actor, defaults),
      basis,
      worldAnnual: defaults.worldAnnual,
      share: basis === 'share' ? defaults.shares[opts.actor] : null,
    },
    nuclearArmed: true,
    note: null,
    contributions,
    parameters: { ...ctx.free, origin: ctx.origin },
    events: terms.events.length,
    mentions: terms.mentions,
    doctrine: terms.doctrineId,
  };
}

function priorSource(model: RiskModel, actor: string, v: ParamValues): string {
  const pc = (x: number) => `${+(x * 100).toFixed(2)}%`;
  const world = `world ${pc(v.worldAnnual)}/yr (${pc(model.prior.world_annual.low)}-${pc(model.prior.world_annual.high)}; Hellman 2008, Rethink Priorities 2019)`;
  if (priorBasis(model, actor) === 'alliance') {
    const a = model.prior.alliances[actor];
    return `alliance: any of ${a.members.map((m) => `${m} (share ${pc(v.shares[m])})`).join(', ')} of the ${world}, see model.yaml prior.alliances`;
  }
  const share = model.prior.shares[actor];
  return `${actor} share ${pc(v.shares[actor])} (${pc(share.low)}-${pc(share.high)}, judgement: model.yaml prior.shares) of the ${world}`;
}

/** An actor without nuclear weapons: probability 0 with a note, no event terms. */
function notNuclear(actor: string, at: string, horizonDays: number, samples: number, seed: number, ctx: Context): RiskEstimate {
  return {
    actor,
    at,
    horizonDays,
    probability: 0,
    low: 0,
    high: 0,
    interval: { lowPercentile: ctx.model.uncertainty.interval.low, highPercentile: ctx.model.uncertainty.interval.high, samples, seed },
    logOdds: -Infinity,
    prior: { probability: 0, logOdds: -Infinity, annual: 0, source: ctx.model.prior.not_nuclear_note, basis: 'not_nuclear', worldAnnual: ctx.model.prior.world_annual.default, share: null },
    nuclearArmed: false,
    note: ctx.model.prior.not_nuclear_note,
    contributions: [],
    parameters: { ...ctx.free, origin: ctx.origin },
    events: 0,
    mentions: 0,
    doctrine: null,
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
  const nuclear = priorBasis(ctx.model, base.actor) !== 'not_nuclear';
  return (at, horizonDays, params) => {
    if (!nuclear) return 0;
    const day = normalizeAt(at);
    let terms = cache.get(day);
    if (!terms) {
      terms = prepareTerms(clusters, { actor: base.actor, at: day }, ctx);
      cache.set(day, terms);
    }
    return sigmoid(evaluateTerms(terms, defaultValues(ctx.model, params), horizonDays).total);
  };
}
