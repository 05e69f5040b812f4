// Types of the judge stage: event clusters, doctrines and their evaluation, the ladder.
import type { ConditionStatus, DoctrineRole, EventType, Polarity } from '../types.js';
import type { StoredEvent } from '../store/store.js';

/** An event mention with what clustering says about it (the store's event_clusters table). */
export interface JudgedEvent extends StoredEvent {
  /** The real-world event this mention belongs to. */
  clusterId?: string;
  /** Other clusters with the same key and another polarity (asserted vs negated reports). */
  contradictedBy?: string[];
}

/** One real-world event: every mention that reports it, with its sources. */
export interface EventCluster {
  id: string;
  type: EventType;
  actor: string;
  target: string | null;
  polarity: Polarity;
  /** Effective date of the earliest and latest mention (YYYY-MM-DD). */
  firstDate: string | null;
  lastDate: string | null;
  mentions: StoredEvent[];
  /** Ids of clusters reporting the same event with an opposite polarity. */
  contradictedBy: string[];
  contradicted: boolean;
  /** True when a user's merge or split shaped this cluster. */
  manual: boolean;
}

export type ClusterDecision =
  | { kind: 'merge'; eventIds: string[]; at?: string }
  | { kind: 'split'; eventIds: string[]; at?: string };

/** Roles a target can have relative to a doctrine's owner. */
export type TargetRole = 'owner' | 'ally' | 'union_state' | 'adversary' | 'any';

export type WeaponClass = NonNullable<StoredEvent['attributes']['weaponClass']>;

/** A predicate over a single event. */
export interface EventPredicate {
  types: EventType[];
  actor_role?: DoctrineRole[];
  actor_nuclear?: boolean;
  target?: TargetRole[];
  weapon_class?: WeaponClass[];
  scale?: ('single' | 'massive')[];
  /** The attacker is supported by a nuclear state (event attributes; relations data only approaches). */
  supported_by_nuclear?: boolean;
  /** The evidence sentence must contain one of these (case- and accent-insensitive). */
  evidence_any?: string[];
  /** An attribute the report does not state (weapon class, scale, target): 'approach' (default) or 'no_match'. */
  if_unstated?: 'approach' | 'no_match';
  /** A full match only approaches the condition (e.g. an authorisation, not an attack). */
  approaches_only?: boolean;
}

export type Predicate = { event: EventPredicate } | { all: Predicate[] } | { any: Predicate[] };

export interface DoctrineCondition {
  id: string;
  ref: string;
  text: string;
  keywords: string[];
  when: Predicate;
}

export interface Doctrine {
  version: number;
  id: string;
  owner: string;
  title: string;
  sources: string[];
  valid_from: string;
  valid_to: string | null;
  general: string;
  conditions: DoctrineCondition[];
  restraints: string[];
}

/** One event behind a condition's status. */
export interface ConditionEvidence {
  eventId: string;
  type: EventType;
  actor: string;
  target: string | null;
  polarity: Polarity;
  date: string | null;
  text: string;
  source: string;
  documentId: string;
  attributedTo: string | null;
  /** Why the event counts: 'matches', 'hypothetical', 'low confidence', 'names the condition', ... */
  reason: string;
  status: Exclude<ConditionStatus, 'not_met'>;
  /** Other mentions of the same real-world event. */
  mentions: number;
}

export interface ConditionReport {
  id: string;
  ref: string;
  text: string;
  status: ConditionStatus;
  evidence: ConditionEvidence[];
}

export interface DoctrineReport {
  actor: string;
  at: string;
  doctrine: { id: string; title: string; validFrom: string; validTo: string | null; sources: string[] } | null;
  conditions: ConditionReport[];
  restraints: string[];
}

export interface LadderEvidence {
  eventId: string;
  type: EventType;
  date: string;
  text: string;
  source: string;
  documentId: string;
  level: number;
}

export interface ActorLadder {
  actor: string;
  /** The rung the actor is on now (decayed, rounded). */
  rung: number;
  rungId: string;
  rungName: string;
  /** The continuous decayed level. */
  level: number;
  /** The highest level reached and when. */
  peak: { level: number; date: string } | null;
  /** The events that put it there (latest first). */
  events: LadderEvidence[];
  /** When, without new events, it drops to each lower rung. */
  decay: { rung: number; date: string }[];
}

export interface LadderReport {
  at: string;
  halfLifeDays: number;
  actors: ActorLadder[];
}
