// The doctrine engine: each condition of the doctrine in force, with its status and the events behind it.
import type { ConditionStatus } from '../types.js';
import type { StoredEvent } from '../store/store.js';
import { groupByEvent } from './cluster.js';
import { addDays, effectiveDate, normalizeAt } from './dates.js';
import { doctrineInForce, doctrineOwners, loadDoctrines } from './doctrines.js';
import { actorRoles, isNuclear, loadRelations, namingTypes, supportersOf, targetRoles, type Relations } from './relations.js';
import { findAny } from './text.js';
import type {
  ConditionEvidence,
  ConditionReport,
  Doctrine,
  DoctrineCondition,
  DoctrineReport,
  EventCluster,
  EventPredicate,
  JudgedEvent,
  Predicate,
} from './types.js';

export interface EvaluateOptions {
  actor?: string;
  at: string;
  /** Defaults: data/doctrines/*.yaml and data/doctrines/relations.yaml. */
  doctrines?: Doctrine[];
  relations?: Relations;
}

const RANK: Record<ConditionStatus, number> = { not_met: 0, approached: 1, met: 2 };

function maxStatus(a: ConditionStatus, b: ConditionStatus): ConditionStatus {
  return RANK[a] >= RANK[b] ? a : b;
}

interface Context {
  owner: string;
  at: string;
  relations: Relations;
}

interface EventView {
  cluster: EventCluster;
  /** The mention shown as evidence (the first one in date order). */
  event: StoredEvent;
  date: string;
}

type LeafResult = { match: 'full' | 'partial'; reasons: string[] } | null;

/** How one event matches a leaf predicate: fully, partially (something not stated), or not. */
export function matchEvent(p: EventPredicate, view: EventView, ctx: Context): LeafResult {
  const e = view.event;
  const missing: string[] = [];
  if (!p.types.includes(e.type)) return null;
  if (p.actor_role) {
    const roles = actorRoles(ctx.relations, ctx.owner, e.actor, view.date);
    if (!roles.some((r) => p.actor_role!.includes(r))) return null;
  }
  if (p.actor_nuclear !== undefined && isNuclear(ctx.relations, e.actor) !== p.actor_nuclear) return null;
  if (p.target && !p.target.includes('any')) {
    if (e.target === null) missing.push('target not stated');
    else if (!targetRoles(ctx.relations, ctx.owner, e.target, view.date).some((r) => p.target!.includes(r))) return null;
  }
  if (p.weapon_class) {
    const wc = e.attributes?.weaponClass;
    if (wc === undefined) missing.push('weapon class not stated');
    else if (wc === 'mixed' && !p.weapon_class.includes('mixed')) missing.push('mixed weapons, class not separated');
    else if (!p.weapon_class.includes(wc)) return null;
  }
  if (p.scale) {
    const scale = e.attributes?.scale;
    if (scale === undefined) missing.push('scale not stated');
    else if (!p.scale.includes(scale)) return null;
  }
  if (p.supported_by_nuclear) {
    const stated = (e.attributes?.supportedBy ?? []).filter((s) => isNuclear(ctx.relations, s));
    if (stated.length === 0) {
      const known = supportersOf(ctx.relations, e.actor, view.date).filter((s) => isNuclear(ctx.relations, s));
      if (known.length === 0) return null;
      missing.push(`support by ${known.join('/')} from relations data, not stated in the report`);
    }
  }
  if (p.evidence_any && findAny(e.evidence.text, p.evidence_any) === null) return null;
  if (missing.length > 0 && p.if_unstated === 'no_match') return null;
  return { match: missing.length === 0 ? 'full' : 'partial', reasons: missing };
}

function evidenceOf(view: EventView, status: 'met' | 'approached', reason: string): ConditionEvidence {
  const e = view.event;
  return {
    eventId: e.id,
    type: e.type,
    actor: e.actor,
    target: e.target,
    polarity: e.polarity,
    date: view.date,
    text: e.evidence.text,
    source: e.source,
    documentId: e.documentId,
    attributedTo: e.attributedTo,
    reason,
    status,
    mentions: view.cluster.mentions.length,
  };
}

interface PredicateResult {
  status: ConditionStatus;
  evidence: ConditionEvidence[];
}

function evalPredicate(p: Predicate, views: EventView[], ctx: Context): PredicateResult {
  if ('event' in p) {
    let status: ConditionStatus = 'not_met';
    const evidence: ConditionEvidence[] = [];
    for (const view of views) {
      if (view.cluster.polarity === 'negated') continue;
      const m = matchEvent(p.event, view, ctx);
      if (!m) continue;
      let s: 'met' | 'approached' = 'met';
      const reasons = [...m.reasons];
      if (m.match === 'partial') s = 'approached';
      if (p.event.approaches_only) {
        s = 'approached';
        reasons.push('approaches the condition without meeting it');
      }
      if (view.cluster.polarity === 'hypothetical') {
        s = 'approached';
        reasons.push('hypothetical');
      }
      const confidence = Math.max(...view.cluster.mentions.map((x) => x.confidence));
      if (view.cluster.polarity === 'asserted' && confidence < ctx.relations.evaluation.min_confidence_met) {
        s = 'approached';
        reasons.push(`claimed with low confidence (${confidence.toFixed(2)})`);
      }
      if (view.cluster.contradicted) {
        s = 'approached';
        reasons.push('contradicted by a negating report');
      }
      status = maxStatus(status, s);
      evidence.push(evidenceOf(view, s, reasons.length > 0 ? reasons.join('; ') : 'matches'));
    }
    return { status, evidence };
  }
  if ('any' in p) {
    const results = p.any.map((c) => evalPredicate(c, views, ctx));
    return {
      status: results.reduce<ConditionStatus>((s, r) => maxStatus(s, r.status), 'not_met'),
      evidence: results.flatMap((r) => r.evidence),
    };
  }
  const results = p.all.map((c) => evalPredicate(c, views, ctx));
  const evidence = results.flatMap((r) => r.evidence);
  if (results.every((r) => r.status === 'met')) return { status: 'met', evidence };
  if (results.some((r) => r.status !== 'not_met')) {
    return { status: 'approached', evidence: evidence.map((e) => ({ ...e, status: 'approached', reason: `${e.reason}; partial match of a composite condition` })) };
  }
  return { status: 'not_met', evidence: [] };
}

function evaluateCondition(condition: DoctrineCondition, views: EventView[], ctx: Context): ConditionReport {
  const result = evalPredicate(condition.when, views, ctx);
  let status = result.status;
  const evidence = [...result.evidence];
  // A statement of the owner's doctrine whose sentence names the condition approaches it.
  const naming = namingTypes(ctx.relations);
  if (condition.keywords.length > 0) {
    for (const view of views) {
      if (view.cluster.polarity === 'negated' || view.event.actor !== ctx.owner || !naming.has(view.event.type)) continue;
      const word = view.cluster.mentions.map((m) => findAny(m.evidence.text, condition.keywords)).find((w) => w !== null);
      if (!word) continue;
      const mention = view.cluster.mentions.find((m) => findAny(m.evidence.text, condition.keywords) !== null) ?? view.event;
      status = maxStatus(status, 'approached');
      evidence.push(evidenceOf({ ...view, event: mention }, 'approached', `${view.event.type} names the condition ("${word}")`));
    }
  }
  // One line per event: the strongest reading first, then the latest.
  const seen = new Set<string>();
  const unique = evidence
    .sort((a, b) => RANK[b.status] - RANK[a.status] || (b.date ?? '').localeCompare(a.date ?? '') || a.eventId.localeCompare(b.eventId))
    .filter((e) => {
      const key = `${e.eventId}\u0000${e.reason}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return { id: condition.id, ref: condition.ref, text: condition.text, status, evidence: unique };
}

/** Views of the events (one per real-world event) that are evidence at `at`: inside the lookback window. */
function viewsAt(clusters: EventCluster[], at: string, lookbackDays: number): EventView[] {
  const from = addDays(at, -lookbackDays);
  const views: EventView[] = [];
  for (const cluster of clusters) {
    const inWindow = cluster.mentions.filter((m) => {
      const d = effectiveDate(m);
      return d !== null && d >= from && d <= at;
    });
    if (inWindow.length === 0) continue;
    const shown = { ...cluster, mentions: inWindow };
    views.push({ cluster: shown, event: inWindow[0], date: effectiveDate(inWindow[0])! });
  }
  return views;
}

/** The report of one doctrine (whatever its validity) against the events known at `at`. */
export function evaluateDoctrine(
  doctrine: Doctrine,
  events: (StoredEvent | JudgedEvent)[],
  at: string,
  relations: Relations = loadRelations(),
): DoctrineReport {
  return evaluateDoctrineOnClusters(doctrine, groupByEvent(events), at, relations);
}

/** The same, on events already grouped into clusters (computed once for many dates or owners). */
export function evaluateDoctrineOnClusters(doctrine: Doctrine, clusters: EventCluster[], at: string, relations: Relations = loadRelations()): DoctrineReport {
  const day = normalizeAt(at);
  const ctx: Context = { owner: doctrine.owner, at: day, relations };
  const views = viewsAt(clusters, day, relations.evaluation.lookback_days);
  return {
    actor: doctrine.owner,
    at: day,
    doctrine: { id: doctrine.id, title: doctrine.title, validFrom: doctrine.valid_from, validTo: doctrine.valid_to, sources: doctrine.sources },
    conditions: doctrine.conditions.map((c) => evaluateCondition(c, views, ctx)),
    restraints: doctrine.restraints,
  };
}

/** Each doctrine in force at `at` (one actor, or every actor with a doctrine), condition by condition. */
export function evaluateDoctrines(events: StoredEvent[] | JudgedEvent[], opts: EvaluateOptions): DoctrineReport[] {
  const doctrines = opts.doctrines ?? loadDoctrines();
  const relations = opts.relations ?? loadRelations();
  const day = normalizeAt(opts.at);
  const actors = opts.actor ? [opts.actor] : doctrineOwners(doctrines);
  const clusters = groupByEvent(events);
  return actors.map((actor) => {
    const doctrine = doctrineInForce(actor, day, doctrines);
    if (!doctrine) return { actor, at: day, doctrine: null, conditions: [], restraints: [] };
    return evaluateDoctrineOnClusters(doctrine, clusters, day, relations);
  });
}
