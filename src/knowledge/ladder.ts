// The escalation ladder (data/ladder.yaml), shared by the judge and the simulation.
import { z } from 'zod';
import { EVENT_TYPES, type EventType } from '../types.js';
import { dataPath, loadDataFile } from './load.js';

const localized = z.object({ en: z.string().min(1), fr: z.string().min(1) });

const ladderSchema = z
  .object({
    version: z.number().int().positive(),
    sources: z.array(z.string().min(1)).min(1),
    rungs: z
      .array(
        z.object({
          level: z.number().int().min(0),
          id: z.string().regex(/^[a-z_]+$/),
          name: localized,
          kahn: z.tuple([z.number().int().min(1).max(44), z.number().int().min(1).max(44)]),
          description: z.string().min(1),
        }),
      )
      .min(2),
    events: z.partialRecord(
      z.enum(EVENT_TYPES),
      z.union([z.object({ level: z.number().int().min(0) }), z.object({ step: z.number().int() })]),
    ),
    decay: z.object({ half_life_days: z.number().positive(), floor: z.number().int().min(0) }),
  })
  .superRefine((ladder, ctx) => {
    ladder.rungs.forEach((rung, i) => {
      if (rung.level !== i) ctx.addIssue({ code: 'custom', path: ['rungs', i, 'level'], message: `levels must be 0..n in order (expected ${i})` });
    });
    for (const [type, effect] of Object.entries(ladder.events)) {
      if ('level' in effect && effect.level >= ladder.rungs.length) {
        ctx.addIssue({ code: 'custom', path: ['events', type, 'level'], message: 'no such rung' });
      }
    }
  });

export type Ladder = z.output<typeof ladderSchema>;
export type Rung = Ladder['rungs'][number];
export type LadderEffect = { level: number } | { step: number };

let cached: Ladder | null = null;

export function loadLadder(path = dataPath('ladder.yaml')): Ladder {
  if (path === dataPath('ladder.yaml') && cached) return cached;
  const ladder = loadDataFile(path, ladderSchema);
  if (path === dataPath('ladder.yaml')) cached = ladder;
  return ladder;
}

/** The effect of an asserted event of this type on its actor's level, or null when it has none. */
export function ladderEffect(ladder: Ladder, type: EventType): LadderEffect | null {
  return ladder.events[type] ?? null;
}
