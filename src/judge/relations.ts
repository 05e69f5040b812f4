// Relations between actors by date (data/doctrines/relations.yaml): roles relative to an owner.
import { z } from 'zod';
import { EVENT_TYPES, type DoctrineRole, type EventType } from '../types.js';
import { dataPath, loadDataFile } from '../knowledge/load.js';
import type { TargetRole } from './types.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const relationsSchema = z.object({
  version: z.number().int().positive(),
  sources: z.array(z.string().min(1)).min(1),
  nuclear_states: z.array(z.string().min(2)),
  nuclear_alliances: z.array(z.string().min(2)).default([]),
  relations: z.array(
    z.object({
      owner: z.string().min(2),
      role: z.enum(['ally', 'adversary', 'union_state']),
      actors: z.array(z.string().min(2)).min(1),
      from: isoDate,
      to: isoDate.nullable(),
      note: z.string().optional(),
    }),
  ),
  support: z.array(
    z.object({
      supported: z.string().min(2),
      supporters: z.array(z.string().min(2)).min(1),
      from: isoDate,
      to: isoDate.nullable(),
    }),
  ),
  evaluation: z.object({
    lookback_days: z.number().int().positive(),
    min_confidence_met: z.number().min(0).max(1),
    naming_types: z.array(z.enum(EVENT_TYPES)),
  }),
});

export type Relations = z.output<typeof relationsSchema>;

let cached: Relations | null = null;

export function loadRelations(path = dataPath('doctrines', 'relations.yaml')): Relations {
  if (path === dataPath('doctrines', 'relations.yaml') && cached) return cached;
  const relations = loadDataFile(path, relationsSchema);
  if (path === dataPath('doctrines', 'relations.yaml')) cached = relations;
  return relations;
}

function validAt(entry: { from: string; to: string | null }, at: string): boolean {
  return entry.from <= at && (entry.to === null || at <= entry.to);
}

export function isNuclear(relations: Relations, actor: string): boolean {
  return relations.nuclear_states.includes(actor) || relations.nuclear_alliances.includes(actor);
}

function related(relations: Relations, owner: string, role: 'ally' | 'adversary' | 'union_state', at: string): Set<string> {
  const out = new Set<string>();
  for (const r of relations.relations) if (r.owner === owner && r.role === role && validAt(r, at)) r.actors.forEach((a) => out.add(a));
  return out;
}

/** Who supports `actor` at that date (relations data). */
export function supportersOf(relations: Relations, actor: string, at: string): string[] {
  return relations.support.filter((s) => s.supported === actor && validAt(s, at)).flatMap((s) => s.supporters);
}

/** Every role `actor` has relative to `owner` at that date ('neutral' when none). */
export function actorRoles(relations: Relations, owner: string, actor: string, at: string): DoctrineRole[] {
  if (actor === owner) return ['self'];
  const roles: DoctrineRole[] = [];
  const adversaries = related(relations, owner, 'adversary', at);
  if (related(relations, owner, 'ally', at).has(actor)) roles.push('ally');
  if (adversaries.has(actor)) roles.push('adversary');
  for (const adversary of adversaries) {
    if (supportersOf(relations, adversary, at).includes(actor)) {
      roles.push('supporter');
      break;
    }
  }
  return roles.length > 0 ? roles : ['neutral'];
}

/** Every role a target has relative to `owner` at that date. */
export function targetRoles(relations: Relations, owner: string, target: string, at: string): TargetRole[] {
  if (target === owner) return ['owner', 'any'];
  const roles: TargetRole[] = ['any'];
  if (related(relations, owner, 'ally', at).has(target)) roles.push('ally');
  if (related(relations, owner, 'union_state', at).has(target)) roles.push('union_state');
  if (related(relations, owner, 'adversary', at).has(target)) roles.push('adversary');
  return roles;
}

/** Actors whose behaviour bears on `owner`'s decisions: its adversaries and their supporters. */
export function opponentsOf(relations: Relations, owner: string, at: string): Set<string> {
  const out = related(relations, owner, 'adversary', at);
  for (const adversary of [...out]) supportersOf(relations, adversary, at).forEach((s) => out.add(s));
  return out;
}

export function namingTypes(relations: Relations): Set<EventType> {
  return new Set(relations.evaluation.naming_types);
}
