// Loads and validates data/code/attributes.yaml (zod), once per process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { EscaladeError, oneLine } from '../../errors.js';

const words = z.array(z.string().min(1));
const bilingual = z.object({ fr: words, en: words });
const numberMap = z.record(z.string(), z.number().positive());
const biNumberMap = z.object({ fr: numberMap, en: numberMap });

export const WEAPON_CLASSES = ['ballistic_missile', 'cruise_missile', 'drone', 'aircraft', 'hypersonic', 'wmd', 'nuclear'] as const;
export type WeaponClassName = (typeof WEAPON_CLASSES)[number];

const WeaponSystemSchema = z.object({
  canonical: z.string().min(1),
  nato: z.string().nullable(),
  category: z.string(),
  class: z.enum(WEAPON_CLASSES).nullable(),
  nuclearCapable: z.boolean(),
  aliases: words.min(1),
  caseSensitive: z.boolean().default(false),
});
export type WeaponSystem = z.infer<typeof WeaponSystemSchema>;

export const AttributesLexiconSchema = z.object({
  version: z.number().int().positive(),
  sources: z.array(z.string()).min(1),
  weaponSystems: z.array(WeaponSystemSchema),
  weaponClasses: z.object(Object.fromEntries(WEAPON_CLASSES.map((c) => [c, bilingual])) as Record<WeaponClassName, typeof bilingual>),
  units: z.array(bilingual.extend({ unit: z.string().min(1) })),
  quantityAdjectives: bilingual,
  quantityGapStop: words,
  numberWords: biNumberMap,
  multipliers: biNumberMap,
  approxCounts: biNumberMap,
  vagueCounts: z.object({ massive: bilingual, other: bilingual }),
  probabilityWords: bilingual,
  percentChangeWords: bilingual,
  oddsPhrases: z.object({
    fr: z.object({ ones: words, chanceWords: words, link: words }),
    en: z.object({ ones: words, chanceWords: words, link: words }),
  }),
  fiftyFifty: bilingual,
  boundWords: z.object({ below: bilingual, above: bilingual, about: bilingual }),
  rangeWords: z.object({
    fr: z.object({ from: words, to: words }),
    en: z.object({ from: words, to: words }),
  }),
  changeVerbs: bilingual,
  trend: z.object({ up: bilingual, down: bilingual, flat: bilingual }),
  scale: z.object({ massive: bilingual, single: bilingual }),
  massiveCount: z.number().positive(),
  exercises: z.array(z.object({ canonical: z.string().min(1), aliases: words.min(1) })),
});
export type AttributesLexicon = z.infer<typeof AttributesLexiconSchema>;

export const ATTRIBUTES_YAML = fileURLToPath(new URL('../../../data/code/attributes.yaml', import.meta.url));

/** Parse and validate an attributes lexicon from YAML text. Throws EscaladeError with the first problem. */
export function parseAttributesLexicon(yamlText: string, source = ATTRIBUTES_YAML): AttributesLexicon {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (error) {
    throw new EscaladeError(`${source}: invalid YAML: ${oneLine(error)}`);
  }
  const result = AttributesLexiconSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new EscaladeError(
      `${source}: invalid attributes lexicon at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown'}`,
    );
  }
  return result.data;
}

let cached: AttributesLexicon | null = null;

/** The validated lexicon from data/code/attributes.yaml (read once). */
export function attributesLexicon(): AttributesLexicon {
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(ATTRIBUTES_YAML, 'utf8');
  } catch (error) {
    throw new EscaladeError(`cannot read ${ATTRIBUTES_YAML}: ${oneLine(error)}`);
  }
  cached = parseAttributesLexicon(text);
  return cached;
}
