// Doctrines as data: one versioned file per doctrine in data/doctrines/, validated at load.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EVENT_TYPES } from '../types.js';
import { EscaladeError } from '../errors.js';
import { dataPath, loadDataFile } from '../knowledge/load.js';
import type { Doctrine, Predicate } from './types.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const eventPredicateSchema = z
  .object({
    types: z.array(z.enum(EVENT_TYPES)).min(1),
    actor_role: z.array(z.enum(['self', 'ally', 'adversary', 'supporter', 'neutral'])).optional(),
    actor_nuclear: z.boolean().optional(),
    target: z.array(z.enum(['owner', 'ally', 'union_state', 'adversary', 'any'])).optional(),
    weapon_class: z
      .array(z.enum(['ballistic_missile', 'cruise_missile', 'drone', 'aircraft', 'hypersonic', 'wmd', 'nuclear', 'mixed']))
      .optional(),
    scale: z.array(z.enum(['single', 'massive'])).optional(),
    supported_by_nuclear: z.boolean().optional(),
    evidence_any: z.array(z.string().min(1)).optional(),
    if_unstated: z.enum(['approach', 'no_match']).optional(),
    approaches_only: z.boolean().optional(),
  })
  .strict();

const predicateSchema: z.ZodType<Predicate> = z.lazy(() =>
  z.union([
    z.object({ event: eventPredicateSchema }).strict(),
    z.object({ all: z.array(predicateSchema).min(1) }).strict(),
    z.object({ any: z.array(predicateSchema).min(1) }).strict(),
  ]),
);

const doctrineSchema = z.object({
  version: z.number().int().positive(),
  id: z.string().regex(/^[A-Z]+-\d{4}$/, 'expected OWNER-YEAR'),
  owner: z.string().min(2),
  title: z.string().min(1),
  sources: z.array(z.string().min(1)).min(1),
  valid_from: isoDate,
  valid_to: isoDate.nullable(),
  general: z.string().min(1),
  conditions: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z_]+$/),
        ref: z.string().min(1),
        text: z.string().min(1),
        keywords: z.array(z.string().min(1)).default([]),
        when: predicateSchema,
      }),
    )
    .min(1),
  restraints: z.array(z.string()).default([]),
});

const cache = new Map<string, Doctrine[]>();

/** Every doctrine file in a folder (default data/doctrines), sorted by owner then validity. */
export function loadDoctrines(dir = dataPath('doctrines')): Doctrine[] {
  const hit = cache.get(dir);
  if (hit) return hit;
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && f !== 'relations.yaml');
  } catch (error) {
    throw new EscaladeError(`cannot read doctrines folder ${dir}: ${(error as Error).message}`);
  }
  const doctrines = files.map((f) => loadDataFile(join(dir, f), doctrineSchema) as Doctrine);
  const ids = new Set<string>();
  for (const d of doctrines) {
    if (ids.has(d.id)) throw new EscaladeError(`duplicate doctrine id ${d.id} in ${dir}`);
    ids.add(d.id);
    if (d.valid_to !== null && d.valid_to < d.valid_from) throw new EscaladeError(`doctrine ${d.id}: valid_to is before valid_from`);
  }
  doctrines.sort((a, b) => a.owner.localeCompare(b.owner) || a.valid_from.localeCompare(b.valid_from));
  cache.set(dir, doctrines);
  return doctrines;
}

/** The doctrine of `actor` in force on `at` (YYYY-MM-DD), or null when none is known. */
export function doctrineInForce(actor: string, at: string, doctrines: Doctrine[] = loadDoctrines()): Doctrine | null {
  const day = at.slice(0, 10);
  const inForce = doctrines.filter((d) => d.owner === actor && d.valid_from <= day && (d.valid_to === null || day <= d.valid_to));
  return inForce.length > 0 ? inForce[inForce.length - 1] : null;
}

/** Owners that have at least one doctrine file. */
export function doctrineOwners(doctrines: Doctrine[] = loadDoctrines()): string[] {
  return [...new Set(doctrines.map((d) => d.owner))].sort();
}
