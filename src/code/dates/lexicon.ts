// Loads and validates data/code/dates.yaml (zod), once per process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { EscaladeError, oneLine } from '../../errors.js';

const words = z.array(z.string().min(1));
const bilingual = z.object({ fr: words, en: words });
const numberMap = z.record(z.string(), z.number().int().nullable());

export const DatesLexiconSchema = z.object({
  version: z.number().int().positive(),
  sources: z.array(z.string()).min(1),
  months: z.array(bilingual.extend({ n: z.number().int().min(1).max(12) })).length(12),
  capitalOnly: words,
  weekdays: z.array(bilingual.extend({ n: z.number().int().min(1).max(7) })).length(7),
  seasons: z.array(
    bilingual.extend({ name: z.string(), startMonth: z.number().int().min(1).max(12) }),
  ),
  periods: z.object({ early: bilingual, mid: bilingual, late: bilingual }),
  periodPrefixes: bilingual,
  periodLinks: bilingual,
  monthPrepositions: bilingual,
  relativeDays: z.array(bilingual.extend({ offset: z.number().int() })),
  sequels: z.array(bilingual.extend({ offset: z.number().int().min(-1).max(1) })),
  /** "of that year", "de la même année": the year last written before (v3). */
  sameYear: bilingual.default({ fr: [], en: [] }),
  /** "in February of last year", "en février de l'an dernier": the year before the date's own (v4). */
  previousYear: bilingual.default({ fr: [], en: [] }),
  units: z.array(bilingual.extend({ unit: z.enum(['day', 'week', 'month', 'year']) })),
  shifts: z.object({ last: bilingual, next: bilingual, this: bilingual }),
  numberWords: z.object({ fr: numberMap, en: numberMap }),
  vagueCount: z.number().int().positive(),
  ordinals: z.object({ fr: numberMap, en: numberMap }),
  anchors: z.array(
    bilingual.extend({ id: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  ),
  yearPrepositions: bilingual,
  notDateFollowers: words,
  notDatePhrases: words,
  tense: z.object({
    futureWords: bilingual,
    pastWords: bilingual,
    futureSuffixFr: words,
    futureSuffixStop: words,
    pastAuxFr: words,
    pastParticipleFr: words,
  }),
});
export type DatesLexicon = z.infer<typeof DatesLexiconSchema>;

export const DATES_YAML = fileURLToPath(new URL('../../../data/code/dates.yaml', import.meta.url));

/** Parse and validate a dates lexicon from YAML text. Throws EscaladeError with the first problem. */
export function parseDatesLexicon(yamlText: string, source = DATES_YAML): DatesLexicon {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (error) {
    throw new EscaladeError(`${source}: invalid YAML: ${oneLine(error)}`);
  }
  const result = DatesLexiconSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new EscaladeError(
      `${source}: invalid dates lexicon at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown'}`,
    );
  }
  return result.data;
}

let cached: DatesLexicon | null = null;

/** The validated lexicon from data/code/dates.yaml (read once). */
export function datesLexicon(): DatesLexicon {
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(DATES_YAML, 'utf8');
  } catch (error) {
    throw new EscaladeError(`cannot read ${DATES_YAML}: ${oneLine(error)}`);
  }
  cached = parseDatesLexicon(text);
  return cached;
}

/** A regular expression's source for a phrase of dates.yaml: literal, any run of spaces, either apostrophe. */
export function phraseSource(phrase: string): string {
  return escapeRegExp(phrase).replace(/\s+/g, '\\s+').replace(/'/g, "['’]");
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
