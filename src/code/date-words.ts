// Words that can head a date expression (months, weekdays, seasons, relative days, calendar units), from the dates
// engine's lexicon (data/code/dates.yaml): which sentences may hold a date, which words a pattern gap passes over.
import { datesLexicon } from './dates/lexicon.js';
import { WordMemo } from './pattern.js';
import { tokenize } from './text.js';

let headWords: Set<string> | null = null;

/** Folded head words of the dates engine's lexicon (the dates engineer's data/code/dates.yaml). */
function dateHeadWords(): Set<string> {
  if (headWords) return headWords;
  const lex = datesLexicon();
  const lists: Array<{ fr: string[]; en: string[] }> = [...lex.months, ...lex.weekdays, ...lex.seasons, ...lex.relativeDays, ...lex.units];
  const set = new Set<string>();
  for (const item of lists) for (const phrase of [...item.fr, ...item.en]) for (const t of tokenize(phrase)) if (t.kind === 'word' && !/^(the|this|le|la|les|l'|de|d'|du|ce|cet|cette|before|after)$/.test(t.norm)) set.add(t.norm);
  headWords = set;
  return set;
}

/** A word that can head a date expression: a head word, or a compound with one ("mi-octobre"). */
export const holdsDateHead = new WordMemo((norm) => {
  const heads = dateHeadWords();
  return heads.has(norm) || (norm.includes('-') && norm.split('-').some((part) => heads.has(part)));
});

